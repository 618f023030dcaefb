package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chat list's reads: a filtered, searched, sorted page of chats, the counts behind the tabs'
 * badges, and the total unread count. They read the derived columns of {@code chats} and never scan
 * messages, except through the FTS index when the search has words, and the messages a first sync wrote
 * while it deferred that index ({@link DeferredIndexes}).
 */
public final class ChatList {

    private final Database database;

    ChatList(Database database) {
        this.database = database;
    }

    /**
     * A page of chats of the query's group, filters and search, in list order: chats that need a reply
     * first, the one waiting longest first (those whose waiting time is not known yet after them); then
     * every other chat by its last activity (last message or {@code updatedAt}), newest first.
     */
    public List<ChatSummary> list(ChatQuery query) {
        Filter filter = Filter.of(query, true);
        String sql = "SELECT " + ChatRows.COLUMNS + " FROM chats c WHERE " + filter.where
                + " ORDER BY " + ChatRows.ORDER + " LIMIT ? OFFSET ?";
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = filter.bind(statement, 1);
                statement.setInt(next, query.limit());
                statement.setInt(next + 1, query.offset());
                List<ChatSummary> chats = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        chats.add(ChatRows.read(rows));
                    }
                }
                return chats;
            }
        });
    }

    /** How many chats each group holds under the query's type, context and search (its group and page ignored). */
    public GroupCounts countByGroup(ChatQuery query) {
        Filter filter = Filter.of(query, false);
        String sql = "SELECT count(*), "
                + "coalesce(sum(" + ChatGroup.NEEDS_REPLY.condition() + "), 0), "
                + "coalesce(sum(" + ChatGroup.WAITING_FOR_BUYER.condition() + "), 0), "
                + "coalesce(sum(" + ChatGroup.DISPUTES.condition() + "), 0), "
                + "coalesce(sum(" + ChatGroup.FINISHED.condition() + "), 0) "
                + "FROM chats c WHERE " + filter.where;
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                filter.bind(statement, 1);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new GroupCounts(rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5),
                            rows.getInt(1));
                }
            }
        });
    }

    /** Unread messages over all chats. */
    public int totalUnread() {
        return database.read(ChatList::totalUnread);
    }

    static int totalUnread(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(sum(unread_count), 0) FROM chats");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The WHERE clause of a query and the values to bind into it, in order. */
    private record Filter(String where, List<Object> values) {

        static Filter of(ChatQuery query, boolean withGroup) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (withGroup) {
                conditions.add(query.group().condition());
            }
            if (query.type() != null) {
                conditions.add("c.type = ?");
                values.add(query.type().name());
            }
            if (query.contextType() != null) {
                conditions.add("c.context_type = ?");
                values.add(query.contextType().name());
            }
            search(query.search(), conditions, values);
            return new Filter(conditions.isEmpty() ? "1" : String.join(" AND ", conditions), values);
        }

        private static void search(String search, List<String> conditions, List<Object> values) {
            Optional<String> name = SearchText.nameFragment(search);
            if (name.isEmpty()) {
                return;
            }
            List<String> matches = new ArrayList<>();
            matches.add("instr(c.customer_key, ?) > 0");
            values.add(name.get());
            List<String> runs = SearchText.digitRuns(search);
            Optional<String> digits = SearchText.idDigits(search);
            if (runs.isEmpty() && digits.isPresent()) {
                matches.add("CAST(c.order_id AS TEXT) LIKE ? || '%' OR CAST(c.return_id AS TEXT) LIKE ? || '%'"
                        + " OR CAST(c.legacy_order_id AS TEXT) LIKE ? || '%'");
                values.addAll(List.of(digits.get(), digits.get(), digits.get()));
            }
            // instr over the numbers' text: an infix match can use no index, and 10,000 rows scan in a few ms.
            for (String run : runs) {
                matches.add("instr(CAST(c.order_id AS TEXT), ?) > 0 OR instr(CAST(c.return_id AS TEXT), ?) > 0"
                        + " OR instr(CAST(c.legacy_order_id AS TEXT), ?) > 0");
                values.addAll(List.of(run, run, run));
            }
            Optional<String> words = SearchText.ftsQuery(search);
            if (words.isPresent()) {
                matches.add("c.chat_id IN (SELECT m.chat_id FROM messages_fts f JOIN messages m ON m.id = f.rowid"
                        + " WHERE messages_fts MATCH ?)");
                values.add(words.get());
                // Messages a first sync wrote without indexing them (DeferredIndexes) are read one by one.
                matches.add("c.chat_id IN (SELECT m.chat_id FROM messages m WHERE m.id > (SELECT CAST(value AS INTEGER)"
                        + " FROM sync_state WHERE key = ?) AND " + SearchWordsFunction.NAME + "(m.text, ?))");
                values.addAll(List.of(DeferredIndexes.MARK_KEY, search));
            }
            conditions.add("(" + String.join(" OR ", matches) + ")");
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }
}
