package com.marketchats.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a small file so that after a crash or a power loss it holds either the old content or the
 * new one, never a mix or nothing, and so that no other user of the machine can read it at any moment:
 * the new content goes to a temporary file in the same folder (a rename is only atomic within one file
 * system) that is owner-only from its first moment ({@link OwnerOnlyFiles#newFileAttribute}), is forced
 * to the disk, renamed over the target, and the folder itself is forced so that the rename survives too.
 */
public final class DurableFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DurableFiles.class);

    private DurableFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically, durably and owner-only, creating its folder
     * owner-only when missing. On failure the target is left as it was and no temporary file remains.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        OwnerOnlyFiles.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName() + "-", ".tmp",
                OwnerOnlyFiles.newFileAttribute(folder));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveOver(temporary, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        forceFolder(folder);
    }

    /** Makes a rename or delete in {@code folder} durable where the platform allows it. */
    public static void forceFolder(Path folder) {
        // POSIX needs the directory entry itself synced; Windows cannot open a folder as a channel and
        // makes renames durable on its own, so a refusal there is expected and harmless.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot force the folder {}: {}", folder, e.toString());
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.debug("cannot delete the temporary file {}: {}", temporary, e.toString());
        }
    }
}
