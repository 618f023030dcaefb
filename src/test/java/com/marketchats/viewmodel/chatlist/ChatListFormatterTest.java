package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Row texts in both languages at a fixed moment: Wednesday 1 July 2026, 10:00 UTC; working hours all day. */
class ChatListFormatterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-07-01T10:00:00Z");
    private final TestClock clock = TestClock.at("2026-07-01T10:00:00Z");
    private final ChatListFormatter russian = ReplyDeadlineTesting.allDayFormatter(
            I18n.forLocale(Locale.forLanguageTag("ru")), clock);
    private final ChatListFormatter english = ReplyDeadlineTesting.allDayFormatter(I18n.forLocale(Locale.ENGLISH), clock);

    @Test
    void lastActivityReadsAsTimeTodayYesterdayWeekdayOrDate() {
        assertThat(russian.timeText(NOW.minusHours(2).minusMinutes(5))).isEqualTo("07:55");
        assertThat(english.timeText(NOW.minusHours(2).minusMinutes(5))).isEqualTo("07:55");
        assertThat(russian.timeText(NOW.minusDays(1))).isEqualTo("вчера");
        assertThat(english.timeText(NOW.minusDays(1))).isEqualTo("Yesterday");
        assertThat(russian.timeText(NOW.minusDays(3))).isEqualTo("вс");
        assertThat(english.timeText(NOW.minusDays(3))).isEqualTo("Sun");
        assertThat(russian.timeText(NOW.minusDays(7))).isEqualTo("24.06.26");
        assertThat(english.timeText(NOW.minusDays(7))).isEqualTo("24 Jun 26");
        assertThat(russian.timeText(null)).isEmpty();
    }

    @Test
    void waitingReadsInWholeMinutesHoursOrDays() {
        assertThat(russian.waitingText(Duration.ofSeconds(30))).isEqualTo("ждёт меньше минуты");
        assertThat(russian.waitingText(Duration.ofMinutes(45))).isEqualTo("ждёт 45 мин");
        assertThat(english.waitingText(Duration.ofMinutes(45))).isEqualTo("waiting 45 min");
        assertThat(russian.waitingText(Duration.ofMinutes(3 * 60 + 59))).isEqualTo("ждёт 3 ч");
        assertThat(english.waitingText(Duration.ofHours(3))).isEqualTo("waiting 3 h");
        assertThat(russian.waitingText(Duration.ofHours(50))).isEqualTo("ждёт 2 дн.");
        assertThat(english.waitingText(Duration.ofHours(50))).isEqualTo("waiting 2 d");
    }

    @Test
    void aChatNeedingAReplyGetsACountdownThatIsOverdueAtTheHourTarget() {
        ChatListItem fresh = russian.item(chat(ChatStatus.WAITING_FOR_PARTNER, NOW.minusMinutes(59)), RowMarks.NONE);
        ChatListItem late = russian.item(chat(ChatStatus.NEW, NOW.minusMinutes(61)), RowMarks.NONE);
        ChatListItem answered = russian.item(chat(ChatStatus.WAITING_FOR_CUSTOMER, null), RowMarks.NONE);

        assertThat(fresh.waitingText()).isEqualTo("ждёт 59 мин");
        assertThat(fresh.deadline().text()).isEqualTo("осталось 1 мин");
        assertThat(fresh.deadline().state()).isEqualTo(DeadlineState.URGENT);
        assertThat(fresh.deadline().tooltip()).isEqualTo("ждёт 59 мин; цель — ответить за 1 ч рабочего времени");
        assertThat(late.deadline().text()).isEqualTo("просрочено 1 мин");
        assertThat(late.deadline().state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(answered.deadline()).isEqualTo(RowDeadline.NONE);
        assertThat(late.statusKind()).isEqualTo(StatusKind.NEEDS_REPLY);
        assertThat(answered.waitingText()).isNull();
        assertThat(answered.statusKind()).isEqualTo(StatusKind.WAITING_FOR_BUYER);
    }

    @Test
    void countdownReadsInMinutesHoursOrDaysInBothLanguages() {
        ChatListItem english55 = english.item(chat(ChatStatus.NEW, NOW.minusMinutes(5)), RowMarks.NONE);
        ChatListItem russianLate = russian.item(chat(ChatStatus.NEW, NOW.minusHours(3).minusMinutes(30)), RowMarks.NONE);
        ChatListItem englishLate = english.item(chat(ChatStatus.NEW, NOW.minusHours(3).minusMinutes(30)), RowMarks.NONE);

        assertThat(english55.deadline().text()).isEqualTo("55 min left");
        assertThat(english55.deadline().state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(russianLate.deadline().text()).isEqualTo("просрочено 2 ч");
        assertThat(englishLate.deadline().text()).isEqualTo("2 h overdue");
        assertThat(englishLate.waitingText()).isEqualTo("waiting 3 h");
        // Minutes round up: 54.5 minutes left is "55 min", a breach 30 seconds old is "1 min" overdue.
        assertThat(english.item(chat(ChatStatus.NEW, NOW.minusMinutes(5).minusSeconds(30)), RowMarks.NONE)
                .deadline().text()).isEqualTo("55 min left");
        assertThat(english.item(chat(ChatStatus.NEW, NOW.minusHours(1).minusSeconds(30)), RowMarks.NONE)
                .deadline().text()).isEqualTo("1 min overdue");
    }

    @Test
    void rowTextsNameTheBuyerTheSubjectAndTheLastMessage() {
        ChatListItem item = english.item(chat(ChatStatus.WAITING_FOR_PARTNER, NOW.minusMinutes(5)), RowMarks.NONE);

        assertThat(item.title()).isEqualTo("Buyer");
        assertThat(item.initial()).isEqualTo("B");
        assertThat(item.subject()).isEqualTo("Order 51234567801");
        assertThat(item.preview()).isEqualTo("You: Sent today");
        assertThat(item.statusText()).isEqualTo("Needs your reply");
        assertThat(item.accessibleText()).isEqualTo(
                "Buyer, Order 51234567801, Needs your reply, 2 unread, waiting 5 min, 55 min left, 09:55, "
                        + "last message: You: Sent today");
    }

    private static ChatSummary chat(ChatStatus status, OffsetDateTime waitingSince) {
        return new ChatSummary(7_000_001, ChatType.CHAT.name(), status.name(), ChatContextType.ORDER.name(), null, null, 11L,
                51_234_567_801L, null, null, NOW.minusDays(2), NOW.minusMinutes(5), 2, 5L, NOW.minusMinutes(5),
                MessageSender.PARTNER.name(), "Sent today", waitingSince);
    }
}
