package com.marketchats.viewmodel.account;

import com.marketchats.api.HttpChatsApiBuilder;
import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.accounts.CheckResult;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.VaultKind;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The first-run screen: try the demo, or connect a cabinet with its API key and id. A connection is
 * checked with one real call first; only a key that works is stored (in the vault, never in the
 * settings) and turned into an {@link AccountRef}.
 */
public final class OnboardingViewModel {

    private final AccountCheck check;
    private final CredentialVault vault;
    private final UiContext ui;

    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty businessId = new SimpleStringProperty(this, "businessId", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty baseUrl =
            new SimpleStringProperty(this, "baseUrl", HttpChatsApiBuilder.DEFAULT_BASE_URL.toString());
    private final ReadOnlyStringWrapper validationText = new ReadOnlyStringWrapper(this, "validationText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyStringWrapper vaultNotice = new ReadOnlyStringWrapper(this, "vaultNotice", "");
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect", false);
    private final BooleanProperty keyShown = new SimpleBooleanProperty(this, "keyShown", false);
    private Consumer<AccountRef> onConnected = account -> { };
    private Runnable onDemo = () -> { };

    public OnboardingViewModel(AccountCheck check, CredentialVault vault, UiContext ui) {
        this.check = Objects.requireNonNull(check, "check");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.ui = Objects.requireNonNull(ui, "ui");
        validationText.bind(Bindings.createStringBinding(this::validate, apiKey, businessId));
        canConnect.bind(validationText.isEmpty().and(busy.not()));
        if (vault.kind() == VaultKind.OWNER_ONLY_FILE) {
            vaultNotice.set(ui.texts().text("vault.fileNotice",
                    vault.location().map(Object::toString).orElse("")));
        }
        // A new attempt starts clean: an old error next to changed input would mislead.
        apiKey.addListener((observable, before, after) -> errorText.set(""));
        businessId.addListener((observable, before, after) -> errorText.set(""));
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty businessIdProperty() {
        return businessId;
    }

    /** An optional name for the cabinet, shown in the account switcher. */
    public StringProperty labelProperty() {
        return label;
    }

    /** The API origin checked against; the real API unless a test or the sandbox says otherwise. */
    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    /** What is missing or wrong in the input; empty when it can be checked. */
    public ReadOnlyStringProperty validationTextProperty() {
        return validationText.getReadOnlyProperty();
    }

    /** True while the check call runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last attempt failed and what to do; empty when it did not. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** Set when keys are kept in the owner-only file: where, and why not in the keychain. */
    public ReadOnlyStringProperty vaultNoticeProperty() {
        return vaultNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    /** Whether the key field shows the key in clear text. */
    public BooleanProperty keyShownProperty() {
        return keyShown;
    }

    /** Who learns of a connected account when the view's Connect button is pressed. */
    public void setOnConnected(Consumer<AccountRef> onConnected) {
        this.onConnected = Objects.requireNonNull(onConnected, "onConnected");
    }

    /** Who opens the demo when the view's demo button is pressed. */
    public void setOnDemo(Runnable onDemo) {
        this.onDemo = Objects.requireNonNull(onDemo, "onDemo");
    }

    /** Connects with the handler given to {@link #setOnConnected}. */
    public void connect() {
        connect(onConnected);
    }

    /**
     * Checks the key with a real call; on success stores it in the vault under a new account id and
     * hands the new account to {@code whenConnected}. On failure nothing is stored and
     * {@link #errorTextProperty()} says why.
     */
    public void connect(Consumer<AccountRef> whenConnected) {
        if (!canConnect.get()) {
            return;
        }
        String key = apiKey.get().strip();
        long business = parseBusinessId(businessId.get()).orElseThrow();
        String origin = baseUrl.get();
        String name = label.get() == null ? "" : label.get().strip();
        busy.set(true);
        errorText.set("");
        ui.run(() -> attempt(origin, business, key, name),
                result -> finish(result, whenConnected),
                failure -> {
                    busy.set(false);
                    errorText.set(ui.texts().text("onboarding.error.vault"));
                });
    }

    /** Opens the demo with the handler given to {@link #setOnDemo}. */
    public void chooseDemo() {
        chooseDemo(onDemo);
    }

    public void chooseDemo(Runnable whenDemo) {
        if (!busy.get()) {
            errorText.set("");
            whenDemo.run();
        }
    }

    private Attempt attempt(String origin, long business, String key, String name) {
        CheckResult result = check.check(origin, business, key);
        if (!result.ok()) {
            return new Attempt(result, null);
        }
        AccountRef account = new AccountRef(UUID.randomUUID().toString(), name, business, origin, false);
        vault.save(account.id(), key);
        return new Attempt(result, account);
    }

    private void finish(Attempt attempt, Consumer<AccountRef> whenConnected) {
        busy.set(false);
        if (attempt.account() == null) {
            errorText.set(ui.texts().text("onboarding.error." + attempt.result().outcome()));
            return;
        }
        apiKey.set("");
        whenConnected.accept(attempt.account());
    }

    private String validate() {
        if (apiKey.get() == null || apiKey.get().isBlank()) {
            return ui.texts().text("onboarding.validation.keyEmpty");
        }
        if (businessId.get() == null || businessId.get().isBlank()) {
            return ui.texts().text("onboarding.validation.idEmpty");
        }
        if (parseBusinessId(businessId.get()).isEmpty()) {
            return ui.texts().text("onboarding.validation.idNotNumber");
        }
        return "";
    }

    /** The cabinet id as typed or pasted, spaces allowed ("12 345"); empty unless a positive number. */
    static OptionalLong parseBusinessId(String text) {
        String digits = text == null ? "" : text.replaceAll("\\s", "");
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(digits);
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    private record Attempt(CheckResult result, AccountRef account) {
    }
}
