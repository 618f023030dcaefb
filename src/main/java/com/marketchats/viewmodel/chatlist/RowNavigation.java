package com.marketchats.viewmodel.chatlist;

import java.util.List;
import java.util.Optional;

/** Where keyboard navigation goes from the selected row (rows matched by chat id, since reloads replace them). */
final class RowNavigation {

    private RowNavigation() {
    }

    /**
     * The row {@code step} rows away from {@code current}, stopping at either end; from no selection (or
     * one the rows do not hold) the first row going down and the last going up.
     */
    static Optional<ChatListItem> move(List<ChatListItem> rows, ChatListItem current, int step) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int index = indexOf(rows, current);
        int target = index < 0 ? (step > 0 ? 0 : rows.size() - 1)
                : Math.max(0, Math.min(rows.size() - 1, index + step));
        return Optional.of(rows.get(target));
    }

    /** The next row after {@code current} that needs a reply, wrapping around; {@code current} itself last. */
    static Optional<ChatListItem> nextNeedingReply(List<ChatListItem> rows, ChatListItem current) {
        int start = indexOf(rows, current);
        for (int step = 1; step <= rows.size(); step++) {
            ChatListItem candidate = rows.get(Math.floorMod(start + step, rows.size()));
            if (candidate.needsReply()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<ChatListItem> find(List<ChatListItem> rows, long chatId) {
        return rows.stream().filter(row -> row.chatId() == chatId).findFirst();
    }

    private static int indexOf(List<ChatListItem> rows, ChatListItem item) {
        if (item != null) {
            for (int index = 0; index < rows.size(); index++) {
                if (rows.get(index).chatId() == item.chatId()) {
                    return index;
                }
            }
        }
        return -1;
    }
}
