package com.marketchats.app;

import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.store.CabinetContents;
import com.marketchats.view.account.CabinetActions;
import com.marketchats.view.account.RemoveCabinetDialog;
import com.marketchats.view.account.ReplaceKeyDialog;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.account.RemovalQuestion;
import com.marketchats.viewmodel.account.ReplaceKeyViewModel;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Adding, re-keying and removing cabinets, from Settings and from the window: the connect screen, the
 * replace-key window (the key checked against this cabinet before it is stored, then the cabinet
 * restarted with it), and the question before a removal with what it deletes, counted.
 */
final class CabinetDialogs implements CabinetActions {

    private static final Logger LOG = LoggerFactory.getLogger(CabinetDialogs.class);

    private final AppWindow app;
    private final UiContext ui;
    private final I18n texts;

    CabinetDialogs(AppWindow app, UiContext ui) {
        this.app = app;
        this.ui = ui;
        this.texts = ui.texts();
    }

    @Override
    public void addCabinet(Window owner) {
        app.dialogs().showOnboarding(owner);
    }

    @Override
    public void replaceKey(String accountId, Window owner) {
        MainViewModel main = app.main();
        main.settingsProperty().get().account(accountId).ifPresent(account -> {
            ReplaceKeyViewModel model = new ReplaceKeyViewModel(account, AccountCheck.overHttp(), app.vault(), ui,
                    replaced -> restart(main, replaced));
            new ReplaceKeyDialog(model, texts, owner).show();
        });
    }

    /** A cabinet that could not open before (its key was missing) opens now; an open one restarts. */
    private static void restart(MainViewModel main, AccountRef account) {
        if (main.cabinets().stream().anyMatch(entry -> entry.accountId().equals(account.id()))) {
            main.keyReplaced(account.id());
        } else {
            main.open(List.of(account), null);
        }
    }

    /** Counts what the cabinet holds in the background, asks, and removes it only on a clear yes. */
    @Override
    public void removeCabinet(String accountId, Window owner) {
        MainViewModel main = app.main();
        main.settingsProperty().get().account(accountId).ifPresent(account -> ui.run(() -> question(account),
                question -> {
                    if (new RemoveCabinetDialog(question, texts, owner).showAndWait().orElse(false)) {
                        remove(main, account);
                    }
                }, failure -> { throw failure; }));
    }

    private RemovalQuestion question(AccountRef account) {
        Optional<CabinetContents> contents;
        String failure = "";
        try {
            contents = Optional.of(app.sessions().contents(account));
        } catch (RuntimeException e) {
            LOG.warn("Could not count what cabinet {} holds before removing it: {}", account.businessId(), e.toString());
            contents = Optional.empty();
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return RemovalQuestion.of(account, contents, failure, app.vault().kind(), app.vault().location(), texts);
    }

    /** With no cabinet left the window falls back to the demo, and the connect screen is offered. */
    private void remove(MainViewModel main, AccountRef account) {
        main.removeCabinet(account);
        if (main.cabinets().isEmpty()) {
            main.open(List.of(CabinetSessions.demoAccount()), null);
            app.dialogs().showOnboarding();
        }
    }
}
