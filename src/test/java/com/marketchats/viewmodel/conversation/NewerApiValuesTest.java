package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.sandbox.DemoData;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox playing a newer API: a chat whose context type, type and status, and a message whose sender,
 * this client has no constant for. The client reads them, the store keeps them, and the chat list and the
 * conversation show them as the API sent them; values the client knows still read in the user's language.
 */
class NewerApiValuesTest extends ConversationFixture {

    private static final long NEWER_CHAT = 7_500_001L;
    private static final long NEWER_VALUES_FOR_KNOWN_TEXTS_CHAT = 7_500_002L;

    /** Replaces the fixture's demo cabinet with one whose sandbox also holds the newer API's chats. */
    @BeforeAll
    static void reopenWithNewerApiChats() {
        cabinet.close();
        SandboxConfig config = SandboxConfig.builder().dataset((state, businessId) -> {
            new DemoData().populate(state, businessId);
            addChat(state, businessId, NEWER_CHAT, "SUPPLY", "GROUP", "UNDER_REVIEW", "BOT");
            addChat(state, businessId, NEWER_VALUES_FOR_KNOWN_TEXTS_CHAT, "DIRECT", "CHAT", "FINISHED", "MARKET");
        }).build();
        cabinet = DemoCabinet.open(config, dataFolder.resolve("newer-api-cabinet"));
    }

    @Test
    void valuesTheClientDoesNotKnowAreKeptAndShownAsTheApiSentThem() {
        ChatSummary stored = inbox().chat(NEWER_CHAT).orElseThrow();
        assertThat(stored.statusName()).isEqualTo("UNDER_REVIEW");
        assertThat(stored.status()).isEqualTo(ChatStatus.UNKNOWN);
        assertThat(stored.typeName()).isEqualTo("GROUP");
        assertThat(stored.contextTypeName()).isEqualTo("SUPPLY");
        assertThat(stored.lastMessageSenderName()).isEqualTo("BOT");

        model = openedModel(NEWER_CHAT);

        assertThat(model.statusTextProperty().get()).isEqualTo("UNDER_REVIEW");
        assertThat(model.typeTextProperty().get()).isEqualTo("GROUP");
        assertThat(model.subjectProperty().get()).isEqualTo("SUPPLY");
        MessageBubble bubble = onlyBubble();
        assertThat(bubble.senderLabel()).isEqualTo("BOT");
        assertThat(bubble.side()).isEqualTo(Side.SYSTEM);
        ChatListItem item = chatListItem(NEWER_CHAT);
        assertThat(item.statusText()).isEqualTo("UNDER_REVIEW");
        assertThat(item.subject()).isEqualTo("SUPPLY");
    }

    @Test
    void valuesTheClientKnowsStillReadInTheUsersLanguage() {
        model = openedModel(NEWER_VALUES_FOR_KNOWN_TEXTS_CHAT);

        assertThat(model.statusTextProperty().get()).isEqualTo("Завершён");
        assertThat(model.typeTextProperty().get()).isEqualTo("Чат с покупателем");
        assertThat(model.subjectProperty().get()).isEqualTo("Вопрос о товаре");
        assertThat(onlyBubble().senderLabel()).isEqualTo("Яндекс Маркет");
        assertThat(chatListItem(NEWER_VALUES_FOR_KNOWN_TEXTS_CHAT).statusText()).isEqualTo("Завершён");
    }

    private static void addChat(SandboxState state, long businessId, long chatId, String contextType, String type,
            String status, String sender) {
        Instant now = state.now();
        state.addChatOfNewerApi(businessId, chatId,
                new ChatFullContext(contextType, new ChatCustomer(null, "buyer-" + chatId), null, null, null),
                type, status, now.minusSeconds(60));
        state.seedMessageOfNewerApi(chatId, now.minusSeconds(30), sender, "Сообщение " + sender, List.of());
    }

    private ConversationViewModel openedModel(long chatId) {
        ConversationViewModel opened = newModel();
        opened.open(inbox().chat(chatId).orElseThrow());
        return opened;
    }

    private MessageBubble onlyBubble() {
        assertThat(bubbles()).hasSize(1);
        return bubbles().get(0);
    }

    private static ChatListItem chatListItem(long chatId) {
        ChatListViewModel list = new ChatListViewModel(inbox(), DemoCabinet.synchronousUi(RUSSIAN, MOSCOW));
        list.groupProperty().set(ChatGroup.ALL);
        list.reload();
        return list.items().stream().filter(item -> item.chatId() == chatId).findFirst().orElseThrow();
    }
}
