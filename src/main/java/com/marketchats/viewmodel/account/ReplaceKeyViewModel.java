package com.marketchats.viewmodel.account;

import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.accounts.CheckResult;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * "Replace API key" for one cabinet: the new key is tried with the same real call as when connecting,
 * against this cabinet's id, and stored in the vault only when it reads this cabinet's chats; then the
 * app restarts the cabinet with it. A refused key changes nothing: the old one stays stored.
 */
public final class ReplaceKeyViewModel {

    private final AccountRef account;
    private final AccountCheck check;
    private final CredentialVault vault;
    private final UiContext ui;
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyBooleanWrapper replaced = new ReadOnlyBooleanWrapper(this, "replaced", false);
    private final Consumer<AccountRef> onReplaced;

    /** @param onReplaced told (on the UI executor) once the new key is stored, to restart the cabinet */
    public ReplaceKeyViewModel(AccountRef account, AccountCheck check, CredentialVault vault, UiContext ui,
                               Consumer<AccountRef> onReplaced) {
        this.account = Objects.requireNonNull(account, "account");
        this.check = Objects.requireNonNull(check, "check");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.onReplaced = Objects.requireNonNull(onReplaced, "onReplaced");
        apiKey.addListener((observable, before, after) -> errorText.set(""));
    }

    /** "Cabinet «Shop» (ID 2481632)": which cabinet the new key must open. */
    public String cabinetText() {
        return CabinetNames.of(account, ui.texts());
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the key was refused and what to do; empty when it was not. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** True once the new key is stored and the cabinet restarts with it. */
    public ReadOnlyBooleanProperty replacedProperty() {
        return replaced.getReadOnlyProperty();
    }

    /** Checks the typed key against this cabinet, and stores it only if it works there. */
    public void replace() {
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        if (busy.get()) {
            return;
        }
        if (key.isEmpty()) {
            errorText.set(ui.texts().text("onboarding.validation.keyEmpty"));
            return;
        }
        busy.set(true);
        errorText.set("");
        ui.run(() -> {
            CheckResult result = check.check(account.baseUrl(), account.businessId(), key);
            if (result.ok()) {
                vault.save(account.id(), key);
            }
            return result;
        }, this::finish, failure -> {
            busy.set(false);
            errorText.set(ui.texts().text("onboarding.error.vault"));
        });
    }

    private void finish(CheckResult result) {
        busy.set(false);
        if (!result.ok()) {
            errorText.set(refusal(result.outcome()));
            return;
        }
        apiKey.set("");
        replaced.set(true);
        onReplaced.accept(account);
    }

    private String refusal(CheckResult.Outcome outcome) {
        return switch (outcome) {
            case NO_CHATS_ACCESS, NO_SUCH_CABINET -> ui.texts().text("replaceKey.error.otherCabinet",
                    Long.toString(account.businessId()));
            default -> ui.texts().text("onboarding.error." + outcome) + " " + ui.texts().text("replaceKey.oldKept");
        };
    }
}
