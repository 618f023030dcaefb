package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marketchats.api.ApiLimits;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.api.dto.CreateChatResult;

import java.util.List;
import java.util.OptionalLong;

/** sendMessageToChat (the seller writes) and createChat (the seller opens a chat for an order or a return). */
final class MessageOperations {

    private final OperationContext context;

    MessageOperations(OperationContext context) {
        this.context = context;
    }

    /** Appends a PARTNER message; see {@link ChatStatusRules} for the chat's new status. */
    Object sendMessage(OperationRequest request) throws ApiFailure {
        long chatId = request.query().requiredId("chatId");
        ObjectNode body = JsonFields.object(request.body());
        if (JsonFields.absent(body, "message")) {
            throw ApiFailure.badRequest("Missing field 'message'");
        }
        JsonNode message = body.get("message");
        if (!message.isTextual()) {
            throw ApiFailure.badRequest("Field 'message' must be a string");
        }
        String text = message.textValue();
        // JSON Schema counts a string's length in Unicode code points, not UTF-16 units.
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > ApiLimits.MAX_MESSAGE_LENGTH) {
            throw ApiFailure.badRequest("Length of field 'message' must be between 1 and "
                    + ApiLimits.MAX_MESSAGE_LENGTH + " (rejected length: " + length + ")");
        }
        context.requireChat(request.businessId(), chatId);
        context.state().addPartnerMessage(chatId, text, List.of());
        return null;
    }

    /**
     * The existing ordinary chat for the order or return, or a new one in status NEW. An order or
     * return the business does not have is 404: the spec's 404 is "the requested resource is not
     * found", and the order is that resource; the request itself is well-formed, so it is not a 400.
     * The deprecated body {@code {"orderId": N}} is still accepted and read as an ORDER context.
     */
    CreateChatResult createChat(OperationRequest request) throws ApiFailure {
        ObjectNode body = JsonFields.object(request.body());
        Long orderId = JsonFields.optionalLong(body, "orderId", "orderId", 1);
        ChatContext chatContext = JsonFields.absent(body, "context") ? null
                : JsonFields.context(body.get("context"), "context");
        if (chatContext == null && orderId == null) {
            throw ApiFailure.badRequest("Missing field 'context'");
        }
        if (chatContext == null) {
            chatContext = ChatContext.order(orderId);
        } else if (orderId != null
                && (chatContext.type() != ChatContextIdentifiableType.ORDER || chatContext.id() != orderId)) {
            throw ApiFailure.badRequest("Fields 'orderId' and 'context' name different orders; send only 'context'");
        }
        OptionalLong chatId = context.state().findOrOpenChat(request.businessId(), chatContext);
        if (chatId.isEmpty()) {
            String what = chatContext.type() == ChatContextIdentifiableType.ORDER ? "Order " : "Return ";
            throw ApiFailure.notFound(what + chatContext.id() + " not found");
        }
        return new CreateChatResult(chatId.getAsLong());
    }
}
