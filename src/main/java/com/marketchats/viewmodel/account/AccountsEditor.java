package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.AccountRef;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cabinets being edited in Settings: rename and remove. A removal takes effect on save, when the
 * settings forget the cabinet and its key is deleted; its chat data stays on disk.
 */
public final class AccountsEditor {

    private final I18n texts;
    private final List<AccountRef> accounts = new ArrayList<>();
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    // One view for everyone: its listeners hold on to the list only as long as the view lives.
    private final ObservableList<AccountRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Set<String> removed = new LinkedHashSet<>();

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

    /** Takes the cabinet off the list; on save its key is deleted too. */
    public void remove(String accountId) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).id().equals(accountId)) {
                accounts.remove(i);
                rows.remove(i);
                removed.add(accountId);
                return;
            }
        }
    }

    void load(List<AccountRef> saved) {
        accounts.clear();
        accounts.addAll(saved);
        rows.setAll(saved.stream().map(this::row).toList());
        removed.clear();
    }

    List<AccountRef> toAccounts() {
        return List.copyOf(accounts);
    }

    /** Ids of the cabinets removed since the last load, whose keys go when the settings are saved. */
    Set<String> removedIds() {
        return Set.copyOf(removed);
    }

    private AccountRow row(AccountRef account) {
        String number = Long.toString(account.businessId());
        String name = !account.label().isEmpty() ? account.label()
                : account.demo() ? texts.text("accounts.demoName") : texts.text("accounts.defaultName", number);
        String detail = account.demo() ? texts.text("accounts.demoDetail") : texts.text("accounts.cabinetDetail", number);
        return new AccountRow(account.id(), account.label(), name, detail, account.demo());
    }
}
