package com.marketchats.service.outbox;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.StoredAttachment;
import com.marketchats.store.StoredMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which server message is which outbox item's. A message is an item's when it is the seller's
 * (PARTNER), carries the same content (text: equal as sent, or equal once both are trimmed and line
 * ends are made {@code \n}; file: an attachment of the same name and size), was created at or after the
 * item's creation minus the clock-skew margin, and is not linked to another item already.
 * <p>
 * The items of one chat are sent in order, so their messages are in the same order: items are matched
 * oldest first, each to the first fitting message after the previous item's. Two equal texts in a row
 * therefore take two messages, and one message is never given to two items.
 */
final class MessageMatcher {

    private MessageMatcher() {
    }

    /**
     * @param items    the chat's items that may own a message (SENT but unlinked, and items being
     *                 reconciled), any order
     * @param messages the chat's stored messages, any order
     * @param taken    server message ids linked to other items already
     * @return item id → server message id, for the items found
     */
    static Map<Long, Long> match(List<OutboxItem> items, List<StoredMessage> messages, Set<Long> taken,
                                 Duration clockSkewMargin) {
        List<StoredMessage> candidates = messages.stream()
                .filter(message -> message.sender() == MessageSender.PARTNER)
                .filter(message -> !taken.contains(message.messageId()))
                .sorted(Comparator.comparingLong(StoredMessage::messageId))
                .toList();
        List<OutboxItem> ordered = items.stream().sorted(Comparator.comparingLong(OutboxItem::id)).toList();
        Map<Long, Long> matches = new LinkedHashMap<>();
        long after = Long.MIN_VALUE;
        for (OutboxItem item : ordered) {
            Instant notBefore = item.createdAt() == null ? Instant.MIN : item.createdAt().minus(clockSkewMargin);
            for (StoredMessage message : candidates) {
                if (message.messageId() > after && createdAtOrAfter(message, notBefore) && sameContent(item, message)) {
                    matches.put(item.id(), message.messageId());
                    after = message.messageId();
                    break;
                }
            }
        }
        return matches;
    }

    static boolean sameContent(OutboxItem item, StoredMessage message) {
        if (item.kind() == OutboxKind.TEXT) {
            return sameText(item.text(), message.text());
        }
        for (StoredAttachment attachment : message.attachments()) {
            if (Objects.equals(attachment.name(), item.fileName()) && item.fileSize() != null
                    && attachment.size() == item.fileSize()) {
                return true;
            }
        }
        return false;
    }

    /** Equal as sent, or equal after trimming and turning {@code \r\n} and {@code \r} into {@code \n}. */
    static boolean sameText(String sent, String received) {
        if (sent == null || received == null) {
            return false;
        }
        return sent.equals(received) || normalise(sent).equals(normalise(received));
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** A message without a time cannot be judged too old, so it counts. */
    private static boolean createdAtOrAfter(StoredMessage message, Instant notBefore) {
        return message.createdAt() == null || !message.createdAt().toInstant().isBefore(notBefore);
    }
}
