package com.marketchats.store;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.marketchats.store.Api.at;
import static com.marketchats.store.Api.customer;
import static com.marketchats.store.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** Filters, sort order, paging and the tab counts of the chat list. */
class ChatListTest extends StoreFixture {

    static final long B_OLDEST_WAIT = 2;
    static final long F_ARBITRAGE_WAIT = 6;
    static final long A_RECENT_WAIT = 1;
    static final long C_NEW_NO_HISTORY = 3;
    static final long H_NEW_NO_HISTORY_LATER = 8;
    static final long E_FINISHED = 5;
    static final long D_WAITING_FOR_BUYER = 4;
    static final long G_DIRECT_MARKET = 7;

    @BeforeEach
    void writeChats() {
        store.chats().upsert(List.of(
                Api.orderChat(A_RECENT_WAIT, "Анна", 1001, ChatStatus.WAITING_FOR_PARTNER, at(5)),
                Api.orderChat(B_OLDEST_WAIT, "Борис", 1002, ChatStatus.NEW, at(1)),
                Api.orderChat(C_NEW_NO_HISTORY, "Вера", 1003, ChatStatus.NEW, at(20)),
                Api.returnChat(D_WAITING_FOR_BUYER, "Глеб", 1004, 9004, ChatStatus.WAITING_FOR_CUSTOMER, at(50)),
                Api.returnChat(E_FINISHED, "Дина", 1005, 9005, ChatStatus.FINISHED, at(60)),
                Api.directChat(F_ARBITRAGE_WAIT, "Егор", ChatType.ARBITRAGE, ChatStatus.WAITING_FOR_PARTNER, at(3)),
                Api.directChat(G_DIRECT_MARKET, "Жанна", ChatType.CHAT, ChatStatus.WAITING_FOR_MARKET, at(40)),
                Api.orderChat(H_NEW_NO_HISTORY_LATER, "Зоя", 1008, ChatStatus.NEW, at(30))));
        store.messages().upsert(List.of(
                new MessageBatch(A_RECENT_WAIT, List.of(customer(11, 5, "где заказ?"))),
                new MessageBatch(B_OLDEST_WAIT, List.of(customer(21, 1, "здравствуйте"))),
                new MessageBatch(D_WAITING_FOR_BUYER, List.of(customer(41, 49, "вопрос"), partner(42, 50, "ответ"))),
                new MessageBatch(E_FINISHED, List.of(partner(51, 60, "всего доброго"))),
                new MessageBatch(F_ARBITRAGE_WAIT, List.of(partner(61, 2, "ответ"), customer(62, 3, "не согласен"))),
                new MessageBatch(G_DIRECT_MARKET, List.of(customer(71, 40, "вопрос о товаре")))));
    }

    private List<Long> ids(ChatQuery query) {
        return store.chatList().list(query).stream().map(ChatSummary::chatId).toList();
    }

    @Test
    void chatsNeedingAReplyComeFirstLongestWaitingFirstThenTheRestByLatestActivity() {
        assertThat(ids(ChatQuery.of(ChatGroup.ALL))).containsExactly(
                B_OLDEST_WAIT, F_ARBITRAGE_WAIT, A_RECENT_WAIT,
                H_NEW_NO_HISTORY_LATER, C_NEW_NO_HISTORY,
                E_FINISHED, D_WAITING_FOR_BUYER, G_DIRECT_MARKET);
    }

    @Test
    void aChatMovesWhenThePartnerAnswersAndWhenTheBuyerWritesAgain() {
        store.messages().upsert(B_OLDEST_WAIT, List.of(partner(22, 70, "отвечаем")));
        store.chats().upsert(List.of(Api.orderChat(B_OLDEST_WAIT, "Борис", 1002, ChatStatus.WAITING_FOR_CUSTOMER, at(70))));

        assertThat(ids(ChatQuery.of(ChatGroup.ALL))).containsExactly(
                F_ARBITRAGE_WAIT, A_RECENT_WAIT, H_NEW_NO_HISTORY_LATER, C_NEW_NO_HISTORY,
                B_OLDEST_WAIT, E_FINISHED, D_WAITING_FOR_BUYER, G_DIRECT_MARKET);

        store.messages().upsert(B_OLDEST_WAIT, List.of(customer(23, 80, "спасибо, а ещё вопрос")));
        store.chats().upsert(List.of(Api.orderChat(B_OLDEST_WAIT, "Борис", 1002, ChatStatus.WAITING_FOR_PARTNER, at(80))));

        assertThat(ids(ChatQuery.of(ChatGroup.NEEDS_REPLY))).containsExactly(
                F_ARBITRAGE_WAIT, A_RECENT_WAIT, B_OLDEST_WAIT, H_NEW_NO_HISTORY_LATER, C_NEW_NO_HISTORY);
    }

