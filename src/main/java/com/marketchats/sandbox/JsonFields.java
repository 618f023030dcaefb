package com.marketchats.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marketchats.api.ApiJson;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies and checks their fields against the spec's schemas. The sandbox reads
 * the tree rather than binding to the api DTOs because the DTOs are lenient on purpose (unknown enum
 * values become {@code UNKNOWN}, empty lists become absent), while a server must refuse such input.
 */
final class JsonFields {

    private static final ObjectReader READER =
            ApiJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFields() {
    }

    /** The body as a JSON object: the spec marks every JSON body of the chat methods required. */
    static ObjectNode object(byte[] body) throws ApiFailure {
        if (body.length == 0) {
            throw ApiFailure.badRequest("Request body is missing");
        }
        JsonNode tree;
        try {
            tree = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiFailure.badRequest("Malformed JSON in request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiFailure.badRequest("Malformed JSON in request body");
        }
        if (tree == null || !tree.isObject()) {
            throw ApiFailure.badRequest("Request body must be a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** True when the field is absent or JSON null (the spec's nullable fields). */
    static boolean absent(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull();
    }

    /** An int64 value with a minimum, or null when absent. */
    static Long optionalLong(JsonNode parent, String field, String path, long minimum) throws ApiFailure {
        if (absent(parent, field)) {
            return null;
        }
        return requireLong(parent.get(field), path, minimum);
    }

    static long requireLong(JsonNode node, String path, long minimum) throws ApiFailure {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiFailure.badRequest("Field '" + path + "' must be an int64 integer");
        }
        long value = node.longValue();
        if (value < minimum) {
            throw ApiFailure.badRequest("Value of field '" + path + "' must be at least " + minimum
                    + " (rejected value: " + value + ")");
        }
        return value;
    }

    /**
     * A value of one of the spec's enums. The api enums carry an extra {@code UNKNOWN} for the client's
     * tolerance; it is not a value of the spec, so it is refused like any other unknown one.
     */
    static <E extends Enum<E>> E enumValue(JsonNode node, Class<E> type, String path) throws ApiFailure {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .filter(name -> !name.equals("UNKNOWN")).collect(Collectors.joining(", "));
        if (!node.isTextual()) {
            throw ApiFailure.badRequest("Field '" + path + "' must be one of " + allowed);
        }
        String text = node.textValue();
        if (!text.equals("UNKNOWN")) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
        }
        throw ApiFailure.badRequest("Value '" + text + "' of field '" + path + "' is not one of " + allowed);
    }

    /** A ChatContextDTO: {@code type} ORDER or RETURN and {@code id} ≥ 1, both required. */
    static ChatContext context(JsonNode node, String path) throws ApiFailure {
        if (!node.isObject()) {
            throw ApiFailure.badRequest("Field '" + path + "' must be an object with 'type' and 'id'");
        }
        if (absent(node, "type")) {
            throw ApiFailure.badRequest("Missing field '" + path + ".type'");
        }
        if (absent(node, "id")) {
            throw ApiFailure.badRequest("Missing field '" + path + ".id'");
        }
        ChatContextIdentifiableType type =
                enumValue(node.get("type"), ChatContextIdentifiableType.class, path + ".type");
        return new ChatContext(type, requireLong(node.get("id"), path + ".id", 1));
    }
}
