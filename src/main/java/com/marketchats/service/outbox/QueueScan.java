package com.marketchats.service.outbox;

import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.OutboxTable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds what may be sent now. Only the oldest unfinished item of a chat (its head) may go, and only
 * when no FAILED item of that chat is older: a chat's messages reach the buyer in the order the seller
 * wrote them, and a failed message holds the ones after it until the seller retries or cancels it.
 * Heads of different chats go oldest first, as many as there are free workers.
 */
final class QueueScan {

    /**
     * @param due     heads to send now, oldest first
     * @param orphans SENDING heads of chats no worker holds: left by a crash or a worker that died
     * @param nextDue when the earliest head not due yet becomes due; null when none waits
     */
    record Result(List<OutboxItem> due, List<OutboxItem> orphans, Instant nextDue) {
    }

    private final OutboxTable table;

    QueueScan(OutboxTable table) {
        this.table = table;
    }

    /**
     * @param busyChats   chats a worker holds now (read before the queue, so a chat absent here truly
     *                    has no send in progress)
     * @param freeWorkers how many heads may be returned as due
     * @param expedited   items due earlier than planned (item id → when), see
     *                    {@link OutboxSender#networkRestored()}; entries of items no longer pending are
     *                    removed
     */
    Result scan(Set<Long> busyChats, int freeWorkers, Instant now, Map<Long, Instant> expedited) {
        Map<Long, OutboxItem> heads = new LinkedHashMap<>();
        List<OutboxItem> pending = table.pending();
        for (OutboxItem item : pending) {
            heads.putIfAbsent(item.chatId(), item);
        }
        if (!expedited.isEmpty()) {
            expedited.keySet().retainAll(pending.stream().map(OutboxItem::id).collect(Collectors.toSet()));
        }
        List<OutboxItem> due = new ArrayList<>();
        List<OutboxItem> orphans = new ArrayList<>();
        Instant nextDue = null;
        for (OutboxItem head : heads.values()) {
            if (busyChats.contains(head.chatId())) {
                continue;
            }
            if (head.state() == OutboxState.SENDING) {
                orphans.add(head);
                continue;
            }
            Instant dueAt = dueAt(head, expedited.get(head.id()));
            if (dueAt.isAfter(now)) {
                nextDue = nextDue == null || dueAt.isBefore(nextDue) ? dueAt : nextDue;
                continue;
            }
            if (due.size() >= freeWorkers) {
                nextDue = now;
                break;
            }
            if (!heldByFailedItem(head)) {
                due.add(head);
            }
        }
        return new Result(due, orphans, nextDue);
    }

    /** True when an older item of the head's chat is FAILED (and neither retried nor cancelled). */
    private boolean heldByFailedItem(OutboxItem head) {
        return table.unconfirmedForChat(head.chatId()).stream()
                .anyMatch(item -> item.state() == OutboxState.FAILED && item.id() < head.id());
    }

    private static Instant dueAt(OutboxItem item, Instant expedited) {
        Instant planned = item.nextAttemptAt() == null ? Instant.MIN : item.nextAttemptAt();
        return expedited != null && expedited.isBefore(planned) ? expedited : planned;
    }

    /**
     * When an item waiting after a failure the network explains may go once the network is back: a
     * network failure or a 5xx at once, an uncertain attempt after its settle delay; null for others.
     */
    static Instant dueWhenNetworkIsBack(OutboxItem item, Instant now, Duration settleDelay) {
        FailureCode code = FailureCode.of(item.lastErrorKind()).orElse(null);
        if (item.state() != OutboxState.QUEUED || code == null) {
            return null;
        }
        return switch (code) {
            case NETWORK, SERVER_ERROR -> now;
            case UNCERTAIN -> item.updatedAt() == null ? now : item.updatedAt().plus(settleDelay);
            default -> null;
        };
    }
}
