package com.marketchats.sandbox;

import com.sun.net.httpserver.Headers;

import java.util.Locale;

/**
 * The sandbox's fixed credentials and the API's rules for reading them (docs concepts/api-key,
 * concepts/oauth-2.0, concepts/error-codes#401 and #403). The keys are well known on purpose: the
 * sandbox only ever listens on 127.0.0.1 and holds made-up data.
 */
final class SandboxCredentials {

    /** Scope {@code communication}: every Chats method. */
    static final String DEMO_API_KEY = "ACMA:SandboxDemoKeyScopeCommunication0000:5a4d0b1c";
    /** Scope {@code all-methods:read-only}: reads only; writes get 403. */
    static final String READ_ONLY_API_KEY = "ACMA:SandboxDemoKeyScopeAllMethodsReadOnly:9e3f2a71";
    /** A legacy OAuth token with scope {@code market:partner-api}, sent as {@code Authorization: Bearer …}. */
    static final String DEMO_OAUTH_TOKEN = "y0_SandboxDemoOAuthTokenMarketPartnerApi000000";

    static final String NO_SCOPE_MESSAGE = "Token does not have any of the scopes to access the API method";

    /** What a caller may do. */
    enum Access {
        FULL,
        READ_ONLY
    }

    private SandboxCredentials() {
    }

    /**
     * The caller's access, or the API's 401/403. {@code Api-Key} wins over {@code Authorization} when
     * both are sent.
     */
    static Access authenticate(Headers headers, SandboxKeys keys) throws ApiFailure {
        String apiKey = headers.getFirst("Api-Key");
        if (apiKey != null) {
            return byApiKey(apiKey.trim(), keys);
        }
        String authorization = headers.getFirst("Authorization");
        if (authorization != null) {
            return byAuthorization(authorization.trim());
        }
        throw ApiFailure.unauthorized("Credentials are not specified");
    }

    private static Access byApiKey(String key, SandboxKeys keys) throws ApiFailure {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ") || lower.startsWith("oauth ")) {
            throw ApiFailure.unauthorized("Api-Key token prefix invalid");
        }
        if (keys.isRevoked(key)) {
            throw ApiFailure.unauthorized("Api-Key token is invalid");
        }
        if (keys.isIssued(key)) {
            return Access.FULL;
        }
        if (DEMO_API_KEY.equals(key)) {
            return Access.FULL;
        }
        if (READ_ONLY_API_KEY.equals(key)) {
            return Access.READ_ONLY;
        }
        throw ApiFailure.unauthorized("Api-Key token is invalid");
    }

    private static Access byAuthorization(String authorization) throws ApiFailure {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        if (!scheme.equalsIgnoreCase("Bearer")) {
            throw ApiFailure.unauthorized("Unsupported authorization type specified in Authorization header");
        }
        String token = space < 0 ? "" : authorization.substring(space + 1).trim();
        if (DEMO_OAUTH_TOKEN.equals(token)) {
            return Access.FULL;
        }
        if (DEMO_API_KEY.equals(token) || READ_ONLY_API_KEY.equals(token)) {
            // An Api-Key sent the OAuth way: the API answers as for a key with a prefix.
            throw ApiFailure.unauthorized("Api-Key token prefix invalid");
        }
        // The docs list "OAuth token is invalid" among the 403 messages, not the 401 ones.
        throw ApiFailure.forbidden("OAuth token is invalid");
    }
}
