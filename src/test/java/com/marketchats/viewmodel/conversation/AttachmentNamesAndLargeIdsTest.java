package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.Dataset;
import com.marketchats.sandbox.SandboxAttachment;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.store.StoredMessage;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * What the API gives reaches the screen as given, from the sandbox through the client and the store to the
 * view-models: file names without what could disguise them, and ids above 2^53 exactly.
 */
class AttachmentNamesAndLargeIdsTest extends ConversationFixture {

    @Test
    void aFileNameIsShownAndSavedWithoutBidiControlsInvisibleCharactersAndFolders(@TempDir Path folder)
            throws Exception {
        SandboxChat chat = chatWhere(c -> c.status() == ChatStatus.WAITING_FOR_PARTNER, history -> true);
        String disguised = "../..\\счёт\u202Efdp\u200B.exe\uFEFF";
        SandboxAttachment file = state().files().store(disguised, "application/octet-stream",
                "MZ".getBytes(StandardCharsets.US_ASCII)).asAttachment();
        SandboxMessage sent = state().seedMessage(chat.chatId(), state().now(), MessageSender.CUSTOMER, null,
                List.of(file));
        awaitStored(chat.chatId(), sent.messageId());

        open(chat);
        AttachmentItem shown = bubbles().get(bubbles().size() - 1).attachments().get(0);
        assertThat(shown.name()).isEqualTo("счётfdp.exe");
        assertThat(inbox().chat(chat.chatId()).orElseThrow().lastMessagePreview()).isEqualTo("счётfdp.exe");

        model.saveAttachment(shown, folder);
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.map(path -> path.getFileName().toString())).containsExactly("счётfdp.exe");
        }
    }

    @Test
    void idsAboveTwoToThe53ArriveExactlyAndAMessageSentThereReachesThatChat() {
        SandboxChat chat = chatWhere(c -> c.chatId() > Dataset.FIRST_ID_BEYOND_DOUBLE
                && c.context().type() == ChatContextType.DIRECT, history -> !history.isEmpty());
        List<SandboxMessage> history = state().history(chat.chatId());
        assertThat(history).anyMatch(message -> message.messageId() >= Dataset.FIRST_ID_BEYOND_DOUBLE);

        open(chat);
        assertThat(model.chatProperty().get().chatId()).isEqualTo(chat.chatId());
        assertThat(bubbles()).extracting(MessageBubble::messageId)
                .containsExactlyElementsOf(history.stream().map(SandboxMessage::messageId).toList());

        String text = "Да, размер 52 есть " + UUID.randomUUID();
        ComposeViewModel compose = new ComposeViewModel(inbox(), DemoCabinet.synchronousUi(RUSSIAN, MOSCOW));
        compose.setChat(model.chatProperty().get());
        compose.textProperty().set(text);
        compose.send();

        await().atMost(PATIENCE).until(() -> text.equals(state().history(chat.chatId()).get(
                state().history(chat.chatId()).size() - 1).text()));
        SandboxMessage answer = state().history(chat.chatId()).get(state().history(chat.chatId()).size() - 1);
        assertThat(answer.messageId()).isGreaterThan(Dataset.FIRST_ID_BEYOND_DOUBLE);
        awaitStored(chat.chatId(), answer.messageId());
        List<StoredMessage> newest = inbox().messages(chat.chatId(), null, 1);
        assertThat(newest).extracting(StoredMessage::messageId, StoredMessage::text)
                .containsExactly(tuple(answer.messageId(), text));
    }
}
