package com.marketchats.app;

import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.autostart.SystemAutostart;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.view.account.OnboardingView;
import com.marketchats.view.account.SettingsDialog;
import com.marketchats.view.compose.StartChatDialog;
import com.marketchats.view.window.AboutDialog;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.account.OnboardingViewModel;
import com.marketchats.viewmodel.account.SettingsViewModel;
import com.marketchats.viewmodel.window.CabinetViewModels;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app's secondary windows: connecting a cabinet (the first-run screen), settings, starting a chat, About. */
final class Dialogs {

    private final AppWindow app;
    private final UiContext ui;
    private final I18n texts;

    Dialogs(AppWindow app, UiContext ui) {
        this.app = app;
        this.ui = ui;
        this.texts = ui.texts();
    }

    /** The first-run screen, also "Add cabinet": look at the demo, or connect a cabinet with a key checked by a real call. */
    void showOnboarding() {
        showOnboarding(app.stage());
    }

    /** @param owner the window it opens over: the main window, or Settings when added from there */
    void showOnboarding(Window owner) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(texts.text("window.onboarding.title"));
        OnboardingViewModel model = new OnboardingViewModel(AccountCheck.overHttp(), app.vault(), ui);
        model.setOnConnected(account -> {
            app.main().addCabinet(account);
            window.close();
        });
        model.setOnDemo(window::close);
        window.setScene(new Scene(new OnboardingView(model, texts).root(), 900, 720));
        window.show();
    }

    void showSettings() {
        SettingsViewModel model = new SettingsViewModel(app.settingsStore(), ui, SystemAutostart.forThisComputer());
        model.setOnSaved(app::settingsSaved);
        model.followCabinets(app.main().settingsProperty());
        model.mechanismProperty().set(app.notificationMechanism());
        model.trayPresentProperty().set(app.trayPresent());
        SettingsDialog dialog = new SettingsDialog(model, texts, new CabinetDialogs(app, ui));
        dialog.initOwner(app.stage());
        dialog.show();
    }

    /** The diagnostics are gathered in the background: where keys are kept is known once the keychain probe ends. */
    void showAbout() {
        AppVersion version = AppVersion.read();
        AppSettings settings = app.main().settingsProperty().get();
        ui.run(() -> Diagnostics.describe(version, app.dataDirectory(), settings, texts.locale(), app.vault()),
                diagnostics -> new AboutDialog(texts, version.version() + " (" + version.commit() + ")",
                        app.dataDirectory(), diagnostics, LogFiles.folder(app.dataDirectory()), app::openFolder,
                        AppIcons.large(), app.stage()).show(),
                failure -> { throw failure; });
    }

    void showStartChat() {
        CabinetViewModels models = app.main().activeModelsProperty().get();
        if (models != null) {
            new StartChatDialog(models.startChat(), texts, app.stage()).show(models::openChat);
        }
    }
}
