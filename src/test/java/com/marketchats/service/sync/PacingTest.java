package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The polling paces of the default plan, on time the test moves. */
class PacingTest extends ManualEngineFixture {

    @BeforeEach
    void threeChats() {
        api.addChat(1, ChatStatus.WAITING_FOR_PARTNER, 1);
        api.addChat(2, ChatStatus.WAITING_FOR_CUSTOMER, 2);
        api.addChat(3, ChatStatus.FINISHED, 3);
    }

    private int chatCalls() {
        return api.calls(ApiOperation.GET_CHATS);
    }

    @Test
    void theHotStatusesArePolledEvery10SecondsWhileActiveAndEveryMinuteWhenIdle() {
        start();
        assertThat(engine.status().firstSync().done()).isTrue();
        int afterFirstSync = chatCalls();

        advance(Duration.ofSeconds(60));
        assertThat(chatCalls() - afterFirstSync).isEqualTo(6);

        engine.setUserActive(false);
        advance(Duration.ofMinutes(10));
        assertThat(chatCalls() - afterFirstSync).isEqualTo(6 + 10);
        assertThat(api.fullListings()).as("no sweep within 30 idle minutes").isEqualTo(1);
    }

    @Test
    void aSweepOverEveryChatComesEvery15MinutesWhileActive() {
        start();

        advance(Duration.ofMinutes(15));

        assertThat(api.fullListings()).as("the first pass and one sweep").isEqualTo(2);
        assertThat(engine.status().lastFullSync()).isEqualTo(time.now());
    }

    @Test
    void aBudgetRunningLowSlowsPollingDown() {
        start();
        // The server says a fifth of getChats' hour is left: poll four times slower (every 40 s).
        budget.responseListener().onResponse(ApiOperation.GET_CHATS, 200,
                new RateLimitInfo(5_000L, 1_000L, time.now().plus(Duration.ofMinutes(50))));
        int before = chatCalls();

        advance(Duration.ofSeconds(120));

        assertThat(chatCalls() - before).isEqualTo(3);
    }

    @Test
    void theOpenChatIsFetchedAtOnceThenEvery5SecondsActiveAndEveryMinuteIdle() {
        start();
        int before = api.calls(ApiOperation.GET_CHAT_HISTORY);

        engine.setOpenChat(3L);
        time.runDue();
        assertThat(api.calls(ApiOperation.GET_CHAT_HISTORY) - before).isEqualTo(1);

        advance(Duration.ofSeconds(30));
        assertThat(api.calls(ApiOperation.GET_CHAT_HISTORY) - before).isEqualTo(1 + 6);

        engine.setUserActive(false);
        advance(Duration.ofMinutes(3));
        assertThat(api.calls(ApiOperation.GET_CHAT_HISTORY) - before).isEqualTo(1 + 6 + 3);
    }

    @Test
    void onlyChatsWhoseUpdatedAtMovedAreReadAgain() {
        start();
        int before = api.calls(ApiOperation.GET_CHAT_HISTORY);

        api.addMessage(2, MessageSender.CUSTOMER, 10);
        advance(Duration.ofSeconds(10));

        assertThat(api.calls(ApiOperation.GET_CHAT_HISTORY) - before).isEqualTo(1);
        assertThat(store.messages().page(2, null, 10)).hasSize(2);
        assertThat(eventLog.messagesChanged()).contains(2L);
        advance(Duration.ofMinutes(5));
        assertThat(api.calls(ApiOperation.GET_CHAT_HISTORY) - before).isEqualTo(1);
    }

    @Test
    void aRefreshPollsAtOnce() {
        start();
        int before = chatCalls();

        engine.refreshNow();
        time.runDue();

        assertThat(chatCalls() - before).isEqualTo(1);
    }

    @Test
    void aHotPassOfManyPagesIsSpacedToItsShareOfTheLimit() {
        for (int chat = 10; chat < 110; chat++) {
            api.addChat(chat, ChatStatus.WAITING_FOR_PARTNER, chat);
        }
        start();
        int before = chatCalls();

        // 101 chats need a reply: 6 pages a pass, spaced 6 × 3.6 s = 21.6 s apart to stay within 20 %.
        advance(Duration.ofSeconds(65));

        assertThat(chatCalls() - before).isEqualTo(3 * 6);
    }
}
