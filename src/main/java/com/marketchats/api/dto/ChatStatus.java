package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Chat status (spec: ChatStatusType). WAITING_FOR_PARTNER means the seller must answer. */
public enum ChatStatus {
    NEW,
    WAITING_FOR_CUSTOMER,
    WAITING_FOR_PARTNER,
    WAITING_FOR_ARBITER,
    WAITING_FOR_MARKET,
    FINISHED,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
