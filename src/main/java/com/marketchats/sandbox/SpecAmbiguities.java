package com.marketchats.sandbox;

/**
 * One answer to each question the spec leaves open (DESIGN.md §3), so that tests can run the client
 * under both answers and prove it depends on neither.
 *
 * @param chatOrder              order of getChats: by {@code updatedAt}, ties by chat id
 * @param historyOrder           order of getChatHistory: by message id
 * @param messageIdFromInclusive whether getChatHistory's {@code messageIdFrom} returns that message too
 * @param attachmentsRequireKey  whether downloading an attachment URL needs the same credentials
 */
public record SpecAmbiguities(
        SortOrder chatOrder,
        SortOrder historyOrder,
        boolean messageIdFromInclusive,
        boolean attachmentsRequireKey) {

    /** Newest chats first, oldest messages first, inclusive {@code messageIdFrom}, key needed for files. */
    public static final SpecAmbiguities DEFAULTS =
            new SpecAmbiguities(SortOrder.NEWEST_FIRST, SortOrder.OLDEST_FIRST, true, true);

    public SpecAmbiguities {
        if (chatOrder == null || historyOrder == null) {
            throw new IllegalArgumentException("orders must be given");
        }
    }

    public SpecAmbiguities withChatOrder(SortOrder order) {
        return new SpecAmbiguities(order, historyOrder, messageIdFromInclusive, attachmentsRequireKey);
    }

    public SpecAmbiguities withHistoryOrder(SortOrder order) {
        return new SpecAmbiguities(chatOrder, order, messageIdFromInclusive, attachmentsRequireKey);
    }

    public SpecAmbiguities withMessageIdFromInclusive(boolean inclusive) {
        return new SpecAmbiguities(chatOrder, historyOrder, inclusive, attachmentsRequireKey);
    }

    public SpecAmbiguities withAttachmentsRequireKey(boolean required) {
        return new SpecAmbiguities(chatOrder, historyOrder, messageIdFromInclusive, required);
    }
}
