package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.StoredMessage;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** The demo cabinet the conversation tests share, one per test class, and ways to pick its chats. */
abstract class ConversationFixture {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Clock MOSCOW = Clock.system(ZoneId.of("Europe/Moscow"));
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dataFolder;
    static DemoCabinet cabinet;

    protected ConversationViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataFolder.resolve("cabinet"));
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @AfterEach
    void disposeModel() {
        if (model != null) {
            model.dispose();
        }
    }

    /** Opens a sandbox chat in a new, started view-model; commands finish before they return. */
    void open(SandboxChat chat) {
        model = newModel();
        model.open(inbox().chat(chat.chatId()).orElseThrow());
    }

    ConversationViewModel newModel() {
        ConversationViewModel created = new ConversationViewModel(inbox(), DemoCabinet.synchronousUi(RUSSIAN, MOSCOW));
        created.start();
        return created;
    }

    List<MessageBubble> bubbles() {
        return new ArrayList<>(model.items()).stream().filter(MessageBubble.class::isInstance)
                .map(MessageBubble.class::cast).toList();
    }

    /** A demo chat no other test of this class has used, whose sandbox history matches. */
    static SandboxChat chatWhere(Predicate<List<SandboxMessage>> history) {
        return chatWhere(chat -> true, history);
    }

    static SandboxChat chatWhere(Predicate<SandboxChat> chat, Predicate<List<SandboxMessage>> history) {
        return cabinet.unusedChat(chat, history);
    }

    static void awaitStored(long chatId, long newestMessageId) {
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> {
            List<StoredMessage> newest = inbox().messages(chatId, null, 1);
            return !newest.isEmpty() && newest.get(0).messageId() >= newestMessageId;
        });
    }

    static Set<MessageSender> senders(List<SandboxMessage> history) {
        return Set.copyOf(history.stream().map(SandboxMessage::sender).toList());
    }

    static long days(List<SandboxMessage> history) {
        return history.stream().map(message -> message.createdAt().atZone(MOSCOW.getZone()).toLocalDate())
                .distinct().count();
    }

    static SandboxState state() {
        return cabinet.sandbox().state();
    }

    static ChatInbox inbox() {
        return cabinet.inbox();
    }
}
