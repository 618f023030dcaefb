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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens the store of an account: creates its folder, opens the database in WAL mode, checks it,
 * upgrades its schema, and opens the reader connection. A damaged database is moved aside (see
 * {@link CorruptFileMover}), logged, and replaced by a fresh store; the caller learns it from
 * {@link OpenedStore#corruption()}.
 * <p>
 * Before the first connection it tells sqlite-jdbc where its native library is ({@link SqliteNativeLibrary}),
 * which is never the data folder, and deletes the copies older versions extracted there.
 */
public final class StoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock;

    public StoreOpener() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the time of drafts, outbox changes and sync marks, and of moved-aside file names */
    public StoreOpener(Clock clock) {
        this.clock = clock;
    }

    public OpenedStore open(Path dataDirectory, long businessId) {
        return open(AccountFiles.of(dataDirectory, businessId));
    }

    public OpenedStore open(AccountFiles files) {
        try {
            OwnerOnlyFiles.createDirectories(files.folder());
        } catch (IOException e) {
            throw new StoreException("Could not create the data folder " + files.folder() + ": " + e.getMessage(), e);
        }
        SqliteNativeLibrary.prepare();
        SqliteNativeLibrary.removeLeftovers(files.dataDirectory());
        Path database = files.database();
        try {
            Optional<String> badHeader = headerProblem(database);
            if (badHeader.isPresent()) {
                throw new DamagedDatabase(badHeader.get());
            }
            return new OpenedStore(openDatabase(database), Optional.empty());
        } catch (DamagedDatabase damaged) {
            CorruptStoreReport report = new CorruptFileMover(clock).moveAside(database, damaged.getMessage());
            LOG.warn("The local store {} is damaged ({}); moved it to {} and started a fresh store",
                    database, report.reason(), report.movedTo());
            return new OpenedStore(openDatabase(database), Optional.of(report));
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

    private ChatStore openDatabase(Path file) {
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(file);
            String mode = queryString(writer, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("The local store " + file + " could not switch to WAL mode (" + mode + ")");
            }
            // Durable writes flush the WAL themselves, as a group (Database, WalSync); recoverable ones need not wait.
            execute(writer, "PRAGMA synchronous = NORMAL");
            String check = queryString(writer, "PRAGMA quick_check(1)");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new DamagedDatabase(check);
            }
            Migrator.migrate(writer);
            reader = connect(file);
            execute(reader, "PRAGMA query_only = 1");
            return new ChatStore(new Database(writer, reader, file), clock);
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
        Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void closeQuietly(Connection... connections) {
        for (Connection connection : connections) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("Closing a connection of a store that failed to open", e);
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
