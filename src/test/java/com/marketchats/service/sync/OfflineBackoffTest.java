package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline and back, on time the test moves, with the default retry policy and no jitter. */
class OfflineBackoffTest extends ManualEngineFixture {

    @BeforeEach
    void synced() {
        api.addChat(1, ChatStatus.WAITING_FOR_CUSTOMER, 1);
        start();
        eventLog.clear();
    }

    private static ApiException refused(ApiOperation operation) {
        return ApiException.network(operation, false, "Connection refused", null);
    }

    private static ApiException serverError(ApiOperation operation) {
        return ApiException.errorAnswer(operation, 500, List.of(), RateLimitInfo.NONE, null);
    }

    private Connectivity connectivity() {
        return engine.status().connectivity();
    }

    @Test
    void aRefusedConnectionIsOfflineAtOnceAndTheWaitsDoubleUpToFiveMinutes() {
        api.failWith(OfflineBackoffTest::refused);
        advance(Duration.ofSeconds(10));
        assertThat(connectivity()).isEqualTo(Connectivity.OFFLINE);

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant retryAt = engine.status().offlineRetryAt();
            waits.add(Duration.between(time.now(), retryAt));
            advance(Duration.between(time.now(), retryAt));
        }

        assertThat(waits).extracting(Duration::getSeconds).containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 300L, 300L);
        assertThat(eventLog.connectivity()).containsExactly(Connectivity.OFFLINE);
    }

    @Test
    void serverErrorsAreRetriedAndOnlyARunOfThreeIsOffline() {
        api.failWith(OfflineBackoffTest::serverError);

        advance(Duration.ofSeconds(10));
        assertThat(connectivity()).isEqualTo(Connectivity.ONLINE);
        advance(Duration.ofSeconds(1));
        assertThat(connectivity()).isEqualTo(Connectivity.ONLINE);
        advance(Duration.ofSeconds(2));

        assertThat(connectivity()).isEqualTo(Connectivity.OFFLINE);
        assertThat(api.calls(ApiOperation.GET_CHATS)).as("first sync, then three tries").isEqualTo(1 + 3);
    }

    @Test
    void itComesBackByItselfWithWhatItMissed() {
        api.failWith(OfflineBackoffTest::refused);
        advance(Duration.ofSeconds(10));
        api.heal();
        api.addMessage(1, MessageSender.CUSTOMER, 30);

        advance(Duration.ofSeconds(5));

        assertThat(connectivity()).isEqualTo(Connectivity.ONLINE);
        assertThat(engine.status().offlineRetryAt()).isNull();
        assertThat(store.messages().page(1, null, 10)).hasSize(2);
        assertThat(eventLog.connectivity()).containsExactly(Connectivity.OFFLINE, Connectivity.ONLINE);
    }

    @Test
    void aRefreshWhileOfflineTriesAtOnce() {
        api.failWith(OfflineBackoffTest::refused);
        advance(Duration.ofSeconds(10));
        api.heal();

        engine.refreshNow();
        time.runDue();

        assertThat(connectivity()).isEqualTo(Connectivity.ONLINE);
    }

    @Test
    void rateLimitsAreNotOffline() {
        api.failWith(operation -> ApiException.errorAnswer(operation, 420, List.of(), RateLimitInfo.NONE, null));
        advance(Duration.ofSeconds(10));
        api.heal();
        advance(Duration.ofSeconds(30));

        assertThat(eventLog.connectivity()).isEmpty();
        assertThat(engine.status().lastSuccessfulSync()).isAfter(time.now().minusSeconds(11));
    }

    @Test
    void aRefusedKeyStopsPollingUntilResume() {
        api.failWith(operation -> ApiException.errorAnswer(operation, 403, List.of(), RateLimitInfo.NONE, null));
        advance(Duration.ofSeconds(10));
        assertThat(engine.status().authProblem()).isEqualTo(ApiException.Kind.FORBIDDEN);
        int calls = api.calls(ApiOperation.GET_CHATS);

        advance(Duration.ofHours(1));
        assertThat(api.calls(ApiOperation.GET_CHATS)).isEqualTo(calls);
        assertThat(time.nextDue()).as("nothing is scheduled").isNull();

        api.heal();
        engine.resume();
        time.runDue();
        assertThat(engine.status().hasAuthProblem()).isFalse();
        int resumed = api.calls(ApiOperation.GET_CHATS);
        assertThat(resumed).as("the refused pass goes again (and the sweep now due)").isGreaterThan(calls);
        advance(Duration.ofSeconds(10));
        assertThat(api.calls(ApiOperation.GET_CHATS)).as("and polling goes on").isEqualTo(resumed + 1);
    }
}
