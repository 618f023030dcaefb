package com.marketchats.store;

import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL function {@code search_words(text, search)}: 1 when every word of the search begins a word of
 * the text, folded as {@link SearchText} folds them, else 0. It is how the chat list's search reads the
 * messages that {@link DeferredIndexes} has not put into the search index yet; a scan, so only for those.
 */
final class SearchWordsFunction extends Function {

    static final String NAME = "search_words";

    static void register(Connection connection) throws SQLException {
        Function.create(connection, NAME, new SearchWordsFunction(), 2, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        result(SearchText.hasWordsOf(value_text(0), value_text(1)) ? 1 : 0);
    }
}
