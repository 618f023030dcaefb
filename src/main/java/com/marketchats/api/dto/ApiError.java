package com.marketchats.api.dto;

/** One entry of an error answer's {@code errors[]} (spec: ApiErrorDTO); {@code code} is free-form. */
public record ApiError(String code, String message) {
}
