package com.marketchats.service.outbox;

import com.marketchats.api.ApiException;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoredMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Settles what only the chat's history can tell: whether a send whose answer was lost reached the
 * server, and which server message a SENT item became.
 * <ul>
 *   <li>{@link #reconcile}: before an item goes again after an uncertain attempt, fetches the chat's
 *       history from the store's last known message (getAllHistory with {@code messageIdFrom}; whether
 *       the API includes that message and in which order it lists them is not specified, so the answer
 *       is sorted and de-duplicated by id here), writes it into the store (and announces it), then
 *       looks for the item among the chat's recent messages ({@link MessageMatcher}). Found: SENT and
 *       linked.</li>
 *   <li>{@link #linkSent}: when new history arrives by any road (the sync engine), links the chat's
 *       SENT items to their messages with the same rule, from the store alone, so the conversation
 *       shows each message once.</li>
 * </ul>
 * A linked item's file copy is deleted. Matching and linking run one chat at a time under one lock, so
 * two parties never link one message twice.
 */
final class Reconciler {

    private static final int PAGE_SIZE = 100;
    /** How far back the store is read at most; an item is matched only against messages newer than itself. */
    private static final int MAX_MESSAGES_SCANNED = 2_000;

    private final ChatStore store;
    private final ChatsApi api;
    private final ChangeEvents events;
    private final FileCopies copies;
    private final Duration clockSkewMargin;
    private final ReentrantLock linking = new ReentrantLock();

    Reconciler(ChatStore store, ChatsApi api, ChangeEvents events, FileCopies copies, Duration clockSkewMargin) {
        this.store = store;
        this.api = api;
        this.events = events;
        this.copies = copies;
        this.clockSkewMargin = clockSkewMargin;
    }

    /**
     * Looks for {@code item} (being sent: SENDING) in the chat's history; when found it is SENT and
     * linked. SENT items of the chat found on the way are linked too.
     *
     * @return true when the server has it
     * @throws ApiException when the history cannot be read; the item is left as it was
     */
    boolean reconcile(OutboxItem item) {
        fetchNewHistory(item.chatId());
        return link(item.chatId(), item).containsKey(item.id());
    }

    /**
     * Links the chat's SENT items to the stored messages that are theirs; no request is made.
     *
     * @return how many SENT items of the chat remain unlinked
     */
    int linkSent(long chatId) {
        link(chatId, null);
        return sentUnlinked(chatId).size();
    }

    private void fetchNewHistory(long chatId) {
        OptionalLong last = store.messages().lastMessageId(chatId);
        List<ChatMessage> fetched = api.getAllHistory(chatId, last.isPresent() ? last.getAsLong() : null);
        Map<Long, ChatMessage> byId = new TreeMap<>();
        for (ChatMessage message : fetched) {
            byId.put(message.messageId(), message);
        }
        if (byId.isEmpty()) {
            return;
        }
        store.messages().upsert(chatId, List.copyOf(byId.values()));
        events.publish(new ChangeEvent.MessagesChanged(Set.of(chatId)));
        events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
    }

    private Map<Long, Long> link(long chatId, OutboxItem target) {
        linking.lock();
        try {
            List<OutboxItem> items = new ArrayList<>(sentUnlinked(chatId));
            if (target != null) {
                items.removeIf(item -> item.id() == target.id());
                items.add(target);
            }
            if (items.isEmpty()) {
                return Map.of();
            }
            Instant earliest = items.stream().map(OutboxItem::createdAt).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(Instant.EPOCH).minus(clockSkewMargin);
            Map<Long, Long> matches = MessageMatcher.match(items, recentMessages(chatId, earliest),
                    store.outbox().linkedServerMessageIds(chatId), clockSkewMargin);
            Map<Long, Long> applied = new LinkedHashMap<>();
            for (OutboxItem item : items) {
                Long messageId = matches.get(item.id());
                if (messageId == null) {
                    continue;
                }
                boolean done = target != null && item.id() == target.id()
                        ? store.outbox().markSent(item.id(), messageId)
                        : store.outbox().linkServerMessage(item.id(), messageId);
                if (done) {
                    copies.delete(item);
                    applied.put(item.id(), messageId);
                }
            }
            if (!applied.isEmpty()) {
                events.publish(new ChangeEvent.OutboxChanged(Set.of(chatId)));
            }
            return applied;
        } finally {
            linking.unlock();
        }
    }

    private List<OutboxItem> sentUnlinked(long chatId) {
        return store.outbox().unconfirmedForChat(chatId).stream()
                .filter(item -> item.state() == OutboxState.SENT && item.serverMessageId() == null)
                .toList();
    }

    /** The chat's stored messages back to {@code earliest} (at most a page further), in no particular order. */
    private List<StoredMessage> recentMessages(long chatId, Instant earliest) {
        List<StoredMessage> messages = new ArrayList<>();
        Long before = null;
        while (messages.size() < MAX_MESSAGES_SCANNED) {
            List<StoredMessage> page = store.messages().page(chatId, before, PAGE_SIZE);
            if (page.isEmpty()) {
                break;
            }
            messages.addAll(page);
            StoredMessage oldest = page.get(0);
            if (page.size() < PAGE_SIZE
                    || (oldest.createdAt() != null && oldest.createdAt().toInstant().isBefore(earliest))) {
                break;
            }
            before = oldest.messageId();
        }
        return messages;
    }
}
