package com.marketchats.api.dto;

/**
 * The API's enum values as the strings it sent. The DTOs keep those strings, so that a value this client
 * does not know yet (the API may add one at any time) travels unchanged to the store and to the screen,
 * and ask this class for the enum constant when they need to decide something.
 */
public final class ApiEnumNames {

    private ApiEnumNames() {
    }

    /** The constant named {@code name}; {@code UNKNOWN} for a name this client does not know; null for null. */
    public static <E extends Enum<E>> E constantOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return Enum.valueOf(type, "UNKNOWN");
        }
    }

    /** The string the API uses for a constant; null for null. */
    public static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Whether {@code name} is one this client has no constant (and so no text) for. */
    public static <E extends Enum<E>> boolean isUnknown(Class<E> type, String name) {
        return name != null && constantOf(type, name).name().equals("UNKNOWN");
    }
}
