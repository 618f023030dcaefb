package com.marketchats.app.instance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The data folder's one-process lock, and the memory of whether the run before ended cleanly.
 * <p>
 * The lock is {@link FileChannel#tryLock()} on {@code instance.lock}, held for the process's life: the
 * operating system drops it when the process ends in any way, kill -9 included, so a crash never leaves
 * a stale lock behind. The file's content says whether its holder got to a clean exit: {@code running}
 * while a process has it, {@code clean} once that process closed its cabinets. Finding {@code running}
 * when taking the lock means the previous process died (or was killed) with its cabinets open, so the
 * outbox must not trust what its store says about sends under way.
 */
public final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "instance.lock";
    private static final String RUNNING = "running";
    private static final String CLEAN = "clean";
    private static final int MAX_CONTENT = 256;

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean previousRunUnclean;

    private InstanceLock(FileChannel channel, FileLock lock, boolean previousRunUnclean) {
        this.channel = channel;
        this.lock = lock;
        this.previousRunUnclean = previousRunUnclean;
    }

    /**
     * Takes the lock of {@code dataDirectory} (which must exist), or answers empty when another process
     * (or this one) holds it already.
     *
     * @throws IOException when the lock file cannot be created or written (a read-only or full folder)
     */
    public static Optional<InstanceLock> tryAcquire(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(dataDirectory.resolve(FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            boolean unclean = read(channel).startsWith(RUNNING);
            write(channel, RUNNING + " " + ProcessHandle.current().pid());
            return Optional.of(new InstanceLock(channel, lock, unclean));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** True when the process that held this lock before ended without closing its cabinets. */
    public boolean previousRunUnclean() {
        return previousRunUnclean;
    }

    /** Records a clean exit (call it only after every cabinet is closed), then lets the lock go. */
    @Override
    public void close() throws IOException {
        try {
            write(channel, CLEAN);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /**
     * Lets the lock go without recording a clean exit: the file keeps saying {@code running}, so the next
     * start checks every unsent reply against its chat, which is always safe.
     */
    void abandon() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            // This JVM holds it already (a second start inside one test JVM): as taken as by another process.
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_CONTENT);
        channel.read(buffer, 0);
        buffer.flip();
        return StandardCharsets.UTF_8.decode(buffer).toString();
    }

    /** Replaces the file's content and flushes it, so a power cut right after cannot leave the old word. */
    private static void write(FileChannel channel, String content) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }
}
