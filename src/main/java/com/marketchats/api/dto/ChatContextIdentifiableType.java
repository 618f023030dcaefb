package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a chat can be opened for by the seller (spec: ChatContextIdentifiableType). */
public enum ChatContextIdentifiableType {
    ORDER,
    RETURN,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
