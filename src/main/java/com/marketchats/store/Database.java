package com.marketchats.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The two connections of one store and the transactions run on them.
 * <p>
 * Durability: the writer runs with {@code synchronous = NORMAL} (see {@link StoreOpener}). In WAL mode a
 * commit then survives the app crashing or being killed at once, but an OS crash or a power cut may lose
 * the last commits before the next flush of the WAL. That is fine for what the API gives again (chats,
 * messages, sync marks) or the outbox finds again in the chat's history (a send's outcome):
 * {@link #writeRecoverable}. What only the seller has (outbox items, their
 * "being sent" mark, drafts, read marks, a cancel) goes through {@link #write}, which returns only once
 * the WAL is flushed to the disk, sharing one flush between the threads that commit meanwhile
 * ({@link WalSync}).
 * <p>
 * Threading: every write runs on the one writer connection, inside {@code BEGIN IMMEDIATE ... COMMIT},
 * holding the write lock, so writes from any thread are serialised and each call is one transaction.
 * Reads run on a separate reader connection inside their own {@code BEGIN ... COMMIT} (one consistent
 * snapshot per call) holding the read lock. In WAL mode a reader sees the last committed state and
 * neither waits for the writer nor blocks it. Both locks are fair, and neither is held while calling
 * back into code outside this package.
 */
final class Database implements AutoCloseable {

    /** Work done with a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ReentrantLock readLock = new ReentrantLock(true);
    private final WalSync walSync;

    Database(Connection writer, Connection reader, Path file) {
        this.writer = writer;
        this.reader = reader;
        this.walSync = new WalSync(file, this::checkpoint);
    }

    /** A transaction that is on the disk when this returns, surviving an OS crash too. */
    <T> T write(Work<T> work) {
        T result = inTransaction(writer, writeLock, "BEGIN IMMEDIATE", work);
        // Counted once COMMIT returned: a flush that saw this number began after these frames were written.
        walSync.flushThrough(walSync.committed());
        return result;
    }

    /**
     * A transaction whose loss in an OS crash costs nothing but a refetch or a reconciliation: it survives
     * the app crashing, and is on the disk with the next durable write or checkpoint. Taking no disk flush
     * of its own keeps a sync's writes cheap.
     */
    <T> T writeRecoverable(Work<T> work) {
        return inTransaction(writer, writeLock, "BEGIN IMMEDIATE", work);
    }

    /** SQLite syncs the WAL before it checkpoints: the way to flush when the WAL file cannot be opened. */
    private void checkpoint() {
        writeLock.lock();
        try {
            execute(writer, "PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            throw new StoreException("Could not flush the local store to the disk: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    <T> T read(Work<T> work) {
        return inTransaction(reader, readLock, "BEGIN", work);
    }

    private static <T> T inTransaction(Connection connection, ReentrantLock lock, String begin, Work<T> work) {
        lock.lock();
        try {
            execute(connection, begin);
            try {
                T result = work.run(connection);
                execute(connection, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Local store failure: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        walSync.close();
        writeLock.lock();
        readLock.lock();
        try {
            closeBoth();
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private void closeBoth() {
        StoreException failure = null;
        for (Connection connection : new Connection[] {reader, writer}) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = new StoreException("Could not close the local store: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
