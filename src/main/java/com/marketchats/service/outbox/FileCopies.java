package com.marketchats.service.outbox;

import com.marketchats.api.ContentTypes;
import com.marketchats.service.outbox.OutboxInputException.Problem;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The outbox's own copies of the files the seller attaches, under {@link AccountFiles#outboxFiles()}:
 * the original may be moved, edited or deleted after Send, and a queued file must survive a restart.
 * Each copy gets a folder of its own with a random name and keeps the original file name inside it,
 * because the upload names the file after the path it reads.
 */
final class FileCopies {

    /** A file copied for sending. */
    record CopiedFile(Path path, String fileName, long size, String contentType) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FileCopies.class);

    private final Path root;

    FileCopies(AccountFiles files) {
        this.root = files.outboxFiles().toAbsolutePath().normalize();
    }

    /** Checks the original (see {@link ComposeChecks#file}) and copies it. */
    CopiedFile copy(Path original) {
        ComposeChecks.file(original);
        String fileName = original.getFileName().toString();
        Path folder = root.resolve(UUID.randomUUID().toString());
        Path copy = folder.resolve(fileName);
        long size;
        try {
            OwnerOnlyFiles.createDirectories(folder);
            Files.copy(original, copy);
            size = Files.size(copy);
        } catch (IOException | RuntimeException e) {
            deleteFolder(folder);
            throw new OutboxInputException(Problem.COPY_FAILED,
                    "could not copy the file into the app's data folder: " + e.getClass().getSimpleName(), e);
        }
        try {
            // The original may have changed between the check and the copy; the copy is what goes out.
            ComposeChecks.size(size);
        } catch (OutboxInputException e) {
            deleteFolder(folder);
            throw e;
        }
        return new CopiedFile(copy, fileName, size, contentType(copy, fileName));
    }

    /** True when the item's copy is still where the outbox put it. */
    boolean exists(OutboxItem item) {
        return item.filePath() != null && Files.isRegularFile(item.filePath());
    }

    /** Deletes the item's copy and its folder; a copy that is gone already is fine. */
    void delete(OutboxItem item) {
        if (item.filePath() != null) {
            delete(item.filePath());
        }
    }

    /** Deletes a copy and its folder, only when it lies under the outbox's folder. */
    void delete(Path copy) {
        Path file = copy.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !folder.startsWith(root) || folder.equals(root)) {
            LOG.warn("Not deleting {}: it is not a copy of the outbox", copy);
            return;
        }
        deleteFolder(folder);
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete the outbox copy {}: {}", folder, e.toString());
        }
    }

    private static String contentType(Path copy, String fileName) {
        try {
            String probed = Files.probeContentType(copy);
            if (probed != null && !probed.isBlank()) {
                return probed;
            }
        } catch (IOException | RuntimeException e) {
            // Only a hint; the extension table decides instead.
        }
        return ContentTypes.byExtension(fileName);
    }
}
