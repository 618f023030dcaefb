package com.marketchats.service.inbox;

import com.marketchats.api.ChatsApi;
import com.marketchats.store.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Attachments the seller opened, kept in the cabinet's folder under a name the app chose
 * ({@code <chatId>-<messageId>-<index>} plus a safe extension), so the attachment's own name, which the
 * buyer chose, never becomes a path. A file already there is not downloaded again.
 */
public final class AttachmentCache {

    private final Path folder;

    public AttachmentCache(Path folder) {
        this.folder = folder;
    }

    Path fetch(long chatId, long messageId, int index, String url, String name, ChatsApi api) {
        Path target = folder.resolve(chatId + "-" + messageId + "-" + index + SafeFileNames.extensionOf(name));
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            OwnerOnlyFiles.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the attachment cache " + folder, e);
        }
        api.downloadAttachment(url, target);
        return target;
    }
}
