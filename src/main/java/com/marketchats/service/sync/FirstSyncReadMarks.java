package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.store.ChatSummary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The read marks the first sync of an account sets, so that a new user is not greeted by thousands of
 * "unread" chats while the work that waits stays visible. For each chat whose history is fetched for the
 * first time during the first sync:
 * <ul>
 *   <li>a chat that needs a reply (NEW, WAITING_FOR_PARTNER) is read up to the seller's last message: the
 *       buyer's messages after it, the ones waiting for an answer, stay unread; where the seller never
 *       wrote, nothing is marked and all of it stays unread;</li>
 *   <li>every other chat is read up to its last message.</li>
 * </ul>
 * Messages that arrive after a chat's first fetch are unread as usual.
 */
final class FirstSyncReadMarks {

    private FirstSyncReadMarks() {
    }

    /** @return chat id to the last message id to mark read */
    static Map<Long, Long> marks(List<FetchedHistory> histories, LongFunction<Optional<ChatSummary>> chats) {
        Map<Long, Long> marks = new HashMap<>();
        for (FetchedHistory history : histories) {
            if (!history.firstFetch() || history.messages().isEmpty()) {
                continue;
            }
            boolean needsReply = chats.apply(history.chatId()).map(ChatSummary::needsReply).orElse(false);
            Long upTo = needsReply ? lastFromSeller(history.messages()) : history.upTo();
            if (upTo != null) {
                marks.put(history.chatId(), upTo);
            }
        }
        return marks;
    }

    private static Long lastFromSeller(List<ChatMessage> ascending) {
        for (int i = ascending.size() - 1; i >= 0; i--) {
            if (ascending.get(i).sender() == MessageSender.PARTNER) {
                return ascending.get(i).messageId();
            }
        }
        return null;
    }
}
