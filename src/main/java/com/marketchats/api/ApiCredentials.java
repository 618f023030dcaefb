package com.marketchats.api;

import java.util.Objects;

/**
 * The secret the API is called with: an Api-Key token (preferred by the API) or a legacy OAuth token.
 * The secret never leaves this object except as the request header: {@link #toString()} masks it and
 * {@link #redact(String)} scrubs it from any text the client builds from server or JDK messages.
 */
public final class ApiCredentials {

    /** How the token is presented to the API. */
    public enum Scheme {
        /** Header {@code Api-Key: <token>}. */
        API_KEY,
        /** Header {@code Authorization: Bearer <token>} (OAuth, called outdated by the docs). */
        OAUTH
    }

    private static final String MASK = "****";
    /** Below this length even the last four characters would reveal too large a part of the secret. */
    private static final int MIN_LENGTH_TO_SHOW_TAIL = 16;

    private final Scheme scheme;
    private final String token;

    private ApiCredentials(Scheme scheme, String token) {
        this.scheme = scheme;
        this.token = checkToken(token);
    }

    /** An Api-Key token, e.g. {@code ACMA:…:151c0664}, sent as-is without any prefix. */
    public static ApiCredentials apiKey(String token) {
        return new ApiCredentials(Scheme.API_KEY, token);
    }

    /** A legacy OAuth token with scope {@code market:partner-api}. */
    public static ApiCredentials oauth(String token) {
        return new ApiCredentials(Scheme.OAUTH, token);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** Name of the header that carries the secret. */
    String headerName() {
        return scheme == Scheme.API_KEY ? "Api-Key" : "Authorization";
    }

    /** Value of the header that carries the secret. */
    String headerValue() {
        return scheme == Scheme.API_KEY ? token : "Bearer " + token;
    }

    /** {@code text} with every occurrence of the secret replaced by a mask; null stays null. */
    String redact(String text) {
        return text == null ? null : text.replace(token, MASK);
    }

    /** Shows the scheme and at most the last four characters, e.g. {@code ApiCredentials[API_KEY, ****0664]}. */
    @Override
    public String toString() {
        String shown = token.length() >= MIN_LENGTH_TO_SHOW_TAIL
                ? MASK + token.substring(token.length() - 4)
                : MASK;
        return "ApiCredentials[" + scheme + ", " + shown + "]";
    }

    private static String checkToken(String token) {
        Objects.requireNonNull(token, "token");
        String trimmed = token.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API token is empty");
        }
        // Refused here, without echoing the value: the JDK's own header check would put it in its message.
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x20 || c == 0x7f || c > 0x7e) {
                throw new IllegalArgumentException(
                        "The API token contains a character that cannot be sent in an HTTP header (position " + i + ")");
            }
        }
        return trimmed;
    }
}
