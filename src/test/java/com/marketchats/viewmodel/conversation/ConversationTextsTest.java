package com.marketchats.viewmodel.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation's day and time texts. */
class ConversationTextsTest {

    @Test
    void daysReadTodayYesterdayAndADateWithTheYearWhenItIsAnother() {
        ConversationTexts texts = new ConversationTexts(I18n.forLocale(Locale.forLanguageTag("ru")),
                TestClock.at("2026-11-25T10:00:00Z"));

        assertThat(texts.dayLabel(LocalDate.of(2026, 11, 25))).isEqualTo("Сегодня");
        assertThat(texts.dayLabel(LocalDate.of(2026, 11, 24))).isEqualTo("Вчера");
        assertThat(texts.dayLabel(LocalDate.of(2026, 3, 8))).isEqualTo("8 марта");
        assertThat(texts.dayLabel(LocalDate.of(2025, 11, 25))).isEqualTo("25 ноября 2025");
        assertThat(texts.time(OffsetDateTime.parse("2026-11-25T07:05:00Z"))).isEqualTo("07:05");
    }
}
