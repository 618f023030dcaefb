package com.marketchats.viewmodel.conversation;

import com.marketchats.sandbox.SandboxChat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening and saving attachments through the conversation view-model. */
class ConversationAttachmentsTest extends ConversationFixture {

    @Test
    void openingAnAttachmentHandsTheOpenerTheSandboxsBytes() throws Exception {
        SandboxChat chat = chatWhere(history -> history.stream().anyMatch(m -> !m.attachments().isEmpty()));
        open(chat);
        AttachmentItem attachment = firstAttachment();
        AtomicReference<Path> opened = new AtomicReference<>();
        model.setFileOpener(opened::set);

        model.openAttachment(attachment);

        assertThat(opened.get()).isNotNull();
        assertThat(Files.readAllBytes(opened.get())).isEqualTo(sandboxBytes(attachment));
        assertThat(model.errorTextProperty().get()).isEmpty();
    }

    @Test
    void savingAnAttachmentWritesOnlyInsideTheFolderUnderSafeUniqueNames(@TempDir Path root) throws Exception {
        SandboxChat chat = chatWhere(history -> history.stream().anyMatch(m -> !m.attachments().isEmpty()));
        open(chat);
        AttachmentItem attachment = firstAttachment();
        byte[] bytes = sandboxBytes(attachment);
        Path folder = Files.createDirectories(root.resolve("a").resolve("b"));
        Files.writeString(folder.resolve("счёт.pdf"), "мой старый файл");

        model.saveAttachment(named(attachment, "../../x"), folder);
        assertThat(model.statusMessageProperty().get()).contains("x");
        model.saveAttachment(named(attachment, "con.txt"), folder);
        model.saveAttachment(named(attachment, "счёт.pdf"), folder);
        model.saveAttachment(named(attachment, "счёт.pdf"), folder);

        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("x", "_con.txt", "счёт.pdf", "счёт (2).pdf", "счёт (3).pdf");
        }
        try (Stream<Path> outside = Files.walk(root)) {
            assertThat(outside.filter(Files::isRegularFile).filter(path -> !path.getParent().equals(folder)))
                    .as("nothing written outside the chosen folder").isEmpty();
        }
        assertThat(Files.readString(folder.resolve("счёт.pdf"))).isEqualTo("мой старый файл");
        for (String name : List.of("x", "_con.txt", "счёт (2).pdf", "счёт (3).pdf")) {
            assertThat(Files.readAllBytes(folder.resolve(name))).as(name).isEqualTo(bytes);
        }
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.statusMessageProperty().get()).contains("счёт (3).pdf");
    }

    private AttachmentItem firstAttachment() {
        return bubbles().stream().flatMap(bubble -> bubble.attachments().stream()).findFirst().orElseThrow();
    }

    private static AttachmentItem named(AttachmentItem attachment, String name) {
        return new AttachmentItem(attachment.chatId(), attachment.messageId(), attachment.index(), name,
                attachment.sizeText(), attachment.kind(), attachment.url());
    }

    private static byte[] sandboxBytes(AttachmentItem attachment) {
        long fileId = state().message(attachment.chatId(), attachment.messageId()).orElseThrow()
                .attachments().get(attachment.index()).fileId();
        return state().files().find(fileId).orElseThrow().bytes();
    }
}
