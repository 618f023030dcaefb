package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Envelope status (spec: ApiResponseStatusType). */
public enum ApiResponseStatus {
    OK,
    ERROR,
    /** A value this client does not know yet; the API may add values at any time. */
    @JsonEnumDefaultValue
    UNKNOWN
}
