package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default plan's intervals, and what they cost per hour. */
class PollingPlanTest {

    private static final PollingPlan PLAN = PollingPlan.DEFAULT;
    private static final double GET_CHATS_PER_HOUR = ApiOperation.GET_CHATS.hourlyLimit();

    /** getChats requests an hour of hot polls and sweeps of these sizes. */
    private static double chatRequestsPerHour(boolean active, int hotPages, int sweepPages) {
        double hour = Duration.ofHours(1).toNanos();
        return hour / PLAN.hotInterval(active, hotPages).toNanos() * hotPages
                + hour / PLAN.sweepInterval(active, sweepPages).toNanos() * sweepPages;
    }

    @Test
    void aSmallCabinetIsPolledAtTheBaseIntervals() {
        assertThat(PLAN.hotInterval(true, 1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(PLAN.hotInterval(false, 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PLAN.openChatInterval(true)).isEqualTo(Duration.ofSeconds(5));
        assertThat(PLAN.openChatInterval(false)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PLAN.sweepInterval(true, 10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PLAN.sweepInterval(false, 10)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void tenThousandChatsAreSweptEveryTwoAndAHalfHoursWhenIdle() {
        assertThat(PLAN.sweepInterval(false, 500)).isEqualTo(Duration.ofMinutes(150));
        assertThat(PLAN.sweepInterval(true, 500)).isEqualTo(Duration.ofMinutes(120));
    }

    @ParameterizedTest(name = "hot {0} pages, sweep {1} pages")
    @CsvSource({"1, 1", "1, 10", "1, 500", "5, 50", "151, 500", "500, 500"})
    void idlePollingStaysWithinTenPercentOfGetChatsWhateverTheSizes(int hotPages, int sweepPages) {
        assertThat(chatRequestsPerHour(false, hotPages, sweepPages) / GET_CHATS_PER_HOUR).isLessThanOrEqualTo(0.09);
        assertThat(chatRequestsPerHour(true, hotPages, sweepPages) / GET_CHATS_PER_HOUR).isLessThanOrEqualTo(0.25);
    }

    @Test
    void idleOpenChatPollingIsAFewRequestsAnHour() {
        double perHour = 3600.0 / PLAN.openChatInterval(false).toSeconds();
        assertThat(perHour / ApiOperation.GET_CHAT_HISTORY.hourlyLimit()).isLessThan(0.01);
    }

    @Test
    void aTimeScaledPlanDividesEveryDuration() {
        PollingPlan fast = PLAN.timeScaled(100);

        assertThat(fast.hotActive()).isEqualTo(Duration.ofMillis(100));
        assertThat(fast.sweepIdle()).isEqualTo(Duration.ofSeconds(18));
        assertThat(fast.apiHour()).isEqualTo(Duration.ofSeconds(36));
        assertThat(fast.sweepInterval(false, 500)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new PollingPlan(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 0.1, 0.1, 0.1, 0.1,
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PLAN.timeScaled(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
