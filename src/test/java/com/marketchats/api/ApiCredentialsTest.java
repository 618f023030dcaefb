package com.marketchats.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How each kind of token is presented, masked and checked. */
class ApiCredentialsTest {

    @Test
    void anApiKeyGoesAsItIsInTheApiKeyHeader() {
        ApiCredentials credentials = ApiCredentials.apiKey("  ACMA:abc:151c0664 ");

        assertThat(credentials.scheme()).isEqualTo(ApiCredentials.Scheme.API_KEY);
        assertThat(credentials.headerName()).isEqualTo("Api-Key");
        assertThat(credentials.headerValue()).isEqualTo("ACMA:abc:151c0664");
    }

    @Test
    void anOauthTokenGoesAsBearer() {
        ApiCredentials credentials = ApiCredentials.oauth("y0_token");

        assertThat(credentials.headerName()).isEqualTo("Authorization");
        assertThat(credentials.headerValue()).isEqualTo("Bearer y0_token");
    }

    @Test
    void aShortTokenIsMaskedCompletely() {
        assertThat(ApiCredentials.apiKey("abc12345").toString()).isEqualTo("ApiCredentials[API_KEY, ****]");
    }

    @Test
    void redactReplacesEveryOccurrence() {
        ApiCredentials credentials = ApiCredentials.apiKey("ACMA:secret:0664");

        assertThat(credentials.redact("a ACMA:secret:0664 b ACMA:secret:0664")).isEqualTo("a **** b ****");
        assertThat(credentials.redact(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak", "tab\tinside", "кириллица"})
    void tokensThatCannotBeSentAreRefused(String token) {
        assertThatThrownBy(() -> ApiCredentials.apiKey(token)).isInstanceOf(IllegalArgumentException.class);
    }
}
