package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.UiContext;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The chat list view-model against the demo cabinet, with every executor direct and a hand-moved clock. */
class ChatListViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final long ANNA_ORDER_CHAT = 7_000_001;
    private static final long ANNA_ORDER = 51_234_567_801L;

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    private final TestClock clock = new TestClock(Instant.now());

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    private ChatListViewModel loadedModel() {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, clock));
        model.reload();
        return model;
    }

    @Test
    void everyTabShowsExactlyTheChatsOfItsStatusGroup() {
        ChatListViewModel model = loadedModel();
        List<SandboxChat> sandboxChats = cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId());
        Predicate<SandboxChat> dispute = chat -> chat.type() == ChatType.ARBITRAGE
                || chat.status() == ChatStatus.WAITING_FOR_ARBITER || chat.status() == ChatStatus.WAITING_FOR_MARKET;
        for (ChatGroup group : ChatGroup.values()) {
            Predicate<SandboxChat> member = switch (group) {
                case NEEDS_REPLY -> chat -> EnumSet.of(ChatStatus.NEW, ChatStatus.WAITING_FOR_PARTNER).contains(chat.status());
                case WAITING_FOR_BUYER -> chat -> chat.status() == ChatStatus.WAITING_FOR_CUSTOMER;
                case DISPUTES -> dispute;
                case FINISHED -> chat -> chat.status() == ChatStatus.FINISHED;
                case ALL -> chat -> true;
            };
            Set<Long> expected = sandboxChats.stream().filter(member).map(SandboxChat::chatId).collect(Collectors.toSet());

            model.groupProperty().set(group);

            assertThat(ids(model)).as(group.name()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(model.countsProperty().get().get(group)).as(group + " count").isEqualTo(expected.size());
        }
        assertThat(model.countsProperty().get().all()).isEqualTo(40);
    }

    @Test
    void contextFilterKeepsOnlyChatsAboutThatAndNarrowsTheCounts() {
        ChatListViewModel model = loadedModel();
        int all = model.items().size();

        model.contextFilterProperty().set(ChatContextType.RETURN);

        assertThat(model.items()).isNotEmpty().allMatch(item -> item.summary().contextType() == ChatContextType.RETURN)
                .allMatch(item -> item.subject().startsWith("Возврат "));
        assertThat(model.items().size()).isLessThan(all);
        assertThat(model.countsProperty().get().all()).isEqualTo(model.items().size());
        model.contextFilterProperty().set(ChatContextType.DIRECT);
        assertThat(model.items()).isNotEmpty().allMatch(item -> item.subject().equals("Вопрос о товаре"));
        assertThat(model.filtersActiveProperty().get()).isTrue();
    }

    @Test
    void viewFacingTabAndTopicFollowTheStoreTypedFiltersBothWays() {
        ChatListViewModel model = loadedModel();

        model.tabProperty().set(ChatListTab.FINISHED);
        model.topicProperty().set(TopicFilter.ORDER);
        assertThat(model.groupProperty().get()).isEqualTo(ChatGroup.FINISHED);
        assertThat(model.contextFilterProperty().get()).isEqualTo(ChatContextType.ORDER);
        assertThat(model.items()).isNotEmpty().allMatch(item -> item.statusKind() == StatusKind.FINISHED);

        model.groupProperty().set(ChatGroup.DISPUTES);
        model.contextFilterProperty().set(null);
        assertThat(model.tabProperty().get()).isEqualTo(ChatListTab.DISPUTES);
        assertThat(model.topicProperty().get()).isEqualTo(TopicFilter.ANY);
        assertThat(model.tabCountProperty(ChatListTab.DISPUTES).get()).isEqualTo(model.items().size());
        assertThat(model.tabCountProperty(ChatListTab.ALL).get()).isEqualTo(model.countsProperty().get().all());
    }

    @Test
    void searchFindsByBuyerNameOrderNumberAndMessageText() {
        ChatListViewModel model = loadedModel();
        int all = model.items().size();

        model.searchProperty().set("смирн");
        assertThat(ids(model)).contains(ANNA_ORDER_CHAT).hasSizeLessThan(all);
        assertThat(model.items()).filteredOn(item -> item.chatId() == ANNA_ORDER_CHAT).singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Анна Смирнова"));

        model.searchProperty().set(String.valueOf(ANNA_ORDER));
        assertThat(ids(model)).containsExactly(ANNA_ORDER_CHAT);
        assertThat(model.items().get(0).subject()).isEqualTo("Заказ " + ANNA_ORDER);

        model.searchProperty().set("сервиз");
        assertThat(ids(model)).contains(7_000_005L).hasSizeLessThan(all);

        model.searchProperty().set("");
        assertThat(model.items()).hasSize(all);
    }

    @Test
    void chatsNeedingAReplyComeFirstLongestWaitFirstThenByLastActivity() {
        List<ChatSummary> rows = loadedModel().items().stream().map(ChatListItem::summary).toList();
        int needing = (int) rows.stream().filter(ChatSummary::needsReply).count();

        assertThat(needing).isPositive().isLessThan(rows.size());
        assertThat(rows.subList(0, needing)).allMatch(ChatSummary::needsReply);
        assertThat(rows.subList(0, needing)).extracting(ChatSummary::waitingSince)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(rows.subList(needing, rows.size())).extracting(ChatListViewModelTest::lastActivity)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void countdownCountsFromTheClockAndTurnsOverdueAtTheTarget() {
        ChatListViewModel model = loadedModel();
        ChatListItem waiting = model.items().stream().filter(item -> item.summary().waitingSince() != null)
                .findFirst().orElseThrow();
        Instant since = waiting.summary().waitingSince().toInstant();

        // Working hours round the clock, so that the wall-clock wait is the working wait whatever the hour.
        model.deadlines().setTarget(ReplyDeadlineTesting.allDay());
        clock.set(since.plus(Duration.ofMinutes(45)));
        model.tick();
        assertThat(row(model, waiting.chatId()).waitingText()).isEqualTo("ждёт 45 мин");
        assertThat(row(model, waiting.chatId()).deadline().text()).isEqualTo("осталось 15 мин");
        assertThat(row(model, waiting.chatId()).deadline().state()).isNotEqualTo(DeadlineState.OVERDUE);

        clock.set(since.plus(Duration.ofHours(3).plusMinutes(10)));
        model.tick();
        assertThat(row(model, waiting.chatId()).waitingText()).isEqualTo("ждёт 3 ч");
        assertThat(row(model, waiting.chatId()).deadline().text()).isEqualTo("просрочено 2 ч");
        assertThat(row(model, waiting.chatId()).deadline().state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(row(model, waiting.chatId()).accessibleText()).contains("ждёт 3 ч", waiting.title());
        assertThat(model.items()).filteredOn(item -> !item.needsReply()).allMatch(item -> item.waitingText() == null);
    }

    @Test
    void unreadCountsComeFromTheStoreAndDisputesAreFlagged() {
        ChatListViewModel model = loadedModel();
        ChatInbox inbox = cabinet.inbox();

        assertThat(model.items()).allSatisfy(item ->
                assertThat(item.unreadCount()).isEqualTo(inbox.chat(item.chatId()).orElseThrow().unreadCount()));
        assertThat(model.items()).anyMatch(ChatListItem::unread);
        assertThat(model.totalUnreadProperty().get()).isEqualTo(inbox.totalUnread()).isPositive();
        assertThat(row(model, 7_000_018).dispute()).isTrue();
        assertThat(row(model, 7_000_018).statusKind()).isEqualTo(StatusKind.DISPUTE);
        assertThat(row(model, 7_000_021).statusText()).isEqualTo("Спор");
        assertThat(row(model, 7_000_021).accessibleText()).contains("Спор · Нужен ваш ответ");
        assertThat(row(model, ANNA_ORDER_CHAT).dispute()).isFalse();
        assertThat(row(model, 7_000_015).title()).isEqualTo("Покупатель");
    }

    @Test
    void aNewBuyerMessageUpdatesTheRowAndItsUnreadCount() {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, clock));
        model.start();
        try {
            long chatId = 7_000_002;
            int unreadBefore = row(model, chatId).unreadCount();
            String text = "Подскажите, когда будет курьер? Жду с утра";

            cabinet.sandbox().state().addBuyerMessage(chatId, text);
            cabinet.inbox().refreshNow();

            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                    text.equals(row(model, chatId).preview()) && row(model, chatId).unreadCount() == unreadBefore + 1);
        } finally {
            model.dispose();
        }
    }

    @Test
    void afterChangesInSeveralChatsThePacedPatchedListEqualsAFullRead() {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, clock));
        model.start();
        try {
            List<Long> changed = new ArrayList<>();
            for (int chat = 0; chat < 3; chat++) {
                long chatId = cabinet.unusedChat(candidate -> candidate.chatId() != 7_000_002
                        && candidate.chatId() != ANNA_ORDER_CHAT, history -> true).chatId();
                cabinet.sandbox().state().addBuyerMessage(chatId, "Где мой заказ? " + chat);
                changed.add(chatId);
                cabinet.inbox().refreshNow();
            }
            ChatListFormatter formatter = new ChatListFormatter(I18n.forLocale(RUSSIAN), clock);
            ChatQuery everyChat = ChatQuery.of(ChatGroup.ALL).withPage(Integer.MAX_VALUE, 0);

            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
                assertThat(changed).allSatisfy(chatId -> assertThat(row(model, chatId).preview()).startsWith("Где мой заказ?"));
                assertThat(List.copyOf(model.items()))
                        .isEqualTo(cabinet.inbox().chats(everyChat).stream().map(chat -> formatter.item(chat, RowMarks.NONE)).toList());
            });
        } finally {
            model.dispose();
        }
    }

    @Test
    void selectionFollowsTheChatAcrossReloadsAndKeyboardMovesIt() {
        ChatListViewModel model = loadedModel();
        model.select(ANNA_ORDER_CHAT);
        model.reload();
        assertThat(model.selectedProperty().get().chatId()).isEqualTo(ANNA_ORDER_CHAT);
        assertThat(model.selectedProperty().get()).isSameAs(row(model, ANNA_ORDER_CHAT));

        int index = ids(model).indexOf(ANNA_ORDER_CHAT);
        model.selectNext();
        assertThat(model.selectedProperty().get()).isSameAs(model.items().get(index + 1));
        model.selectPrevious();
        model.selectPrevious();
        assertThat(model.selectedProperty().get()).isSameAs(model.items().get(Math.max(0, index - 1)));

        model.selectedProperty().set(model.items().get(model.items().size() - 1));
        model.selectNext();
        assertThat(model.selectedProperty().get()).as("stays on the last").isSameAs(model.items().get(model.items().size() - 1));
        model.selectNextNeedingReply();
        assertThat(model.selectedProperty().get()).as("wraps to the first needing a reply").isSameAs(model.items().get(0));
        assertThat(model.items().get(0).needsReply()).isTrue();
        model.selectNextNeedingReply();
        assertThat(model.selectedProperty().get()).isSameAs(model.items().get(1));
    }

    @Test
    void selectingAChatTheFiltersHideClearsThem() {
        ChatListViewModel model = loadedModel();
        model.groupProperty().set(ChatGroup.FINISHED);
        model.searchProperty().set("сервиз");
        assertThat(ids(model)).doesNotContain(ANNA_ORDER_CHAT);

        model.select(ANNA_ORDER_CHAT);

        assertThat(model.groupProperty().get()).isEqualTo(ChatGroup.ALL);
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.contextFilterProperty().get()).isNull();
        assertThat(model.items()).hasSize(model.countsProperty().get().all());
        assertThat(model.selectedProperty().get().chatId()).isEqualTo(ANNA_ORDER_CHAT);
        assertThat(model.filtersActiveProperty().get()).isFalse();
    }

    @Test
    void aStaleSearchAnswerNeverWinsAndKeystrokesCoalesce() {
        Deque<Runnable> background = new ArrayDeque<>();
        UiContext ui = new UiContext(background::add, DemoCabinet.DIRECT, I18n.forLocale(RUSSIAN), clock);
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), ui);
        List<List<Long>> shown = new ArrayList<>();
        model.items().addListener((ListChangeListener<ChatListItem>) change -> shown.add(ids(model)));

        model.searchProperty().set("смирн");
        model.searchProperty().set("сервиз");
        model.searchProperty().set(String.valueOf(ANNA_ORDER));
        assertThat(background).as("one read in flight, the rest pending").hasSize(1);
        assertThat(model.loadingProperty().get()).isTrue();

        background.poll().run();
        assertThat(shown).as("the answer for an old search is dropped").isEmpty();
        assertThat(background).as("the pending reload, for the newest search").hasSize(1);
        background.poll().run();

        assertThat(shown).containsExactly(List.of(ANNA_ORDER_CHAT));
        assertThat(background).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    private static List<Long> ids(ChatListViewModel model) {
        return model.items().stream().map(ChatListItem::chatId).toList();
    }

    private static ChatListItem row(ChatListViewModel model, long chatId) {
        return model.items().stream().filter(item -> item.chatId() == chatId).findFirst().orElseThrow();
    }

    private static OffsetDateTime lastActivity(ChatSummary chat) {
        return chat.lastMessageAt() != null ? chat.lastMessageAt() : chat.updatedAt();
    }
}
