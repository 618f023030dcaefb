package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a chat is about, as returned (spec: ChatFullContextDTO). Ids are absent for DIRECT chats. The type
 * is kept as the API sent it (see {@link ApiEnumNames}).
 */
public record ChatFullContext(
        @JsonProperty("type") String typeName,
        ChatCustomer customer,
        Long campaignId,
        Long orderId,
        Long returnId) {

    @JsonCreator
    public ChatFullContext {
    }

    public ChatFullContext(ChatContextType type, ChatCustomer customer, Long campaignId, Long orderId,
            Long returnId) {
        this(ApiEnumNames.nameOf(type), customer, campaignId, orderId, returnId);
    }

    public ChatContextType type() {
        return ApiEnumNames.constantOf(ChatContextType.class, typeName);
    }
}
