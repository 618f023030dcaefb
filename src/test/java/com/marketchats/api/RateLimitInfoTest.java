package com.marketchats.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The X-RateLimit-Resource-* headers are read when readable and ignored, never fatal, otherwise. */
class RateLimitInfoTest {

    @Test
    void readsAllThreeHeaders() {
        HttpHeaders headers = HttpHeaders.of(Map.of(
                "x-ratelimit-resource-limit", List.of("5000"),
                "X-RateLimit-Resource-Remaining", List.of(" 4321 "),
                "X-RateLimit-Resource-Until", List.of("Wed, 01 Jul 2026 12:00:00 GMT")), (name, value) -> true);

        assertThat(RateLimitInfo.fromHeaders(headers))
                .isEqualTo(new RateLimitInfo(5000L, 4321L, Instant.parse("2026-07-01T12:00:00Z")));
    }

    @Test
    void noHeadersGiveAnEmptyInfo() {
        RateLimitInfo info = RateLimitInfo.fromHeaders(HttpHeaders.of(Map.of(), (name, value) -> true));

        assertThat(info).isEqualTo(RateLimitInfo.NONE);
        assertThat(info.isEmpty()).isTrue();
    }

    @Test
    void theDocsExampleWithItsWrongWeekdayIsRead() {
        assertThat(RateLimitInfo.parseUntil("Thu, 10 Jul 2018 00:42:42 GMT")).isEqualTo(Instant.parse("2018-07-10T00:42:42Z"));
    }

    @Test
    void otherRfc822FormsAreRead() {
        assertThat(RateLimitInfo.parseUntil("10 Jul 2018 00:42:42 GMT")).isEqualTo(Instant.parse("2018-07-10T00:42:42Z"));
        assertThat(RateLimitInfo.parseUntil("Tue, 10 Jul 2018 03:42:42 +0300")).isEqualTo(Instant.parse("2018-07-10T00:42:42Z"));
        assertThat(RateLimitInfo.parseUntil("Tue, 10 Jul 2018 00:42 GMT")).isEqualTo(Instant.parse("2018-07-10T00:42:00Z"));
        assertThat(RateLimitInfo.parseUntil("2018-07-10T03:42:42+03:00")).isEqualTo(Instant.parse("2018-07-10T00:42:42Z"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "Thu, 32 Jul 2018 00:42:42 GMT", "1531183362", "  "})
    void anUnreadableUntilIsNull(String value) {
        assertThat(RateLimitInfo.parseUntil(value)).isNull();
    }

    @Test
    void unreadableCountsAreNullWithoutLosingTheRest() {
        assertThat(RateLimitInfo.parse("many", "", "Wed, 01 Jul 2026 12:00:00 GMT"))
                .isEqualTo(new RateLimitInfo(null, null, Instant.parse("2026-07-01T12:00:00Z")));
    }
}
