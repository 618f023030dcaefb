package com.marketchats.store;

import java.util.List;

/**
 * The history of the outbox database's ({@code outbox.db}) schema, kept like {@link SchemaSteps}: step N
 * takes it from {@code user_version} N-1 to N, and a shipped step is never edited.
 */
final class OutboxSchemaSteps {

    /**
     * Version 1: the outbox and the drafts, as version 3 of {@code chats.db} had them, so that
     * {@link OutboxMove} copies their rows column for column, ids included.
     */
    static final List<String> V1 = List.of(SchemaSteps.OUTBOX_TABLE, SchemaSteps.OUTBOX_BY_STATE,
            SchemaSteps.OUTBOX_BY_CHAT, SchemaSteps.DRAFTS_TABLE);

    /** Every step in order; the database's {@code user_version} is the number of steps applied. */
    static final List<List<String>> ALL = List.of(V1);

    private OutboxSchemaSteps() {
    }
}
