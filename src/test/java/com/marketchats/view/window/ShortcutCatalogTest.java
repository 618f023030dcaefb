package com.marketchats.view.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

class ShortcutCatalogTest {

    @Test
    @DisabledOnOs(OS.MAC)
    void keysAreWrittenAsTheyArePrintedOnTheKeyboard() {
        assertThat(ShortcutCatalog.entries()).extracting(ShortcutCatalog.Entry::keys)
                .contains("Enter", "Shift+Enter", "Ctrl+F", "F1 / Ctrl+/", "Enter / Esc")
                .noneMatch(keys -> keys.contains("\u21b5"));
    }

    @Test
    void everyActionHasItsOwnText() {
        assertThat(ShortcutCatalog.entries()).extracting(ShortcutCatalog.Entry::action).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("shortcuts.action."));
    }
}
