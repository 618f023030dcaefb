package com.marketchats.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The two connections of one SQLite database of a store and the transactions run on them. A store has two
 * databases (see {@link StoreOpener}): {@code chats.db} and {@code outbox.db}; they differ only in how a
 * durable write reaches the disk, the {@link DurableCommit} given here.
 * <p>
 * Durability: {@link #write} returns only once its transaction is on the disk, surviving an OS crash or a
 * power cut too; {@link #writeRecoverable} survives the app crashing or being killed at once, and reaches
 * the disk with the next durable write or checkpoint. In {@code chats.db} (WAL, {@code synchronous = NORMAL})
 * the difference is real: a durable write waits for a WAL flush it shares with the threads that commit
 * meanwhile ({@link WalSync}), which is for what only the seller has (read marks); what the API gives
 * again (chats, messages, sync marks) is written recoverably. In {@code outbox.db} (rollback journal,
 * {@code synchronous = FULL}) every COMMIT is synced before it returns, so both kinds of write are
 * durable and none waits for anything more.
 * <p>
 * Threading: every write runs on the one writer connection, inside {@code BEGIN IMMEDIATE ... COMMIT},
 * holding the write lock, so writes from any thread are serialised and each call is one transaction.
 * Reads run on a separate reader connection inside their own {@code BEGIN ... COMMIT} (one consistent
 * snapshot per call) holding the read lock. In WAL mode a reader sees the last committed state and
 * neither waits for the writer nor blocks it; with a rollback journal a commit waits (busy_timeout) for
 * the reads under way, and reads wait while it writes the file, which for the outbox's small
 * transactions is short.
 * Both locks are fair, and neither is held while calling back into code outside this package.
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
    private final DurableCommit durableCommit;

    /**
     * @param durableCommit makes the strategy of this database, given the way to flush through a
     *                      checkpoint (which {@link WalSync} falls back on)
     */
    Database(Connection writer, Connection reader, Function<WalSync.Fallback, DurableCommit> durableCommit) {
        this.writer = writer;
        this.reader = reader;
        this.durableCommit = durableCommit.apply(this::checkpoint);
    }

    /** A transaction that is on the disk when this returns, surviving an OS crash too. */
    <T> T write(Work<T> work) {
        T result = inTransaction(writer, writeLock, "BEGIN IMMEDIATE", work);
        durableCommit.awaitOnDisk();
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

    /** In WAL mode SQLite syncs the WAL before it checkpoints: the way to flush when the WAL file cannot be opened. */
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
        durableCommit.close();
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
