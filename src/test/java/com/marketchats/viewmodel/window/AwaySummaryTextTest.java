package com.marketchats.viewmodel.window;

import com.marketchats.i18n.I18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the summary after quiet hours or a pause, in both languages and every Russian plural form. */
class AwaySummaryTextTest {

    private final NotificationTexts russian = new NotificationTexts(I18n.forLocale(Locale.forLanguageTag("ru")));
    private final NotificationTexts english = new NotificationTexts(I18n.forLocale(Locale.ENGLISH));

    @Test
    void chatsThatWaitForAReplyComeFirst() {
        assertThat(russian.awayTitle()).isEqualTo("Пока вас не было");
        assertThat(russian.away(5, 9, 0)).isEqualTo("5 чатов ждут ответа");
        assertThat(russian.away(21, 1, 0)).isEqualTo("21 чат ждёт ответа");
        assertThat(russian.away(3, 0, 0)).isEqualTo("3 чата ждут ответа");
        assertThat(russian.away(12, 0, 0)).isEqualTo("12 чатов ждут ответа");
        assertThat(english.awayTitle()).isEqualTo("While you were away");
        assertThat(english.away(1, 0, 0)).isEqualTo("1 chat needs a reply");
        assertThat(english.away(5, 0, 0)).isEqualTo("5 chats need a reply");
    }

    @Test
    void withNoChatWaitingTheMessagesAreCountedAndNothingCameSaysNothing() {
        assertThat(russian.away(0, 2, 0)).isEqualTo("2 новых сообщения");
        assertThat(english.away(0, 1, 0)).isEqualTo("1 new message");
        assertThat(russian.away(0, 0, 0)).isEmpty();
    }

    @Test
    void newDisputesGetALineOfTheirOwn() {
        assertThat(russian.away(5, 9, 2)).isEqualTo("5 чатов ждут ответа\n2 новых спора");
        assertThat(russian.away(0, 0, 1)).isEqualTo("1 новый спор");
        assertThat(english.away(0, 3, 5)).isEqualTo("3 new messages\n5 new disputes");
    }
}
