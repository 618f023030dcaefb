package com.marketchats.text;

import com.marketchats.testing.InvisibleTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

    @Test
    void nullEmptyAndEveryInvisibleTextAreBlank() {
        assertThat(VisibleText.isBlank(null)).isTrue();
        assertThat(VisibleText.isBlank("")).isTrue();
        for (String text : InvisibleTexts.ALL) {
            assertThat(VisibleText.isBlank(text)).as("starting with U+%04X", text.codePointAt(0)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Я", ".", "1", "😀", "\u0301", "…"})
    void oneVisibleCharacterAmongInvisibleOnesIsEnough(String visible) {
        assertThat(VisibleText.isBlank(visible)).isFalse();
        assertThat(VisibleText.isBlank(InvisibleTexts.around(visible))).isFalse();
    }
}
