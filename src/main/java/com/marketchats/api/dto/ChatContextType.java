package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a chat is about, as returned and filtered (spec: ChatContextType). */
public enum ChatContextType {
    ORDER,
    RETURN,
    DIRECT,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
