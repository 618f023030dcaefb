package com.marketchats.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Group commit for the durable writes (read marks) of the chat database ({@code chats.db}): the
 * {@link DurableCommit} of a database in WAL mode. Its writer connection runs with
 * {@code synchronous = NORMAL}, so SQLite's own COMMIT appends to the WAL without waiting for the disk,
 * which keeps a sync's many writes cheap; a write that must survive an OS crash or a power cut then waits
 * here until the WAL file is flushed (fsync) up to its commit. Threads that committed while another
 * thread's flush was under way are covered by the next single flush instead of paying one each.
 * <p>
 * A flush of the WAL file covers every frame written to it before the flush began, whatever file
 * handle wrote them; the WAL's checksummed frames make recovery stop at the first frame that did not
 * reach the disk, so a commit that was flushed never depends on a later one.
 */
final class WalSync implements DurableCommit {

    /** Runs when the WAL file cannot be flushed directly: a checkpoint, before which SQLite syncs the WAL. */
    interface Fallback {
        void syncThroughCheckpoint();
    }

    private final Path walFile;
    private final Fallback fallback;
    private final Object flushLock = new Object();
    /** Commits counted so far; a commit's number is taken after its COMMIT returned. */
    private long committed;
    /** Every commit up to this number is on the disk. */
    private long flushed;
    private FileChannel channel;

    WalSync(Path databaseFile, Fallback fallback) {
        this.walFile = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        this.fallback = fallback;
    }

    /**
     * Counts the caller's commit and returns once it is on the disk. Counted only now that COMMIT returned:
     * a flush that saw this number began after these frames were written.
     */
    @Override
    public void awaitOnDisk() {
        flushThrough(committed());
    }

    /** Counts a commit whose COMMIT has returned; answers its number. */
    synchronized long committed() {
        return ++committed;
    }

    /** Returns once commit {@code number} (and every one before it) is on the disk. */
    void flushThrough(long number) {
        synchronized (flushLock) {
            if (flushed >= number) {
                return;
            }
            long target;
            synchronized (this) {
                target = committed;
            }
            try {
                channel().force(false);
            } catch (IOException e) {
                closeChannel();
                fallback.syncThroughCheckpoint();
            }
            flushed = target;
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            // WRITE, not READ: Windows flushes a file only through a handle that may write to it.
            channel = FileChannel.open(walFile, StandardOpenOption.WRITE);
        }
        return channel;
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was written through it; a failed close loses nothing.
            }
            channel = null;
        }
    }

    /** Closes the WAL handle before the connections, so SQLite may delete the WAL file on its last close. */
    @Override
    public void close() {
        synchronized (flushLock) {
            closeChannel();
        }
    }
}
