package com.marketchats.viewmodel.conversation;

import com.marketchats.service.inbox.SafeFileNames;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a downloaded attachment into a folder the seller chose under a harmless name
 * ({@link SafeFileNames}), adding " (2)", " (3)"… rather than overwriting a file that is already there.
 */
final class AttachmentSaver {

    private static final int MAX_TRIES = 1000;

    private AttachmentSaver() {
    }

    static Path save(Path source, Path folder, String name) throws IOException {
        Path home = folder.toAbsolutePath().normalize();
        String safe = SafeFileNames.of(name);
        int dot = safe.lastIndexOf('.');
        String stem = dot > 0 ? safe.substring(0, dot) : safe;
        String extension = dot > 0 ? safe.substring(dot) : "";
        for (int copy = 1; copy <= MAX_TRIES; copy++) {
            String candidate = copy == 1 ? safe : stem + " (" + copy + ")" + extension;
            Path target = home.resolve(candidate).normalize();
            if (!home.equals(target.getParent())) {
                throw new IOException("refusing to write outside " + home + ": " + candidate);
            }
            try {
                // No REPLACE_EXISTING: the copy fails rather than overwrite, also when another program
                // creates the name between our check and the write.
                return Files.copy(source, target);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
        }
        throw new FileAlreadyExistsException(home.resolve(safe).toString());
    }
}
