package com.marketchats.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShownFileNamesTest {

    @Test
    void everyBidiControlZeroWidthCharacterAndTheByteOrderMarkIsDropped() {
        StringBuilder hiding = new StringBuilder();
        for (int codePoint : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF}) {
            hiding.appendCodePoint(codePoint);
        }
        assertThat(ShownFileNames.of("Счёт" + hiding + " №5.pdf")).isEqualTo("Счёт №5.pdf");
    }

    @Test
    void foldersAreDroppedAfterTheHidingCharactersSoNoneCanBeHiddenBetweenThem() {
        assertThat(ShownFileNames.of("..\u202E/..\\x.txt")).isEqualTo("x.txt");
        assertThat(ShownFileNames.of("C:\\Users\\a\\акт.pdf")).isEqualTo("акт.pdf");
    }

    @Test
    void otherCharactersStayAsTheBuyerTypedThem() {
        assertThat(ShownFileNames.of("Фото чехла (1).jpg")).isEqualTo("Фото чехла (1).jpg");
        assertThat(ShownFileNames.of("👍 ok.png")).isEqualTo("👍 ok.png");
        assertThat(ShownFileNames.of(null)).isNull();
    }
}
