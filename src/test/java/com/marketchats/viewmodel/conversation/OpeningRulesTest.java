package com.marketchats.viewmodel.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which links open without a question, which files ask first, and where a link ends in a sentence. */
class OpeningRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://market.yandex.ru/product/42", "https://partner.market.yandex.ru/business/1/",
            "https://business.market.yandex.ru/", "HTTPS://Partner.Market.Yandex.RU/supplier/2/orders/3",
            "https://yandex.ru/support/marketplace/ru/orders/communication/about-orders"})
    void marketAddressesOpenWithoutAQuestion(String address) {
        assertThat(MarketHosts.isMarket(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://market.yandex.ru.evil.example/login", "https://market.yandex.ru@evil.example/",
            "https://evilmarket.yandex.ru.example/", "https://example.com/market.yandex.ru", "https://yandex.ru/maps",
            "https://notmarket.yandex.ru.co/", "ftp://market.yandex.ru/", "javascript:alert(1)", "https://"})
    void otherAddressesAskFirst(String address) {
        assertThat(MarketHosts.isMarket(address)).isFalse();
    }

    @Test
    void theRealLastExtensionDecidesNotWhatTheNameShows() {
        assertThat(RunnableFiles.runnableExtension(Path.of("invoice\u202Efdp.exe"))).contains("exe");
        assertThat(RunnableFiles.runnableExtension(Path.of("Счёт.PDF.js"))).contains("js");
        assertThat(RunnableFiles.runnableExtension(Path.of("setup.MSI"))).contains("msi");
        assertThat(RunnableFiles.runnableExtension(Path.of("receipt.pdf"))).isEmpty();
        assertThat(RunnableFiles.runnableExtension(Path.of("photo.exe.jpg"))).isEmpty();
        assertThat(RunnableFiles.runnableExtension(Path.of("README"))).isEmpty();
    }

    @Test
    void aLinkEndsBeforeTheSentencesPunctuation() {
        assertThat(TextRuns.of("Фото: https://example.com/a?b=1. Спасибо!")).containsExactly(
                new TextRuns.Run("Фото: ", null),
                new TextRuns.Run("https://example.com/a?b=1", "https://example.com/a?b=1"),
                new TextRuns.Run(". Спасибо!", null));
        assertThat(TextRuns.of("без ссылок")).containsExactly(new TextRuns.Run("без ссылок", null));
        assertThat(TextRuns.of("(https://market.yandex.ru/x)")).extracting(TextRuns.Run::link)
                .containsExactly(null, "https://market.yandex.ru/x", null);
    }
}
