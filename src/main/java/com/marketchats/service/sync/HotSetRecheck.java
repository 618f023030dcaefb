package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * After a complete hot pass: a chat the store still holds as needing a reply that the pass did not list
 * has left those statuses (answered from another device, finished, gone to a dispute) or moved while the
 * pass paged. Reads a few of them with getChat so the "needs reply" tab does not wait for the next sweep.
 */
final class HotSetRecheck {

    /** getChat allows 1,000 an hour; a pass rechecks at most this many, the next pass takes the rest. */
    static final int MAX_PER_PASS = 10;
    private static final int STORE_SCAN_LIMIT = 10_000;

    private HotSetRecheck() {
    }

    /** @return how many chats changed in the store */
    static int recheck(ChatsApi api, ChatStore store, ChatPageWriter writer, Set<Long> listed) {
        List<Long> missing = store.chatList()
                .list(new ChatQuery(ChatGroup.NEEDS_REPLY, null, null, null, STORE_SCAN_LIMIT, 0)).stream()
                .map(ChatSummary::chatId)
                .filter(id -> !listed.contains(id))
                .limit(MAX_PER_PASS)
                .toList();
        List<ChatInfo> fresh = new ArrayList<>();
        for (long chatId : missing) {
            try {
                fresh.add(api.getChat(chatId));
            } catch (ApiException e) {
                if (e.kind() != ApiException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return writer.write(fresh);
    }
}
