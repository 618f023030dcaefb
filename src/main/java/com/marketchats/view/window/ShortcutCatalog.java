package com.marketchats.view.window;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * Every keyboard shortcut of the app, as the shortcut list shows it: the keys in the platform's own
 * notation (Ctrl on Windows and Linux, ⌘ on macOS, from {@link KeyCombination#getDisplayText()}) and
 * the bundle key of what they do. The window-wide ones are installed elsewhere; a test checks that each
 * accelerator on the window is listed here.
 */
public final class ShortcutCatalog {

    /** One line of the list: the keys and the text key ({@code shortcuts.action.*}) of what they do. */
    public record Entry(String keys, String action) {
    }

    private ShortcutCatalog() {
    }

    public static List<Entry> entries() {
        return List.of(
                entry("search", shortcut(KeyCode.F)),
                entry("nextChat", either(alt(KeyCode.DOWN), shortcut(KeyCode.PAGE_DOWN))),
                entry("previousChat", either(alt(KeyCode.UP), shortcut(KeyCode.PAGE_UP))),
                entry("nextNeedingReply", either(shortcut(KeyCode.J),
                        new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN).getDisplayText())),
                entry("rowMenu", either(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN).getDisplayText(),
                        new KeyCodeCombination(KeyCode.CONTEXT_MENU).getDisplayText())),
                entry("clearSearch", key(KeyCode.ESCAPE)),
                entry("compose", shortcut(KeyCode.L)),
                entry("send", key(KeyCode.ENTER)),
                entry("newLine", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN).getDisplayText()),
                entry("leaveCompose", either(key(KeyCode.TAB), new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN).getDisplayText())),
                entry("tabCharacter", new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN).getDisplayText()),
                entry("quickReply", shortcut(KeyCode.DIGIT1) + " \u2026 " + shortcut(KeyCode.DIGIT9)),
                entry("paste", shortcut(KeyCode.V)),
                entry("sheet", either(key(KeyCode.ENTER), key(KeyCode.ESCAPE))),
                entry("copyMessage", either(shortcut(KeyCode.C), shortcut(KeyCode.A))),
                entry("newChat", shortcut(KeyCode.N)),
                entry("settings", shortcut(KeyCode.COMMA)),
                entry("refresh", key(KeyCode.F5)),
                entry("shortcuts", either(key(KeyCode.F1), shortcut(KeyCode.SLASH))));
    }

    private static Entry entry(String action, String keys) {
        return new Entry(readable(keys), "shortcuts.action." + action);
    }

    /**
     * JavaFX writes Enter as "↵" everywhere; only macOS users know that glyph from their keyboard, the
     * others read the word printed on the key.
     */
    private static String readable(String keys) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        return mac ? keys : keys.replace("\u21b5", "Enter").replace("Escape", "Esc");
    }

    private static String either(String one, String other) {
        return one + " / " + other;
    }

    private static String shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    private static String alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN).getDisplayText();
    }

    private static String key(KeyCode code) {
        return new KeyCodeCombination(code).getDisplayText();
    }
}
