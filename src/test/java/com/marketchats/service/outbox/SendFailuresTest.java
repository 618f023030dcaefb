package com.marketchats.service.outbox;

import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.marketchats.service.outbox.ScriptedChatsApi.commitThenFail;
import static com.marketchats.service.outbox.ScriptedChatsApi.fail;
import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of failure does to an item (on a clock that moves only when the test moves it). */
class SendFailuresTest extends OutboxFixture {

    private static final long CHAT = 10;
    private static final long OTHER_CHAT = 20;

    @ParameterizedTest(name = "{0} → FAILED {1}")
    @CsvSource({
            "400, BAD_REQUEST, Length of field 'message' must be between 1 and 4096",
            "403, FORBIDDEN, Token does not have any of the scopes to access the API method",
            "404, NOT_FOUND, Chat 10 not found"})
    void aClientErrorFailsTheItemWithTheApisWordsAndIsNotRetried(int status, String code, String apiMessage) {
        api.script(CHAT, fail(Failures.status(status, code, apiMessage)));

        OutboxItem failed = awaitState(outbox.sendText(CHAT, "Добрый день"), OutboxState.FAILED);
        advance(Duration.ofHours(1));

        assertThat(failed.lastErrorKind()).isEqualTo(code);
        assertThat(failed.lastErrorMessage()).isEqualTo(code + ": " + apiMessage);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(api.sendCalls()).isEqualTo(1);
        assertThat(item(failed.id()).state()).isEqualTo(OutboxState.FAILED);
    }

    @Test
    void inputTheClientRefusesFailsTheItem() {
        api.script(CHAT, fail(Failures.invalidInput(InputProblem.MESSAGE_TOO_LONG)));

        OutboxItem failed = awaitState(outbox.sendText(CHAT, "Текст"), OutboxState.FAILED);

        assertThat(failed.lastErrorKind()).isEqualTo(FailureCode.INVALID_INPUT.name());
        assertThat(failed.lastErrorMessage()).startsWith("MESSAGE_TOO_LONG");
    }

    @Test
    void aRefusedTokenFailsTheItemAndPausesEverythingUntilTheCredentialsChange() {
        api.script(CHAT, fail(Failures.status(401, "UNAUTHORIZED", "Api-Key token is revoked")));

        OutboxItem refused = awaitState(outbox.sendText(CHAT, "Первое"), OutboxState.FAILED);
        OutboxItem waiting = outbox.sendText(OTHER_CHAT, "Второе");

        assertThat(refused.lastErrorKind()).isEqualTo(FailureCode.UNAUTHORIZED.name());
        assertThat(sender.state()).isEqualTo(SenderState.PAUSED_UNAUTHORIZED);
        eventually().during(Duration.ofMillis(200)).until(() -> item(waiting.id()).state() == OutboxState.QUEUED);

        sender.credentialsChanged();

        awaitState(refused, OutboxState.SENT);
        awaitState(waiting, OutboxState.SENT);
        assertThat(sender.state()).isEqualTo(SenderState.RUNNING);
    }

    @Test
    void a420WaitsForTheEndOfTheWindow() {
        Instant until = START.plus(Duration.ofMinutes(17));
        api.script(CHAT, fail(Failures.rateLimited(0, until)));

        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> item(item.id()).lastErrorKind() != null);

        OutboxItem waiting = item(item.id());
        assertThat(waiting.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(waiting.lastErrorKind()).isEqualTo(FailureCode.RATE_LIMITED.name());
        assertThat(waiting.nextAttemptAt()).as("past the whole second Until names")
                .isEqualTo(until.plus(RateLimitInfo.UNTIL_MARGIN));

        advance(Duration.ofMinutes(17));
        eventually().during(Duration.ofMillis(100)).until(() -> api.sendCalls() == 1);
        advance(RateLimitInfo.UNTIL_MARGIN);
        awaitState(item, OutboxState.SENT);
    }

    @Test
    void a420ForTheParallelLimitBacksOffBriefly() {
        api.script(CHAT, fail(Failures.rateLimited(412, START.plus(Duration.ofMinutes(40)))));

        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> item(item.id()).lastErrorKind() != null);

