package com.marketchats.viewmodel.chatlist;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacer with a hand-moved clock and a timer that fires when the test says. */
class ReloadPacerTest {

    private static final long GAP = Duration.ofMillis(500).toNanos();

    private long now = 1_000_000_000L;
    private final List<Long> timerDelays = new ArrayList<>();
    private final List<Runnable> timerTasks = new ArrayList<>();
    private int reads;
    private final ReloadPacer pacer = new ReloadPacer(Duration.ofNanos(GAP), () -> now, (nanos, task) -> {
        timerDelays.add(nanos);
        timerTasks.add(task);
    }, () -> reads++);

    @Test
    void changesDuringAReadBecomeOneReadAfterTheGapNotOneEach() {
        pacer.soon();
        assertThat(reads).as("the first change reads at once").isEqualTo(1);
        for (int change = 0; change < 50; change++) {
            pacer.soon();
        }
        now += 200_000_000L;
        pacer.ended();

        assertThat(reads).as("no read right after the last one").isEqualTo(1);
        assertThat(timerDelays).containsExactly(GAP);
        assertThat(pacer.busy()).isTrue();
        pacer.soon();
        assertThat(timerDelays).as("a change while waiting joins the wait").hasSize(1);

        now += GAP;
        timerTasks.remove(0).run();
        assertThat(reads).as("one read for all 51 changes").isEqualTo(2);
        pacer.ended();
        assertThat(pacer.busy()).isFalse();
    }

    @Test
    void aChangeLongAfterTheLastReadReadsAtOnce() {
        pacer.soon();
        pacer.ended();
        now += GAP + 1;

        pacer.soon();

        assertThat(reads).isEqualTo(2);
        assertThat(timerTasks).isEmpty();
    }

    @Test
    void theTimerWaitsOnlyWhatIsLeftOfTheGap() {
        pacer.soon();
        pacer.ended();
        now += 300_000_000L;

        pacer.soon();

        assertThat(timerDelays).containsExactly(GAP - 300_000_000L);
    }

    @Test
    void aReadTheSellerAsksForIsNotPacedButStillWaitsForTheOneInFlight() {
        pacer.now();
        pacer.now();
        pacer.now();
        assertThat(reads).isEqualTo(1);

        pacer.ended();
        assertThat(reads).as("the newest request right after the read in flight").isEqualTo(2);
        pacer.ended();
        pacer.now();
        assertThat(reads).as("no gap for the seller's own request").isEqualTo(3);
        assertThat(timerTasks).isEmpty();
    }

    @Test
    void aTimerDueWhileTheSellersReadRunsWaitsForIt() {
        pacer.soon();
        pacer.ended();
        pacer.soon();
        pacer.now();
        assertThat(reads).isEqualTo(2);

        timerTasks.remove(0).run();
        assertThat(reads).as("not two reads in flight").isEqualTo(2);
        now += 100_000_000L;
        pacer.ended();
        now += GAP;
        timerTasks.remove(0).run();
        assertThat(reads).isEqualTo(3);
    }
}
