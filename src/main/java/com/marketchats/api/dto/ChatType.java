package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Kind of chat (spec: ChatType). */
public enum ChatType {
    CHAT,
    ARBITRAGE,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
