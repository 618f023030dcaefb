package com.marketchats.service.outbox;

import com.marketchats.testing.TestClock;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload progress: kept per item in memory, announced at most ~10 times a second per item. */
class UploadProgressTest extends OutboxFixture {

    private static final long CHAT = 10;

    @Test
    void progressIsAnnouncedAtMostOncePerIntervalPlusTheStartAndTheEnd() {
        TestClock board = new TestClock(Instant.parse("2026-07-01T10:00:00Z"));
        List<Long> announced = new ArrayList<>();
        UploadProgressBoard progress = new UploadProgressBoard(board, Duration.ofMillis(100), announced::add);

        for (int kb = 0; kb <= 64; kb++) {
            progress.update(7, CHAT, kb * 32_768L, 5_000_000);
        }
        assertThat(announced).as("only the first within 100 ms").hasSize(1);

        board.advance(Duration.ofMillis(99));
        progress.update(7, CHAT, 3_000_000, 5_000_000);
        assertThat(announced).hasSize(1);
        board.advance(Duration.ofMillis(1));
        progress.update(7, CHAT, 3_100_000, 5_000_000);
        assertThat(announced).hasSize(2);

        progress.update(7, CHAT, 5_000_000, 5_000_000);
        assertThat(announced).as("the end is always announced").hasSize(3).containsOnly(CHAT);
        assertThat(progress.get(7)).contains(new UploadProgress(7, 5_000_000, 5_000_000));
    }

    @Test
    void eachItemIsThrottledOnItsOwn() {
        TestClock board = new TestClock(Instant.parse("2026-07-01T10:00:00Z"));
        List<Long> announced = new ArrayList<>();
        UploadProgressBoard progress = new UploadProgressBoard(board, Duration.ofMillis(100), announced::add);

        progress.update(1, 10, 100, 1_000);
        progress.update(2, 20, 100, 1_000);
        progress.update(1, 10, 200, 1_000);

        assertThat(announced).containsExactly(10L, 20L);
    }

    @Test
    void theUiSeesTheProgressOfAFileBeingSentAndItIsGoneOnceSent() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        api.script(CHAT, call -> {
            call.progress(0);
            call.progress(call.total() / 2);
            halfway.countDown();
            goOn.await();
            call.commit();
        });
        OutboxItem upload = outbox.sendFile(CHAT, file("invoice.pdf", 1_000_000));
        halfway.await();

        UploadProgress half = outbox.progress(upload.id()).orElseThrow();
        assertThat(half.totalBytes()).isEqualTo(1_000_200);
        assertThat(half.bytesSent()).isEqualTo(500_100);
        assertThat(half.fraction()).isEqualTo(0.5);
        assertThat(outbox.items(CHAT)).singleElement()
                .satisfies(entry -> assertThat(entry.progress()).contains(half));
        eventually().until(() -> outboxEventsFor(CHAT) >= 2);

        goOn.countDown();

        awaitState(upload, OutboxState.SENT);
        eventually().until(() -> outbox.progress(upload.id()).isEmpty());
    }
}
