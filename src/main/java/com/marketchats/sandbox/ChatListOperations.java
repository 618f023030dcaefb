package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.Paging;

import java.util.List;

/** getChats (a filtered page of a business's chats) and getChat (one chat). */
final class ChatListOperations {

    private final OperationContext context;

    ChatListOperations(OperationContext context) {
        this.context = context;
    }

    /**
     * Chats in {@code updatedAt} order (ties by id) in the configured direction, read from the sorted view
     * the state keeps ({@link BusinessData}). The page token holds the last chat's sort key, so the next
     * page starts right after it: a chat that gets a message while a client pages moves past the cursor
     * and shows up on the client's next pass, as with any cursor over a changing list.
     */
    ChatsPage getChats(OperationRequest request) throws ApiFailure {
        int limit = request.query().limit(ApiLimits.DEFAULT_CHATS_PAGE_LIMIT, ApiLimits.MAX_CHATS_PAGE_LIMIT);
        String token = request.query().pageToken();
        long[] cursor = token == null ? null : PageToken.decode(token, PageToken.CHATS, 2);
        ChatFilter filter = ChatFilter.parse(JsonFields.object(request.body()));

        boolean newestFirst = context.ambiguities().chatOrder() == SortOrder.NEWEST_FIRST;
        List<SandboxChat> page = context.state().chatsInUpdateOrder(request.businessId(), newestFirst,
                cursor == null ? null : new BusinessData.UpdateKey(cursor[0], cursor[1]), filter::matches, limit + 1);

        List<ChatInfo> chats = page.stream().limit(limit).map(context.dto()::chatInfo).toList();
        if (page.size() <= limit) {
            return new ChatsPage(chats, Paging.LAST);
        }
        SandboxChat last = page.get(limit - 1);
        return new ChatsPage(chats,
                new Paging(PageToken.encode(PageToken.CHATS, last.updatedAt().toEpochMilli(), last.chatId())));
    }

    ChatInfo getChat(OperationRequest request) throws ApiFailure {
        long chatId = request.query().requiredId("chatId");
        return context.dto().chatInfo(context.requireChat(request.businessId(), chatId));
    }
}
