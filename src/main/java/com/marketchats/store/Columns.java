package com.marketchats.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Conversions between Java values and the column conventions of {@link SchemaSteps}. */
final class Columns {

    private Columns() {
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static String text(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }

    static Long millis(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toEpochMilli();
    }

    static OffsetDateTime offsetDateTime(String text) {
        return text == null ? null : IsoOffsetTimes.parse(text);
    }

    static Long millis(Instant time) {
        return time == null ? null : time.toEpochMilli();
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        Long millis = getLong(rows, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
