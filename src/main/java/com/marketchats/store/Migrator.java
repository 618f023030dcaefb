package com.marketchats.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to a version of its schema by applying the missing steps of its history in order:
 * {@link SchemaSteps} for {@code chats.db}, {@link OutboxSchemaSteps} for {@code outbox.db}.
 */
final class Migrator {

    private Migrator() {
    }

    /** Brings the database to the last of {@code steps}; see {@link #migrate(Connection, List, int)}. */
    static int migrate(Connection connection, List<List<String>> steps) throws SQLException {
        return migrate(connection, steps, steps.size());
    }

    /**
     * Applies the steps after the database's {@code user_version} up to {@code target}, each in its own
     * transaction together with the new version number, so that a crash leaves the database at a whole
     * version.
     *
     * @return the version the database had before
     * @throws StoreException when the database was written by a newer version of the app
     */
    static int migrate(Connection connection, List<List<String>> steps, int target) throws SQLException {
        int version = userVersion(connection);
        if (version > steps.size()) {
            throw new StoreException("The local store was written by a newer version of Market Chats (schema "
                    + version + ", this version knows " + steps.size() + "). Update the app to open it.");
        }
        for (int next = version + 1; next <= target; next++) {
            apply(connection, next, steps.get(next - 1));
        }
        return version;
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, int version, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + version);
                statement.execute("COMMIT");
            } catch (SQLException e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw new SQLException("Schema step " + version + " failed: " + e.getMessage(), e.getSQLState(),
                        e.getErrorCode(), e);
            }
        }
    }
}