        assertThat(item(item.id()).nextAttemptAt()).isEqualTo(START.plus(BASE));
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        api.script(CHAT, fail(Failures.status(500, "INTERNAL_ERROR", "Internal error")),
                fail(Failures.status(503, "UNAVAILABLE", "Overloaded")));

        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> api.sendCalls() == 1 && item(item.id()).state() == OutboxState.QUEUED);
        assertThat(item(item.id()).nextAttemptAt()).isEqualTo(START.plusSeconds(2));
        assertThat(item(item.id()).lastErrorKind()).isEqualTo(FailureCode.SERVER_ERROR.name());

        advance(Duration.ofSeconds(2));
        eventually().until(() -> api.sendCalls() == 2 && item(item.id()).state() == OutboxState.QUEUED);
        assertThat(item(item.id()).nextAttemptAt()).isEqualTo(START.plusSeconds(2 + 4));

        advance(Duration.ofSeconds(4));
        OutboxItem sent = awaitState(item, OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(api.arrived(CHAT)).containsExactly("Добрый день");
    }

    @Test
    void aRequestThatNeverLeftIsRetriedAtOnceWhenTheNetworkComesBack() {
        api.script(CHAT, fail(Failures.network(false)));

        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> item(item.id()).lastErrorKind() != null);
        assertThat(item(item.id()).lastErrorKind()).isEqualTo(FailureCode.NETWORK.name());
        assertThat(item(item.id()).state()).isEqualTo(OutboxState.QUEUED);

        sender.networkRestored();

        awaitState(item, OutboxState.SENT);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void aSendThatArrivedWithoutAnAnswerIsFoundInTheHistoryAndNotSentAgain() {
        api.script(CHAT, commitThenFail(Failures.network(true)));

        OutboxItem sent = awaitState(outbox.sendText(CHAT, "Посылка в пути"), OutboxState.SENT);

        assertThat(sent.serverMessageId()).isEqualTo(api.history(CHAT).get(0).messageId());
        assertThat(api.sendCalls()).isEqualTo(1);
        assertThat(api.arrived(CHAT)).containsExactly("Посылка в пути");
        assertThat(store.messages().lastMessageId(CHAT)).hasValue(sent.serverMessageId());
        eventually().until(() -> batches.stream().anyMatch(batch -> batch.messagesChanged().contains(CHAT)));
    }

    @Test
    void anUnreadableSuccessIsReconciledToo() {
        api.script(CHAT, commitThenFail(Failures.unreadableAnswer()));

        OutboxItem sent = awaitState(outbox.sendText(CHAT, "Спасибо"), OutboxState.SENT);

        assertThat(sent.serverMessageId()).isNotNull();
        assertThat(api.sendCalls()).isEqualTo(1);
    }

    @Test
    void aSendThatDidNotArriveIsCheckedAgainAfterTheSettleDelayAndThenSentOnce() {
        api.script(CHAT, fail(Failures.network(true)));

        OutboxItem item = outbox.sendText(CHAT, "Посылка в пути");
        eventually().until(() -> item(item.id()).lastErrorKind() != null);
        OutboxItem waiting = item(item.id());
        assertThat(waiting.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(waiting.lastErrorKind()).isEqualTo(FailureCode.UNCERTAIN.name());
        assertThat(waiting.nextAttemptAt()).isEqualTo(START.plus(SETTLE));
        int historyReadsAfterFailure = api.historyCalls();
        assertThat(historyReadsAfterFailure).isEqualTo(1);

        advance(SETTLE);

        awaitState(item, OutboxState.SENT);
        assertThat(api.historyCalls()).as("looked again before sending").isEqualTo(2);
        assertThat(api.sendCalls()).isEqualTo(2);
        assertThat(api.arrived(CHAT)).containsExactly("Посылка в пути");
    }

    @Test
    void aHistoryThatCannotBeReadLeavesTheItemQueuedNotSentAgain() {
        api.script(CHAT, fail(Failures.network(true)));
        api.failNextHistoryRead(Failures.status(500, "INTERNAL_ERROR", "Internal error"));
        api.failNextHistoryRead(Failures.network(false));

        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        eventually().until(() -> item(item.id()).lastErrorKind() != null);
        advance(SETTLE);
        eventually().until(() -> api.historyCalls() == 2 && item(item.id()).state() == OutboxState.QUEUED);

        assertThat(api.sendCalls()).isEqualTo(1);
        assertThat(item(item.id()).lastErrorKind()).isEqualTo(FailureCode.NETWORK.name());
        advance(Duration.ofMinutes(1));
        awaitState(item, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("Добрый день");
    }

    @Test
    void retryableFailuresNeverGiveUpAndTheItemSaysItIsStillTrying() {
        for (int i = 0; i < 9; i++) {
            api.script(CHAT, fail(Failures.status(500, "INTERNAL_ERROR", "Internal error")));
        }
        OutboxItem item = outbox.sendText(CHAT, "Добрый день");

        for (int attempt = 1; attempt <= 9; attempt++) {
            int calls = attempt;
            eventually().until(() -> api.sendCalls() == calls && item(item.id()).state() == OutboxState.QUEUED);
            Duration wait = Duration.between(clock.instant(), item(item.id()).nextAttemptAt());
            assertThat(wait).isEqualTo(Backoff.of(BASE, Duration.ofMinutes(5)).nominal(attempt));
            advance(wait);
        }

        OutboxItem sent = awaitState(item, OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(10);
        assertThat(Duration.between(START, clock.instant()))
                .isEqualTo(Duration.ofSeconds(2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 300));
    }

    @Test
    void theUiSeesStillTryingWithTheLastError() {
        for (int i = 0; i < 5; i++) {
            api.script(CHAT, fail(Failures.network(false)));
        }
        OutboxItem item = outbox.sendText(CHAT, "Добрый день");
        for (int attempt = 1; attempt <= 5; attempt++) {
            int calls = attempt;
            eventually().until(() -> api.sendCalls() == calls && item(item.id()).state() == OutboxState.QUEUED);
            if (attempt < 5) {
                assertThat(outbox.items(CHAT).get(0).stillTrying()).isFalse();
                advance(Duration.ofMinutes(5));
            }
        }

        OutboxEntry entry = outbox.items(CHAT).get(0);
        assertThat(entry.stillTrying()).isTrue();
        assertThat(entry.lastFailure()).contains(FailureCode.NETWORK);
        assertThat(entry.item().attempts()).isEqualTo(5);
    }
}
