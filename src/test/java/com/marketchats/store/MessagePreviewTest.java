package com.marketchats.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagePreviewTest {

    @Test
    void textBecomesOneTrimmedLine() {
        assertThat(MessagePreview.of("  Добрый день!\r\n\tЗаказ  отправлен. ", null)).isEqualTo("Добрый день! Заказ отправлен.");
    }

    @Test
    void aShortTextIsKeptWhole() {
        String text = "я".repeat(MessagePreview.MAX_LENGTH);
        assertThat(MessagePreview.of(text, null)).isEqualTo(text);
    }

    @Test
    void aLongTextIsCutWithAnEllipsisWithoutSplittingASurrogatePair() {
        String text = "😀".repeat(200);
        String preview = MessagePreview.of(text, null);

        assertThat(preview.codePointCount(0, preview.length())).isEqualTo(MessagePreview.MAX_LENGTH);
        assertThat(preview).endsWith("😀…");
    }

    @Test
    void withoutTextTheFirstAttachmentNameIsShown() {
        assertThat(MessagePreview.of(null, "фото 1.jpg")).isEqualTo("фото 1.jpg");
        assertThat(MessagePreview.of(" \n ", "скан\nчека.pdf")).isEqualTo("скан чека.pdf");
        assertThat(MessagePreview.of("подпись", "фото.jpg")).isEqualTo("подпись");
    }

    @Test
    void neitherTextNorAttachmentGivesNoPreview() {
        assertThat(MessagePreview.of(null, null)).isNull();
        assertThat(MessagePreview.of("", " ")).isNull();
    }
}
