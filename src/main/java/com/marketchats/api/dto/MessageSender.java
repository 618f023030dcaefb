package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who wrote a message (spec: ChatMessageSenderType). */
public enum MessageSender {
    PARTNER,
    CUSTOMER,
    MARKET,
    SUPPORT,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
