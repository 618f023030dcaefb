package com.marketchats.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The two connections of one store and the transactions run on them.
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

    Database(Connection writer, Connection reader) {
        this.writer = writer;
        this.reader = reader;
    }

    <T> T write(Work<T> work) {
        return inTransaction(writer, writeLock, "BEGIN IMMEDIATE", work);
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
