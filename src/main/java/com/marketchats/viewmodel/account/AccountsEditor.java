package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.AccountRef;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The cabinets listed in Settings, with renames not saved yet. Adding, replacing a key and removing are
 * the app's, done at once; the list follows them through {@link #follow}.
 */
public final class AccountsEditor {

    private final I18n texts;
    private final List<AccountRef> accounts = new ArrayList<>();
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    // One view for everyone: its listeners hold on to the list only as long as the view lives.
    private final ObservableList<AccountRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final ReplyTargetEditor replyTarget;
    private final QuietHoursEditor quietHours;
    private final ReadOnlyIntegerWrapper targetEdits = new ReadOnlyIntegerWrapper(this, "targetEdits");

    AccountsEditor(I18n texts) {
        this.texts = texts;
        this.replyTarget = new ReplyTargetEditor(texts,
                (accountId, target) -> change(accountId, account -> account.withReplyTarget(target)));
        this.quietHours = new QuietHoursEditor(texts,
                (accountId, quiet) -> change(accountId, account -> account.withQuietHours(quiet)));
    }

    /** The reply target of the cabinet chosen with {@link #select}. */
    public ReplyTargetEditor replyTarget() {
        return replyTarget;
    }

    /** The quiet hours of the cabinet chosen with {@link #select}. */
    public QuietHoursEditor quietHours() {
        return quietHours;
    }

    /** Counts reply targets and quiet hours changed here, so Settings knows there is something to save. */
    public ReadOnlyIntegerProperty targetEditsProperty() {
        return targetEdits.getReadOnlyProperty();
    }

    /** The cabinet whose reply target and quiet hours are edited; null for none. */
    public void select(String accountId) {
        Optional<AccountRef> chosen = accountId == null ? Optional.empty() : account(accountId);
        replyTarget.edit(accountId, chosen.map(AccountRef::replyTarget).orElse(null));
        quietHours.edit(accountId, chosen.map(AccountRef::quietHours).orElse(null));
    }

    /** The cabinets still listed, in switcher order. */
    public ObservableList<AccountRow> rows() {
        return rowsView;
    }

    /** Gives the cabinet a new name; an empty name falls back to one made from its id. */
    public void rename(String accountId, String newLabel) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).id().equals(accountId)) {
                accounts.set(i, accounts.get(i).withLabel(newLabel));
                rows.set(i, row(accounts.get(i)));
                return;
            }
        }
    }

    /** Replaces a cabinet by an edit of it (a new reply target or quiet hours) when that changes it. */
    private void change(String accountId, UnaryOperator<AccountRef> edit) {
        for (int i = 0; i < accounts.size(); i++) {
            AccountRef changed = accounts.get(i).id().equals(accountId) ? edit.apply(accounts.get(i)) : accounts.get(i);
            if (!accounts.get(i).equals(changed)) {
                accounts.set(i, changed);
                // Not through the rows: the row looks the same, and replacing it would drop the list's
                // selection while the seller types.
                targetEdits.set(targetEdits.get() + 1);
                return;
            }
        }
    }

    private Optional<AccountRef> account(String accountId) {
        return accounts.stream().filter(account -> account.id().equals(accountId)).findFirst();
    }

    void load(List<AccountRef> saved) {
        accounts.clear();
        accounts.addAll(saved);
        rows.setAll(saved.stream().map(this::row).toList());
        replyTarget.edit(null, null);
        quietHours.edit(null, null);
    }

    /** The app's cabinets now, in its order; a cabinet renamed here keeps the name not saved yet. */
    void follow(List<AccountRef> now) {
        List<AccountRef> merged = now.stream().map(account -> account(account.id()).orElse(account)).toList();
        load(merged);
    }

    List<AccountRef> toAccounts() {
        return List.copyOf(accounts);
    }

    private AccountRow row(AccountRef account) {
        String number = Long.toString(account.businessId());
        String name = !account.label().isEmpty() ? account.label()
                : account.demo() ? texts.text("accounts.demoName") : texts.text("accounts.defaultName", number);
        String detail = account.demo() ? texts.text("accounts.demoDetail") : texts.text("accounts.cabinetDetail", number);
        return new AccountRow(account.id(), account.label(), name, detail, account.demo());
    }
}
