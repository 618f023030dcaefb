package com.marketchats.service.autostart;

import com.marketchats.store.DurableFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and deletes an autostart entry that is a file. The failure names the file and why in plain
 * words, since Settings shows it to the seller (a bare {@link AccessDeniedException} says only the path).
 */
final class EntryFiles {

    private EntryFiles() {
    }

    /** Atomically: a crash leaves the old entry or the new one, never half a file for the system to read. */
    static void write(Path file, String content) throws IOException {
        try {
            DurableFiles.replace(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure("cannot write", file, e);
        }
    }

    static void delete(Path file) throws IOException {
        try {
            if (Files.deleteIfExists(file)) {
                DurableFiles.forceFolder(file.getParent());
            }
        } catch (IOException e) {
            throw failure("cannot delete", file, e);
        }
    }

    private static IOException failure(String what, Path file, IOException cause) {
        return new IOException(what + " " + file + ": " + why(cause), cause);
    }

    private static String why(IOException cause) {
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof FileAlreadyExistsException inTheWay) {
            // Creating the folder met a file of the same name.
            return inTheWay.getFile() + " is not a folder";
        }
        if (cause instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
