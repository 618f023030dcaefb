package com.marketchats.app;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.CloseAction;
import com.marketchats.view.window.CloseToTrayDialog;
import com.marketchats.viewmodel.account.CloseChoice;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the window's close button does. With an icon in the tray: the seller's choice, asked the first time
 * (keep running in the tray, where notifications keep coming, or quit). Without a tray the app quits, as
 * a hidden window could not be brought back.
 */
final class WindowCloser {

    private final Stage stage;
    private final TrayPresence tray;
    private final Supplier<MainViewModel> main;
    private final Supplier<I18n> texts;
    private final Runnable quit;
    private final DesktopChoices choices;

    WindowCloser(Stage stage, TrayPresence tray, Supplier<MainViewModel> main, Supplier<I18n> texts, Runnable quit,
                 DesktopChoices choices) {
        this.choices = choices;
        this.stage = stage;
        this.tray = tray;
        this.main = main;
        this.texts = texts;
        this.quit = quit;
    }

    void install() {
        stage.setOnCloseRequest(this::closeRequested);
    }

    private void closeRequested(WindowEvent event) {
        // Decided here in every case: the toolkit's own "last window closed" exit is off while a tray is there.
        event.consume();
        MainViewModel model = main.get();
        if (!tray.present() || model == null) {
            quit.run();
            return;
        }
        CloseAction action = model.settingsProperty().get().desktop().onClose();
        if (action == CloseAction.ASK) {
            Optional<CloseChoice> answer = new CloseToTrayDialog(texts.get(), stage).showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            action = answer.get().action();
            choices.save(model, model.settingsProperty().get().desktop().withOnClose(action));
        }
        if (action == CloseAction.TRAY) {
            stage.hide();
        } else {
            quit.run();
        }
    }
}
