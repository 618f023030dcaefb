package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.Paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** getChatHistory (a page of a chat's messages) and getChatMessage (one message). */
final class HistoryOperations {

    private final OperationContext context;

    HistoryOperations(OperationContext context) {
        this.context = context;
    }

    /**
     * Messages from {@code messageIdFrom} (inclusive or not, as configured), in the configured order.
     * The page token holds the chat and the last message id, so a token cannot page another chat.
     * The deprecated top-level {@code orderId} is filled too, as the API still sends it.
     */
    ChatHistoryPage getChatHistory(OperationRequest request) throws ApiFailure {
        long chatId = request.query().requiredId("chatId");
        int limit = request.query().limit(ApiLimits.DEFAULT_HISTORY_PAGE_LIMIT,
                ApiLimits.MAX_HISTORY_PAGE_LIMIT);
        String token = request.query().pageToken();
        long[] cursor = token == null ? null : PageToken.decode(token, PageToken.HISTORY, 2);
        if (cursor != null && cursor[0] != chatId) {
            throw ApiFailure.badRequest("Invalid page token: it was issued for another chat");
        }
        Long from = JsonFields.optionalLong(JsonFields.object(request.body()), "messageIdFrom", "messageIdFrom", 1);
        SandboxChat chat = context.requireChat(request.businessId(), chatId);

        boolean inclusive = context.ambiguities().messageIdFromInclusive();
        boolean newestFirst = context.ambiguities().historyOrder() == SortOrder.NEWEST_FIRST;
        List<SandboxMessage> ordered = new ArrayList<>(context.state().history(chatId));
        if (newestFirst) {
            Collections.reverse(ordered);
        }
        List<SandboxMessage> page = ordered.stream()
                .filter(m -> from == null || (inclusive ? m.messageId() >= from : m.messageId() > from))
                .filter(m -> cursor == null || (newestFirst ? m.messageId() < cursor[1] : m.messageId() > cursor[1]))
                .limit(limit + 1L)
                .toList();

        List<ChatMessage> messages = page.stream().limit(limit).map(context.dto()::message).toList();
        Paging paging = page.size() <= limit ? Paging.LAST
                : new Paging(PageToken.encode(PageToken.HISTORY, chatId, page.get(limit - 1).messageId()));
        return new ChatHistoryPage(chat.context().orderId(), chat.context(), messages, paging);
    }

    ChatMessage getChatMessage(OperationRequest request) throws ApiFailure {
        long chatId = request.query().requiredId("chatId");
        long messageId = request.query().requiredId("messageId");
        context.requireChat(request.businessId(), chatId);
        return context.state().message(chatId, messageId)
                .map(context.dto()::message)
                .orElseThrow(() -> ApiFailure.notFound("Message " + messageId + " not found in chat " + chatId));
    }
}
