package com.marketchats.service.outbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.Dataset;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;

import java.time.Instant;
import java.util.List;

/** Sandbox data for the outbox: empty order chats, and what the seller's messages in a chat say. */
final class SandboxChats {

    private SandboxChats() {
    }

    /** {@code count} order chats without messages. */
    static Dataset emptyChats(int count) {
        return (state, businessId) -> {
            for (int i = 0; i < count; i++) {
                long orderId = 50_000_000L + i;
                state.addChat(businessId, state.allocateChatId(),
                        new ChatFullContext(ChatContextType.ORDER, new ChatCustomer("Покупатель " + i, "buyer" + i),
                                21_000_000L, orderId, null),
                        ChatType.CHAT, ChatStatus.WAITING_FOR_PARTNER, Instant.now().minusSeconds(3_600));
            }
        };
    }

    static List<Long> chatIds(SandboxServer server) {
        return server.state().chats(server.demoBusinessId()).stream().map(SandboxChat::chatId).toList();
    }

    /** The seller's messages of a chat, oldest first: the text, or the first file's name. */
    static List<String> arrived(SandboxServer server, long chatId) {
        return server.state().history(chatId).stream()
                .filter(message -> message.sender() == MessageSender.PARTNER)
                .map(SandboxChats::describe)
                .toList();
    }

    private static String describe(SandboxMessage message) {
        return message.text() != null ? message.text() : message.attachments().get(0).name();
    }
}
