package com.marketchats.api.dto;

/** The buyer's public data (spec: ChatCustomerDTO); both fields may be absent. */
public record ChatCustomer(String name, String publicId) {
}
