package com.marketchats.viewmodel.window;

import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** One cabinet in the switcher: its account and its unread count, kept current from its own store. */
public final class CabinetEntry {

    private final AccountRef account;
    private final ChatInbox inbox;
    private final UiContext ui;
    private final SimpleIntegerProperty unread = new SimpleIntegerProperty(this, "unread");
    private Runnable unsubscribe = () -> { };

    CabinetEntry(AccountRef account, ChatInbox inbox, UiContext ui) {
        this.account = account;
        this.inbox = inbox;
        this.ui = ui;
    }

    void start() {
        unsubscribe = inbox.subscribe(batch -> {
            if (!batch.chatsChanged().isEmpty()) {
                refresh();
            }
        });
        refresh();
    }

    void dispose() {
        unsubscribe.run();
    }

    private void refresh() {
        ui.run(inbox::totalUnread, unread::set, failure -> { });
    }

    public AccountRef account() {
        return account;
    }

    /** "Demo cabinet", the name the seller gave, or "Cabinet 2481632" when none. */
    public String displayName(I18n texts) {
        return nameOf(account, texts);
    }

    static String nameOf(AccountRef account, I18n texts) {
        if (account.demo()) {
            return texts.text("window.title.demoCabinet");
        }
        return account.label().isBlank() ? texts.text("window.cabinetNumber", account.businessId()) : account.label();
    }

    ChatInbox inbox() {
        return inbox;
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread;
    }
}
