package com.marketchats.viewmodel.chatlist;

import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the chat list by the last digits of an order or return number, as buyers quote them, on the demo cabinet. */
class DigitTailSearchTest {

    private static final long ANNA_ORDER_CHAT = 7_000_001;
    private static final String ANNA_ORDER = "51234567801";

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    private ChatListViewModel searching(String search) {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(),
                DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), new TestClock(Instant.now())));
        model.reload();
        model.searchProperty().set(search);
        return model;
    }

    @Test
    void theLastFourToSixDigitsFindTheOrderAndMarkThemInTheSubject() {
        for (int tail = 4; tail <= 6; tail++) {
            String digits = ANNA_ORDER.substring(ANNA_ORDER.length() - tail);
            ChatListViewModel model = searching(digits);

            assertThat(model.items()).extracting(ChatListItem::chatId).contains(ANNA_ORDER_CHAT);
            assertThat(model.items()).allSatisfy(row -> assertThat(numbers(row.summary())).anyMatch(
                    number -> number.contains(digits)));
            ChatListItem anna = model.items().stream().filter(row -> row.chatId() == ANNA_ORDER_CHAT).findFirst()
                    .orElseThrow();
            assertThat(anna.subject()).isEqualTo("Заказ " + ANNA_ORDER);
            int start = anna.subject().length() - tail;
            assertThat(anna.subjectMatch()).isEqualTo(new MatchRange(start, anna.subject().length()));
        }
    }

    @Test
    void digitsQuotedInsideWordsFindTheOrderToo() {
        ChatListViewModel model = searching("заказ …567801");

        assertThat(model.items()).extracting(ChatListItem::chatId).contains(ANNA_ORDER_CHAT);
        assertThat(model.items()).filteredOn(row -> row.chatId() == ANNA_ORDER_CHAT).singleElement()
                .satisfies(row -> assertThat(row.subject().substring(row.subjectMatch().start(),
                        row.subjectMatch().end())).isEqualTo("567801"));
    }

    @Test
    void aReturnNumberIsFoundByItsTailAndNothingIsMarkedWithoutANumberSearch() {
        ChatSummary withReturn = searching("").items().stream().map(ChatListItem::summary)
                .filter(chat -> chat.returnId() != null).findFirst().orElseThrow();
        String returnNumber = String.valueOf(withReturn.returnId());
        String tail = returnNumber.substring(returnNumber.length() - 4);

        assertThat(searching(tail).items()).extracting(ChatListItem::chatId).contains(withReturn.chatId());
        assertThat(searching("").items()).allSatisfy(row -> assertThat(row.subjectMatch()).isNull());
        assertThat(searching("99999999999").items()).isEmpty();
    }

    private static Stream<String> numbers(ChatSummary chat) {
        return Stream.of(chat.orderId(), chat.legacyOrderId(), chat.returnId()).filter(Objects::nonNull)
                .map(String::valueOf);
    }
}
