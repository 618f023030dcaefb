package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import com.marketchats.viewmodel.compose.TextSpan;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The ⚡ button's menu of quick replies. The first nine carry Ctrl+1…Ctrl+9 (Cmd on macOS), shown beside
 * their titles; a chosen reply goes into the compose box with the first variable the chat has no value
 * for selected, so the seller types straight over it.
 */
final class QuickReplyMenu {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ComposeViewModel model;
    private final I18n texts;
    private final TextArea input;

    private QuickReplyMenu(ComposeViewModel model, I18n texts, TextArea input) {
        this.model = model;
        this.texts = texts;
        this.input = input;
    }

    /** The menu button, inserting into {@code input}. */
    static MenuButton button(ComposeViewModel model, I18n texts, TextArea input) {
        return new QuickReplyMenu(model, texts, input).build();
    }

    private MenuButton build() {
        MenuButton menu = new MenuButton(null, new FontIcon(Feather.ZAP));
        menu.setId("quickReplies");
        menu.getStyleClass().addAll("flat", "button-icon");
        menu.setTooltip(new Tooltip(texts.text("compose.quickReplies")));
        menu.setAccessibleText(texts.text("compose.quickReplies"));
        menu.disableProperty().bind(model.hasChatProperty().not());
        Runnable fill = () -> menu.getItems().setAll(items());
        model.quickReplyTitles().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return menu;
    }

    private List<MenuItem> items() {
        List<String> titles = model.quickReplyTitles();
        if (titles.isEmpty()) {
            MenuItem none = new MenuItem(texts.text("compose.quickReplies.empty"));
            none.setDisable(true);
            return List.of(none);
        }
        return IntStream.range(0, titles.size()).mapToObj(index -> {
            MenuItem item = new MenuItem(titles.get(index));
            item.setMnemonicParsing(false);
            if (index < DIGITS.length) {
                // The menu button's skin puts these into the scene's accelerators.
                item.setAccelerator(new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(event -> insert(index));
            return item;
        }).toList();
    }

    private void insert(int index) {
        if (!model.hasChatProperty().get() || index >= model.quickReplyTitles().size()) {
            return;
        }
        IndexRange selection = input.getSelection();
        TextSpan next = model.insertQuickReply(index, selection.getStart(), selection.getEnd());
        input.requestFocus();
        input.selectRange(next.start(), next.end());
    }
}
