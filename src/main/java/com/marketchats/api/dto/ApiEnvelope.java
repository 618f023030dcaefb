package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The envelope of every answer (spec: ApiResponse / ApiErrorResponse). */
public record ApiEnvelope<T>(ApiResponseStatus status, T result,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ApiError> errors) {

    public ApiEnvelope {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static <T> ApiEnvelope<T> ok(T result) {
        return new ApiEnvelope<>(ApiResponseStatus.OK, result, null);
    }

    public static <T> ApiEnvelope<T> error(List<ApiError> errors) {
        return new ApiEnvelope<>(ApiResponseStatus.ERROR, null, errors);
    }
}
