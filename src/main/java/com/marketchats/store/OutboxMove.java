package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Upgrades {@code chats.db} and moves the outbox and the drafts of an install from before
 * {@code outbox.db} into it: the rows are copied, ids included (so the outbox's links and its
 * AUTOINCREMENT sequence stay right), and committed to {@code outbox.db} before step
 * {@link SchemaSteps#OUTBOX_MOVED} drops the tables. A process that dies between the two copies again
 * on the next start; {@code INSERT OR IGNORE} keyed by id (by chat for drafts) keeps that from doubling
 * a row.
 */
final class OutboxMove {

    private static final List<String> TABLES = List.of("outbox", "drafts");

    private OutboxMove() {
    }

    /** Brings {@code chats} to its current schema, moving its outbox and drafts into {@code outbox}. */
    static void upgradeChats(Connection chats, Database outbox) throws SQLException {
        int before = Migrator.migrate(chats, SchemaSteps.ALL, SchemaSteps.OUTBOX_MOVED - 1);
        // A new database has nothing to move; one at OUTBOX_MOVED or later has moved it already.
        if (before > 0 && before < SchemaSteps.OUTBOX_MOVED) {
            // Read before writing: a damaged chats.db then fails here with SQLite's own error code.
            List<Rows> tables = new ArrayList<>();
            for (String table : TABLES) {
                tables.add(Rows.of(chats, table));
            }
            Long sequence = outboxSequence(chats);
            outbox.write(target -> {
                for (Rows rows : tables) {
                    rows.insertMissing(target);
                }
                keepSequence(target, sequence);
                return null;
            });
        }
        Migrator.migrate(chats, SchemaSteps.ALL);
    }

    /** Every row of one table, column for column. */
    private record Rows(String table, List<String> columns, List<Object[]> values) {

        static Rows of(Connection from, String table) throws SQLException {
            try (Statement select = from.createStatement();
                 ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<Object[]> values = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    values.add(row);
                }
                return new Rows(table, columns, values);
            }
        }

        void insertMissing(Connection to) throws SQLException {
            String insert = "INSERT OR IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement statement = to.prepareStatement(insert)) {
                for (Object[] row : values) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private static Long outboxSequence(Connection chats) throws SQLException {
        try (Statement select = chats.createStatement();
             ResultSet rows = select.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    /**
     * Copying ids raises the new sequence to the highest id copied; the old one may be higher still (an
     * item whose insert was rolled back), and an id is never to be given twice.
     */
    private static void keepSequence(Connection to, Long sequence) throws SQLException {
        if (sequence == null) {
            return;
        }
        try (PreparedStatement update = to.prepareStatement(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'")) {
            update.setLong(1, sequence);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = to.prepareStatement(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)")) {
            insert.setLong(1, sequence);
            insert.executeUpdate();
        }
    }
}
