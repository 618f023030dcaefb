package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first sync marks what it finds as read, except the buyers' messages still waiting for an answer;
 * what comes later is unread as usual, also in the account's next run.
 */
class ReadMarksOnFirstSyncTest {

    @TempDir
    Path folder;

    /** What the rule leaves unread: in a chat needing a reply, the messages after the seller's last one. */
    private static int expectedUnread(SandboxChat chat, List<SandboxMessage> history) {
        if (chat.status() != ChatStatus.NEW && chat.status() != ChatStatus.WAITING_FOR_PARTNER) {
            return 0;
        }
        int unread = 0;
        for (SandboxMessage message : history) {
            unread = message.sender() == MessageSender.PARTNER ? 0 : unread + 1;
        }
        return unread;
    }

    @Test
    void existingHistoryIsReadButUnansweredBuyerMessagesAreNot() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SyncEngine engine = rig.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.status().firstSync().done());

            int unreadChats = 0;
            for (SandboxChat chat : rig.server.state().chats(rig.businessId())) {
                int expected = expectedUnread(chat, rig.server.state().history(chat.chatId()));
                assertThat(rig.store.chats().find(chat.chatId()).orElseThrow().unreadCount())
                        .as("unread in chat %d (%s)", chat.chatId(), chat.status()).isEqualTo(expected);
                unreadChats += expected > 0 ? 1 : 0;
            }
            assertThat(unreadChats).as("the demo has chats waiting for an answer").isPositive();
        }
    }

    @Test
    void messagesAfterTheFirstSyncAreUnreadAlsoInTheNextRun() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SyncEngine first = rig.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> first.status().firstSync().done());
            first.stop().get(10, TimeUnit.SECONDS);
            SandboxChat answered = rig.server.state().chats(rig.businessId()).stream()
                    .filter(chat -> chat.status() == ChatStatus.WAITING_FOR_CUSTOMER).findFirst().orElseThrow();
            SandboxMessage later = rig.server.state().addBuyerMessage(answered.chatId(), "Спасибо, а когда доставка?");

            SyncEngine second = rig.start();

            await().atMost(Duration.ofSeconds(10)).until(() ->
                    rig.store.messages().lastMessageId(answered.chatId()).orElse(0) == later.messageId());
            assertThat(second.status().firstSync().done()).as("the next run knows the first sync is over").isTrue();
            assertThat(rig.store.chats().find(answered.chatId()).orElseThrow().unreadCount()).isEqualTo(1);
        }
    }
}
