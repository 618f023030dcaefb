package com.marketchats.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {

    private final I18n english = I18n.forLocale(Locale.ENGLISH);

    @Test
    void aTextWithoutArgumentsKeepsMessageFormatRulesForApostrophesAndQuotedBraces() {
        assertThat(english.text("settings.replies.variables"))
                .startsWith("You can use {buyerName} (the buyer's name), {orderId}");
        assertThat(english.text("settings.replies.variables")).isSameAs(english.text("settings.replies.variables"));
    }

    @Test
    void aTextWithArgumentsIsFilledInEachTime() {
        assertThat(english.text("chatlist.waiting.minutes", 5)).isEqualTo("waiting 5 min");
        assertThat(english.text("chatlist.waiting.minutes", 12)).isEqualTo("waiting 12 min");
        assertThat(english.text("chatlist.preview.own", "Thanks")).isEqualTo("You: Thanks");
    }

    @Test
    void threadsFormattingTheSamePatternAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int base = thread * 200;
                results.add(threads.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int n = base; n < base + 200; n++) {
                            if (!english.text("chatlist.waiting.minutes", n).equals("waiting " + n + " min")) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
