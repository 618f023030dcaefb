package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.AccountRef;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    AccountsEditor(I18n texts) {
        this.texts = texts;
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

    private Optional<AccountRef> account(String accountId) {
        return accounts.stream().filter(account -> account.id().equals(accountId)).findFirst();
    }

    void load(List<AccountRef> saved) {
        accounts.clear();
        accounts.addAll(saved);
        rows.setAll(saved.stream().map(this::row).toList());
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
