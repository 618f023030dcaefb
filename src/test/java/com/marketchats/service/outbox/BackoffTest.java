package com.marketchats.service.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void theNominalWaitDoublesFromTwoSecondsToTheFiveMinuteCap() {
        Backoff backoff = Backoff.defaults();

        assertThat(java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(backoff::nominal).map(Duration::toSeconds))
                .containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
        assertThat(backoff.nominal(1_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.nominal(0)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitterTakesUpToHalfOfTheWaitOff() {
        assertThat(Backoff.defaults().withRandom(() -> 0.0).delay(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.defaults().withRandom(() -> 0.999_999).delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.defaults().withRandom(() -> 0.5).delay(3)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void everyDrawStaysWithinItsBoundsAndTheLowerBoundGrowsUntilTheCap() {
        Random random = new Random(42);
        Backoff backoff = Backoff.defaults().withRandom(random::nextDouble);
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration nominal = backoff.nominal(attempt);
            Duration shortest = Duration.ofMillis(Long.MAX_VALUE);
            Duration longest = Duration.ZERO;
            for (int draw = 0; draw < 500; draw++) {
                Duration delay = backoff.delay(attempt);
                assertThat(delay).isBetween(nominal.dividedBy(2), nominal);
                shortest = delay.compareTo(shortest) < 0 ? delay : shortest;
                longest = delay.compareTo(longest) > 0 ? delay : longest;
            }
            // Spread over the range, not stuck at one end.
            assertThat(longest.minus(shortest)).isGreaterThan(nominal.dividedBy(3));
        }
    }

    @Test
    void testsCanShortenTheWaits() {
        Backoff fast = Backoff.of(Duration.ofMillis(20), Duration.ofMillis(100)).withRandom(() -> 0.0);

        assertThat(fast.delay(1)).isEqualTo(Duration.ofMillis(20));
        assertThat(fast.delay(3)).isEqualTo(Duration.ofMillis(80));
        assertThat(fast.delay(4)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> Backoff.of(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.of(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
