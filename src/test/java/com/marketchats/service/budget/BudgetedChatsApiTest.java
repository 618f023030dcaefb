package com.marketchats.service.budget;

import com.marketchats.testing.TestClock;
import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.UploadProgressListener;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.marketchats.api.ApiOperation.GET_CHAT;
import static com.marketchats.api.ApiOperation.GET_CHATS;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;
import static com.marketchats.service.budget.Budgets.answer;
import static com.marketchats.service.budget.Budgets.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The decorator: one permit around every call, writes as sends, one permit per page. */
class BudgetedChatsApiTest {

    private final TestClock clock = new TestClock();
    private final RequestBudget budget = Budgets.on(clock).build();
    private final FakeClient client = new FakeClient();
    private final BudgetedChatsApi api = new BudgetedChatsApi(client, budget, Priority.FOREGROUND);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void everyCallHoldsOnePermitOfItsMethod() {
        api.getChat(7);
        api.sendMessage(7, "Здравствуйте!");
        api.getChatMessage(7, 9);
        api.createChat(null);

        assertThat(client.calls).extracting(Call::operation).containsExactly(ApiOperation.GET_CHAT,
                ApiOperation.SEND_MESSAGE_TO_CHAT, ApiOperation.GET_CHAT_MESSAGE, ApiOperation.CREATE_CHAT);
        assertThat(client.calls).allSatisfy(call -> {
            assertThat(call.inFlightOfMethod()).isEqualTo(1);
            assertThat(call.inFlight()).isEqualTo(1);
        });
        assertThat(budget.state().inFlight()).isZero();
        assertThat(budget.state().method(GET_CHAT).remaining()).isEqualTo(999);
    }

