package com.marketchats.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SandboxMain's command line. */
class SandboxOptionsTest {

    @Test
    void readsEveryFlag() {
        SandboxOptions options = SandboxOptions.parse("--port", "8765", "--hour-seconds", "10", "--no-limits",
                "--large", "100,2000", "--buyers-per-minute", "2.5", "--fail-rate", "0.2", "--slow-ms", "150",
                "--reset-rate", "0.1", "--fail-after-commit-rate", "0.05", "--storm");
        SandboxConfig config = options.config();

        assertThat(options.help()).isFalse();
        assertThat(config.port()).isEqualTo(8765);
        assertThat(config.hourLength()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.limitsEnabled()).isFalse();
        assertThat(config.dataset()).isInstanceOfSatisfying(LargeDataset.class, large -> {
            assertThat(large.chatCount()).isEqualTo(100);
            assertThat(large.messageCount()).isEqualTo(2000);
        });
        assertThat(config.buyerMessagesPerMinute()).isEqualTo(2.5);
        FaultPlan faults = config.faults();
        assertThat(faults.failureRate()).isEqualTo(0.2);
        assertThat(faults.fixedDelay()).isEqualTo(Duration.ofMillis(150));
        assertThat(faults.resetRate()).isEqualTo(0.1);
        assertThat(faults.failAfterCommitRate()).isEqualTo(0.05);
        assertThat(faults.stormEvery()).isPositive();
        assertThat(faults.stormLength()).isPositive();
    }

    @Test
    void noFlagsMeanTheDemoWithRealLimits() {
        SandboxConfig config = SandboxOptions.parse().config();

        assertThat(config.dataset()).isInstanceOf(DemoData.class);
        assertThat(config.limitsEnabled()).isTrue();
        assertThat(config.hourLength()).isEqualTo(Duration.ofHours(1));
        assertThat(config.faults()).isEqualTo(FaultPlan.NONE);
    }

    @Test
    void helpAndBadFlags() {
        assertThat(SandboxOptions.parse("--help").help()).isTrue();
        assertThatThrownBy(() -> SandboxOptions.parse("--fail-rate", "2")).hasMessageContaining("between 0");
        assertThatThrownBy(() -> SandboxOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse("--large", "10")).hasMessageContaining("CHATS,MESSAGES");
        assertThatThrownBy(() -> SandboxOptions.parse("--verbose")).hasMessageContaining("unknown option");
    }
}
