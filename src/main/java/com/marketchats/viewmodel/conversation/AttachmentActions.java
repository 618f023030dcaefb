package com.marketchats.viewmodel.conversation;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.viewmodel.UiContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opening, saving and previewing attachments: each downloads the file once into the cabinet's cache off
 * the UI thread, then hands the local copy on.
 */
final class AttachmentActions {

    private final ChatInbox inbox;
    private final UiContext ui;
    private final ConversationTexts texts;
    private final Consumer<String> onDone;
    private final Consumer<String> onError;
    private Consumer<Path> fileOpener;

    /**
     * @param onDone  hears what went well ("Saved to …"), on the UI executor
     * @param onError hears what went wrong, on the UI executor
     */
    AttachmentActions(ChatInbox inbox, UiContext ui, ConversationTexts texts, Consumer<String> onDone,
                      Consumer<String> onError) {
        this.inbox = inbox;
        this.ui = ui;
        this.texts = texts;
        this.onDone = onDone;
        this.onError = onError;
        this.fileOpener = path -> onError.accept(texts.text("conversation.error.cannotOpen"));
    }

    void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = Objects.requireNonNull(opener);
    }

    void open(AttachmentItem attachment) {
        ui.run(() -> fetch(attachment), path -> fileOpener.accept(path), this::failed);
    }

    void save(AttachmentItem attachment, Path folder) {
        ui.run(() -> {
            Path cached = fetch(attachment);
            try {
                return AttachmentSaver.save(cached, folder, attachment.name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, saved -> onDone.accept(texts.text("conversation.saved", saved.getFileName(), folder)), this::failed);
    }

    /** Hands an image's local copy to {@code onReady}; other kinds have no thumbnail. */
    void thumbnail(AttachmentItem attachment, Consumer<Path> onReady) {
        if (!attachment.isImage()) {
            return;
        }
        // A missing preview is not worth an error: the row still offers Open and Save as.
        ui.run(() -> fetch(attachment), onReady, failure -> onReady.accept(null));
    }

    private Path fetch(AttachmentItem attachment) {
        return inbox.attachmentFile(attachment.chatId(), attachment.messageId(), attachment.index(),
                attachment.url(), attachment.name());
    }

    private void failed(RuntimeException failure) {
        onError.accept(texts.describe(failure instanceof UncheckedIOException io ? io.getCause() : failure));
    }
}
