package com.marketchats.service.outbox;

import com.marketchats.service.events.ChangeEvent;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static com.marketchats.service.outbox.ScriptedChatsApi.await;
import static com.marketchats.service.outbox.ScriptedChatsApi.fail;
import static com.marketchats.service.outbox.ScriptedChatsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start, stop and waking. The sender here never looks at the queue by itself (its recheck interval is
 * an hour), so everything that goes at once proves a wake-up.
 */
class OutboxSenderLifecycleTest extends OutboxFixture {

    private static final long CHAT = 10;

    @Override
    OutboxSettings settings() {
        return super.settings().withRecheckInterval(Duration.ofHours(1));
    }

    @Test
    void anEnqueueAndARetryWakeTheSenderAtOnce() {
        api.script(CHAT, fail(Failures.status(400, "BAD_REQUEST", "Bad request")));

        OutboxItem failed = awaitState(outbox.sendText(CHAT, "Первое"), OutboxState.FAILED);
        outbox.retry(failed.id());

        awaitState(failed, OutboxState.SENT);
    }

    @Test
    void anOnlineEventSendsWhatWaitsForTheNetwork() {
        api.script(CHAT, fail(Failures.network(false)));
        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> FailureCode.NETWORK.name().equals(item(item.id()).lastErrorKind()));

        events.publish(new ChangeEvent.ConnectivityChanged(ChangeEvent.Connectivity.ONLINE));

        awaitState(item, OutboxState.SENT);
    }

    @Test
    void theStateIsAnnouncedToListeners() {
        List<SenderState> seen = new CopyOnWriteArrayList<>();
        sender.addStateListener(seen::add);
        api.script(CHAT, fail(Failures.status(401, "UNAUTHORIZED", "Api-Key token is invalid")));

        awaitState(outbox.sendText(CHAT, "Добрый день"), OutboxState.FAILED);
        sender.credentialsChanged();
        sender.stop();

        assertThat(seen).containsExactly(SenderState.PAUSED_UNAUTHORIZED, SenderState.RUNNING, SenderState.STOPPED);
    }

    @Test
    void aSendCutOffByStopIsQueuedAsInterruptedAndCheckedBeforeItGoesAgain() {
        CountDownLatch never = new CountDownLatch(1);
        api.script(CHAT, await(never, ok()));
        OutboxItem item = awaitState(outbox.sendText(CHAT, "Добрый день"), OutboxState.SENDING);

        sender.stop();

        OutboxItem interrupted = item(item.id());
        assertThat(interrupted.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(interrupted.lastErrorKind()).isEqualTo(FailureCode.INTERRUPTED.name());
        assertThat(interrupted.nextAttemptAt()).isEqualTo(START.plus(SETTLE));
        assertThat(sender.state()).isEqualTo(SenderState.STOPPED);

        sender.start();
        advance(SETTLE);

        awaitState(item, OutboxState.SENT);
        assertThat(api.historyCalls()).as("looked for before going again").isEqualTo(1);
        assertThat(api.arrived(CHAT)).containsExactly("Добрый день");
    }

    @Test
    void startingTwiceOrStoppingTwiceIsHarmless() {
        sender.start();
        sender.stop();
        sender.stop();
        sender.start();

        awaitState(outbox.sendText(CHAT, "Добрый день"), OutboxState.SENT);
    }
}
