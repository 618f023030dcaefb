package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Reads a query's first column as a set of chat ids: the chats a marker of the chat list applies to. */
final class ChatIds {

    private ChatIds() {
    }

    static Set<Long> of(Connection connection, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return Set.copyOf(ids);
    }
}