    @Test
    void getAllChatsTakesOnePermitPerPageAndFollowsTheTokens() {
        client.chatPages.put(null, page(List.of(1L, 2L), "t1"));
        client.chatPages.put("t1", page(List.of(3L), "t2"));
        client.chatPages.put("t2", page(List.of(4L), null));

        List<ChatInfo> chats = api.getAllChats(GetChatsRequest.ALL);

        assertThat(chats).extracting(ChatInfo::chatId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(client.calls).hasSize(3).allSatisfy(call -> assertThat(call.inFlight()).isEqualTo(1));
        assertThat(client.pageLimits).containsOnly(20);
        assertThat(budget.state().method(GET_CHATS).remaining()).isEqualTo(4_997);
    }

    @Test
    void aRepeatedPageTokenStopsPaging() {
        client.chatPages.put(null, page(List.of(1L), "again"));
        client.chatPages.put("again", page(List.of(2L), "again"));

        assertThatThrownBy(() -> api.getAllChats(GetChatsRequest.ALL))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.UNEXPECTED));
        assertThat(client.calls).hasSize(2);
    }

    @Test
    void getAllHistoryPagesWithTheLargestLimit() {
        api.getAllHistory(7, 100L);

        assertThat(client.calls).extracting(Call::operation).containsExactly(ApiOperation.GET_CHAT_HISTORY);
        assertThat(client.pageLimits).containsExactly(100);
    }

    @Test
    void inputRefusedBeforeSendingCostsNothing() {
        assertThatThrownBy(() -> api.sendMessage(7, ""))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.INVALID_INPUT));

        assertThat(budget.state().method(SEND_MESSAGE_TO_CHAT).remaining()).isEqualTo(1_000);
        assertThat(budget.state().inFlight()).isZero();
    }

    @Test
    void writesGoAsSendsEvenFromABackgroundView() throws Exception {
        BudgetedChatsApi background = api.withPriority(Priority.BACKGROUND);
        for (ApiOperation operation : List.of(GET_CHAT, SEND_MESSAGE_TO_CHAT)) {
            try (Permit permit = take(budget, operation, Priority.FOREGROUND)) {
                answer(budget, operation, 200, 50L, clock.instant().plus(Duration.ofMinutes(30)));
            }
        }

        background.sendMessage(7, "Заказ передан в доставку");
        Future<ChatInfo> backgroundRead = threads.submit(() -> background.getChat(7));
        await().until(() -> budget.state().method(GET_CHAT).queued() == 1);
        api.getChat(7);

        assertThat(background.priority()).isEqualTo(Priority.BACKGROUND);
        assertThat(api.withPriority(Priority.FOREGROUND)).isSameAs(api);
        assertThat(backgroundRead).as("50 left is within the reserve").isNotDone();
    }

    @Test
    void anInterruptedWaitIsANetworkFailureThatSentNothing() throws Exception {
        try (Permit permit = take(budget, GET_CHAT, Priority.FOREGROUND)) {
            answer(budget, GET_CHAT, 420, 0L, clock.instant().plus(Duration.ofMinutes(30)));
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Boolean> stillInterrupted = new CopyOnWriteArrayList<>();
        Future<?> waiting = threads.submit(() -> {
            try {
                api.getChat(7);
            } catch (ApiException e) {
                failures.add(e);
                stillInterrupted.add(Thread.currentThread().isInterrupted());
            }
        });
        await().until(() -> budget.state().method(GET_CHAT).queued() == 1);

        waiting.cancel(true);

        await().until(() -> !failures.isEmpty());
        assertThat(failures.get(0)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
            assertThat(e.outcomeUncertain()).isFalse();
        });
        assertThat(stillInterrupted).containsExactly(true);
        assertThat(client.calls).isEmpty();
    }

    private static ChatsPage page(List<Long> ids, String next) {
        List<ChatInfo> chats = new ArrayList<>();
        for (long id : ids) {
            chats.add(new ChatInfo(id, null, null, (String) null, null, null, null));
        }
        return new ChatsPage(chats, new Paging(next));
    }

    /** What the fake client saw while it was being called. */
    record Call(ApiOperation operation, int inFlight, int inFlightOfMethod) {
    }

    /** Answers from maps and records, for every call, how many permits the budget had out. */
    private final class FakeClient implements ChatsApi {

        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<Integer> pageLimits = new CopyOnWriteArrayList<>();
        final Map<String, ChatsPage> chatPages = new HashMap<>();

        private void record(ApiOperation operation) {
            BudgetState state = budget.state();
            calls.add(new Call(operation, state.inFlight(), state.method(operation).inFlight()));
        }

        @Override
        public long businessId() {
            return 42;
        }

        @Override
        public long createChat(ChatContext context) {
            record(ApiOperation.CREATE_CHAT);
            return 1;
        }

        @Override
        public ChatInfo getChat(long chatId) {
            record(ApiOperation.GET_CHAT);
            return new ChatInfo(chatId, null, null, (String) null, null, null, null);
        }

        @Override
        public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
            record(ApiOperation.GET_CHATS);
            pageLimits.add(limit);
            return chatPages.get(pageToken);
        }

        @Override
        public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
            record(ApiOperation.GET_CHAT_HISTORY);
            pageLimits.add(limit);
            return new ChatHistoryPage(null, null, List.of(), Paging.LAST);
        }

        @Override
        public ChatMessage getChatMessage(long chatId, long messageId) {
            record(ApiOperation.GET_CHAT_MESSAGE);
            return new ChatMessage(messageId, null, (String) null, "text", null);
        }

        @Override
        public void sendMessage(long chatId, String text) {
            if (text.isEmpty()) {
                throw ApiException.invalidInput(ApiOperation.SEND_MESSAGE_TO_CHAT,
                        ApiException.InputProblem.MESSAGE_EMPTY, "empty");
            }
            record(ApiOperation.SEND_MESSAGE_TO_CHAT);
        }

        @Override
        public void sendFile(long chatId, Path file, UploadProgressListener progress) {
            record(ApiOperation.SEND_FILE_TO_CHAT);
        }

        @Override
        public List<ChatInfo> getAllChats(GetChatsRequest filter) {
            throw new AssertionError("the decorator pages by itself");
        }

        @Override
        public List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
            throw new AssertionError("the decorator pages by itself");
        }

        @Override
        public void downloadAttachment(String url, Path target) {
            throw new AssertionError("not used");
        }
    }
}
