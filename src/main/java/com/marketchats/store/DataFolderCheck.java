package com.marketchats.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks at start that the data folder can hold the store: that it is a folder (creating it when
 * missing), and that a small file can be written, flushed to the disk and deleted there. Without this
 * the first symptom of a full disk or a read-only folder would be a failed write deep inside SQLite or the
 * outbox, after the seller typed a message; with it, the app can say what is wrong before it opens the
 * store.
 */
public final class DataFolderCheck {

    /** What is wrong with the data folder. */
    public enum Kind {
        /** The path, or a folder on the way to it, is a file. */
        NOT_A_FOLDER,
        /** The folder is missing and could not be created. */
        CANNOT_CREATE,
        /** Nothing can be written in the folder (permissions, a read-only disk, or a folder that does not answer). */
        READ_ONLY,
        /** The disk or the user's quota is full. */
        FULL
    }

    /**
     * @param detail the operating system's own words (the exception's message), for the log and the
     *               details of the error dialog
     */
    public record Problem(Kind kind, Path path, String detail) {
    }

    /** A few KB, so that a disk with no free block left fails the probe rather than the store later. */
    private static final int PROBE_BYTES = 16 * 1024;
    /** A hung network mount must not keep the app from starting (and telling the seller). */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(15);

    private DataFolderCheck() {
    }

    /** Empty when the folder is usable; never throws and never waits longer than about 15 seconds. */
    public static Optional<Problem> check(Path dataFolder) {
        return check(dataFolder, TIME_LIMIT);
    }

    static Optional<Problem> check(Path dataFolder, Duration timeLimit) {
        FutureTask<Optional<Problem>> task = new FutureTask<>(() -> checkNow(dataFolder));
        Thread thread = new Thread(task, "data-folder-check");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return problem(Kind.READ_ONLY, dataFolder,
                    "the folder did not answer a small write within " + timeLimit.toSeconds() + " seconds");
        } catch (ExecutionException e) {
            return problem(Kind.READ_ONLY, dataFolder, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(Kind.READ_ONLY, dataFolder, "the check was interrupted");
        }
    }

    private static Optional<Problem> checkNow(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath();
        Optional<Path> fileOnTheWay = fileOnTheWay(folder);
        if (fileOnTheWay.isPresent()) {
            return problem(Kind.NOT_A_FOLDER, folder, fileOnTheWay.get() + " is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            try {
                OwnerOnlyFiles.createDirectories(folder);
            } catch (IOException e) {
                return problem(isFull(e) ? Kind.FULL : Kind.CANNOT_CREATE, folder, message(e));
            }
        }
        Path probe = folder.resolve(".write-check-" + UUID.randomUUID() + ".tmp");
        try {
            writeAndFlush(probe);
        } catch (IOException e) {
            return problem(isFull(e) ? Kind.FULL : Kind.READ_ONLY, folder, message(e));
        } finally {
            deleteQuietly(probe);
        }
        return Optional.empty();
    }

    /** The nearest existing path on the way to the folder (the folder itself included), when it is not a folder. */
    private static Optional<Path> fileOnTheWay(Path folder) {
        for (Path path = folder; path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                return Files.isDirectory(path) ? Optional.empty() : Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static void writeAndFlush(Path probe) throws IOException {
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer content = ByteBuffer.allocate(PROBE_BYTES);
            while (content.hasRemaining()) {
                channel.write(content);
            }
            // A file system that allocates late (ext4, XFS, network mounts) may report a full disk only here.
            channel.force(true);
        }
        Files.delete(probe);
    }

    private static void deleteQuietly(Path probe) {
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            // Nothing was left behind that matters: at worst a 16 KB file the next check does not look at.
        }
    }

    /**
     * ENOSPC and EDQUOT as Linux and macOS word them (JDK messages carry strerror's text), and
     * ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL as Windows words them.
     */
    static boolean isFull(IOException failure) {
        String text = message(failure).toLowerCase(Locale.ROOT);
        return text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("not enough space on the disk") || text.contains("disk is full");
    }

    /** {@link FileSystemException}s keep the reason apart from the path; the dialog wants both. */
    private static String message(IOException failure) {
        if (failure instanceof AccessDeniedException denied && denied.getReason() == null) {
            return denied.getFile() + ": permission denied";
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    private static Optional<Problem> problem(Kind kind, Path path, String detail) {
        return Optional.of(new Problem(kind, path, detail));
    }
}
