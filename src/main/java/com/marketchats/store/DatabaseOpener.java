package com.marketchats.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens one database file of a store: sets its {@link Journal}, checks it, upgrades its schema, and opens
 * the reader connection. A damaged file is moved aside (see {@link CorruptFileMover}), logged, and a
 * fresh database opened in its place; {@link Opened#movedAside()} tells.
 */
final class DatabaseOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpener.class);
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Brings a freshly opened database to its current schema on its writer connection. */
    @FunctionalInterface
    interface Upgrade {
        void apply(Connection writer) throws SQLException;
    }

    /** A database ready to use, and the report of the damaged file it replaces, if it does. */
    record Opened(Database database, Optional<CorruptStoreReport> movedAside) {
    }

    private final Clock clock;

    DatabaseOpener(Clock clock) {
        this.clock = clock;
    }

    Opened open(StoreFile which, Path file, Journal journal, Upgrade upgrade) {
        try {
            Optional<String> badHeader = headerProblem(file);
            if (badHeader.isPresent()) {
                throw new DamagedDatabase(badHeader.get());
            }
            return new Opened(openChecked(file, journal, upgrade), Optional.empty());
        } catch (DamagedDatabase damaged) {
            CorruptStoreReport report = new CorruptFileMover(clock).moveAside(which, file, damaged.getMessage());
            LOG.warn("The local store {} is damaged ({}); moved it to {} and started a fresh one",
                    file, report.reason(), report.movedTo());
            return new Opened(openChecked(file, journal, upgrade), Optional.of(report));
        }
    }

    /**
     * Checks the file's header before SQLite sees it: on a file that is not a database SQLite fails, and
     * then deletes the {@code -wal} and {@code -shm} files when the connection closes, which would lose
     * them. A missing or empty file is a new database.
     */
    static Optional<String> headerProblem(Path database) {
        try {
            if (!Files.exists(database) || Files.size(database) == 0) {
                return Optional.empty();
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(database)) {
                read = in.readNBytes(header, 0, header.length);
            }
            return read == header.length && Arrays.equals(header, SQLITE_HEADER) ? Optional.empty()
                    : Optional.of("file is not a database: it does not start with the SQLite header");
        } catch (IOException e) {
            throw new StoreException("Could not read the local store " + database + ": " + e.getMessage(), e);
        }
    }

    private static Database openChecked(Path file, Journal journal, Upgrade upgrade) {
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(file);
            journal.configure(writer, file);
            String check = Journal.queryString(writer, "PRAGMA quick_check(1)");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new DamagedDatabase(check);
            }
            upgrade.apply(writer);
            reader = connect(file);
            Journal.execute(reader, "PRAGMA query_only = 1");
            SearchWordsFunction.register(reader);
            return journal.database(writer, reader, file);
        } catch (SQLException e) {
            closeQuietly(reader, writer);
            int primary = e.getErrorCode() & 0xFF;
            if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                throw new DamagedDatabase(e.getMessage());
            }
            throw new StoreException("Could not open the local store " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader, writer);
            throw e;
        }
    }

    private static Connection connect(Path file) throws SQLException {
        try {
            OwnerOnlyFiles.createFileIfMissing(file);
        } catch (IOException e) {
            throw new StoreException("Could not create the local store " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // No code here reads generated keys; with them on, the driver prepares a query after every INSERT.
        config.setGetGeneratedKeys(false);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Journal.execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        return connection;
    }

    private static void closeQuietly(Connection... connections) {
        for (Connection connection : connections) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("Closing a connection of a database that failed to open", e);
                }
            }
        }
    }

    /** The database file is not a usable SQLite database; the message says what SQLite found. */
    private static final class DamagedDatabase extends StoreException {
        DamagedDatabase(String reason) {
            super(reason);
        }
    }
}