    @Test
    void eachGroupHoldsItsStatusesAndTypes() {
        assertThat(ids(ChatQuery.of(ChatGroup.NEEDS_REPLY))).containsExactly(
                B_OLDEST_WAIT, F_ARBITRAGE_WAIT, A_RECENT_WAIT, H_NEW_NO_HISTORY_LATER, C_NEW_NO_HISTORY);
        assertThat(ids(ChatQuery.of(ChatGroup.WAITING_FOR_BUYER))).containsExactly(D_WAITING_FOR_BUYER);
        assertThat(ids(ChatQuery.of(ChatGroup.DISPUTES))).containsExactly(F_ARBITRAGE_WAIT, G_DIRECT_MARKET);
        assertThat(ids(ChatQuery.of(ChatGroup.FINISHED))).containsExactly(E_FINISHED);
    }

    @Test
    void typeAndContextFiltersNarrowAnyGroup() {
        assertThat(ids(ChatQuery.of(ChatGroup.ALL).withType(ChatType.ARBITRAGE))).containsExactly(F_ARBITRAGE_WAIT);
        assertThat(ids(ChatQuery.of(ChatGroup.ALL).withContextType(ChatContextType.RETURN)))
                .containsExactly(E_FINISHED, D_WAITING_FOR_BUYER);
        assertThat(ids(ChatQuery.of(ChatGroup.ALL).withContextType(ChatContextType.DIRECT)))
                .containsExactly(F_ARBITRAGE_WAIT, G_DIRECT_MARKET);
        assertThat(ids(ChatQuery.of(ChatGroup.NEEDS_REPLY).withContextType(ChatContextType.ORDER)))
                .containsExactly(B_OLDEST_WAIT, A_RECENT_WAIT, H_NEW_NO_HISTORY_LATER, C_NEW_NO_HISTORY);
        assertThat(ids(ChatQuery.of(ChatGroup.DISPUTES).withType(ChatType.CHAT))).containsExactly(G_DIRECT_MARKET);
    }

    @Test
    void countsPerGroupFollowTheOtherFiltersButNotTheGroupOrPage() {
        assertThat(store.chatList().countByGroup(ChatQuery.of(ChatGroup.FINISHED).withPage(1, 5)))
                .isEqualTo(new GroupCounts(5, 1, 2, 1, 8));
        GroupCounts direct = store.chatList().countByGroup(ChatQuery.of(ChatGroup.ALL)
                .withContextType(ChatContextType.DIRECT));
        assertThat(direct).isEqualTo(new GroupCounts(1, 0, 2, 0, 2));
        assertThat(direct.get(ChatGroup.DISPUTES)).isEqualTo(2);
        assertThat(store.chatList().countByGroup(ChatQuery.of(ChatGroup.ALL).withSearch("Анна")))
                .isEqualTo(new GroupCounts(1, 0, 0, 0, 1));
    }

    @Test
    void pagesFollowTheListOrder() {
        ChatQuery all = ChatQuery.of(ChatGroup.ALL);
        List<Long> whole = ids(all);

        assertThat(ids(all.withPage(3, 0))).containsExactlyElementsOf(whole.subList(0, 3));
        assertThat(ids(all.withPage(3, 3))).containsExactlyElementsOf(whole.subList(3, 6));
        assertThat(ids(all.withPage(3, 6))).containsExactlyElementsOf(whole.subList(6, 8));
        assertThat(ids(all.withPage(3, 9))).isEmpty();
    }

    @Test
    void totalUnreadAddsEveryChat() {
        assertThat(store.chatList().totalUnread()).isEqualTo(5);
        store.readMarks().markAllRead(F_ARBITRAGE_WAIT);
        assertThat(store.chatList().totalUnread()).isEqualTo(4);
    }

    @Test
    void anEmptyStoreListsNothingAndCountsZero() {
        store.close();
        store = new StoreOpener(clock).open(dataDir, 99).store();

        assertThat(store.chatList().list(ChatQuery.of(ChatGroup.ALL))).isEmpty();
        assertThat(store.chatList().countByGroup(ChatQuery.of(ChatGroup.ALL))).isEqualTo(new GroupCounts(0, 0, 0, 0, 0));
        assertThat(store.chatList().totalUnread()).isZero();
    }
}
