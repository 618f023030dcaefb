package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static com.marketchats.store.Api.at;
import static com.marketchats.store.Api.customer;
import static com.marketchats.store.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** Searching the chat list by buyer name, order or return id, and words of messages (FTS5). */
class SearchTest extends StoreFixture {

    @BeforeEach
    void writeChats() {
        store.chats().upsert(List.of(
                Api.orderChat(1, "Анна Смирнова", 48213007, ChatStatus.WAITING_FOR_PARTNER, at(1)),
                Api.orderChat(2, "Жанна Орлова", 51000222, ChatStatus.WAITING_FOR_CUSTOMER, at(2)),
                Api.returnChat(3, "Пётр Фёдоров", 48299999, 7100555, ChatStatus.FINISHED, at(3)),
                Api.directChat(4, "John Smith", ChatType.CHAT, ChatStatus.NEW, at(4))));
        store.messages().upsert(List.of(
                new MessageBatch(1, List.of(customer(11, 1, "Когда передадите ЗАКАЗ в доставку?"))),
                new MessageBatch(2, List.of(customer(21, 2, "Пришла ЁЛКА, а крышка треснула"),
                        partner(22, 2, "Пришлите фото, пожалуйста"))),
                new MessageBatch(3, List.of(customer(31, 3, "Возврат оформлен, жду деньги"))),
                new MessageBatch(4, List.of(customer(41, 4, "Is the café kettle in stock?")))));
    }

    private List<Long> search(String text) {
        return store.chatList().list(ChatQuery.of(ChatGroup.ALL).withSearch(text)).stream()
                .map(ChatSummary::chatId).sorted().toList();
    }

    @Test
    void findsABuyerByNameFromTheStartOfAWordInAnyCase() {
        assertThat(search("анна")).containsExactly(1L);
        assertThat(search("СМИР")).containsExactly(1L);
        assertThat(search("анна смирнова")).containsExactly(1L);
        assertThat(search("жанна")).containsExactly(2L);
        assertThat(search("петр")).containsExactly(3L);
        assertThat(search("Фёдоров")).containsExactly(3L);
        assertThat(search("smith")).containsExactly(4L);
    }

    @Test
    void findsAnOrderOrReturnByItsIdOrTheStartOfIt() {
        assertThat(search("48213007")).containsExactly(1L);
        assertThat(search("7100555")).containsExactly(3L);
        assertThat(search("#51000222")).containsExactly(2L);
        assertThat(search("482")).containsExactly(1L, 3L);
        assertThat(search("999999999")).isEmpty();
    }

    @Test
    void findsAWordOfAnyMessageWhateverItsCase() {
        assertThat(search("доставку")).containsExactly(1L);
        assertThat(search("заказ")).containsExactly(1L);
        assertThat(search("ЗАКАЗ")).containsExactly(1L);
        assertThat(search("Заказ")).containsExactly(1L);
        assertThat(search("фото")).containsExactly(2L);
        assertThat(search("деньги возврат")).containsExactly(3L);
        assertThat(search("деньги доставку")).isEmpty();
        assertThat(search("KETTLE")).containsExactly(4L);
    }

    @Test
    void matchesWordPrefixesAndReadsYoAsYe() {
        assertThat(search("достав")).containsExactly(1L);
        assertThat(search("елка")).containsExactly(2L);
        assertThat(search("Ёлка")).containsExactly(2L);
        assertThat(search("трЕснула")).containsExactly(2L);
        assertThat(search("cafe")).containsExactly(4L);
    }

    @Test
    void searchCombinesWithTheGroupAndFilters() {
        assertThat(store.chatList().list(ChatQuery.of(ChatGroup.NEEDS_REPLY).withSearch("482")))
                .extracting(ChatSummary::chatId).containsExactly(1L);
    }

    @Test
    void punctuationAndBlankSearchesDoNotFail() {
        assertThat(search("   ")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(search("\"*) - (")).as("no letters or digits: no filter").containsExactly(1L, 2L, 3L, 4L);
        assertThat(search("\"*) AND (")).as("FTS syntax is only a word here").isEmpty();
        assertThat(search("заказ\" OR \"фото")).isEmpty();
        assertThat(search("крышка,треснула!")).containsExactly(2L);
    }

    @Test
    void anEditedMessageIsSearchedByItsNewText() {
        store.messages().upsert(1, List.of(customer(11, 1, "Отменяю, передумала")));

        assertThat(search("доставку")).isEmpty();
        assertThat(search("передумала")).containsExactly(1L);
    }

    @Test
    void aMessageWithOnlyFilesIsNotInTheTextIndex() {
        store.messages().upsert(4, List.of(Api.files(MessageSender.CUSTOMER, 42, 5, Api.attachment("kettle.jpg"))));

        assertThat(search("kettle")).containsExactly(4L);
        assertThat(search("jpg")).isEmpty();
    }

    /**
     * What FTS5's unicode61 tokenizer (the default) does with Cyrillic, shown on a bare FTS5 table: it
     * folds case (А/а, Ё/ё, Й/й) but treats ё and е, й and и as different letters, while it strips
     * diacritics from Latin letters. Hence the store folds ё to е itself.
     */
    @Test
    void unicode61FoldsCyrillicCaseButNotYoToYe() throws SQLException {
        try (Connection connection = StoreOpeningTest.connect(dataDir.resolve("fts-probe.db"));
             Statement statement = connection.createStatement()) {
            assertThat(StoreOpeningTest.query(connection, "SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
                    .isEqualTo("1");
            statement.execute("CREATE VIRTUAL TABLE probe USING fts5(body)");
            statement.execute("INSERT INTO probe (rowid, body) VALUES (1, 'ПРИВЕТ, Мир'), (2, 'Ёлка и йогурт'),"
                    + " (3, 'Ärger im Café')");

            assertThat(matches(connection, "привет")).containsExactly(1L);
            assertThat(matches(connection, "мИР")).containsExactly(1L);
            assertThat(matches(connection, "ёлка")).containsExactly(2L);
            assertThat(matches(connection, "ЁЛКА")).containsExactly(2L);
            assertThat(matches(connection, "ЙОГУРТ")).containsExactly(2L);
            assertThat(matches(connection, "елка")).isEmpty();
            assertThat(matches(connection, "иогурт")).isEmpty();
            assertThat(matches(connection, "arger")).containsExactly(3L);
            assertThat(matches(connection, "cafe")).containsExactly(3L);
        }
    }

    private static List<Long> matches(Connection connection, String word) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT rowid FROM probe WHERE probe MATCH ? ORDER BY rowid")) {
            statement.setString(1, '"' + word + '"');
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
