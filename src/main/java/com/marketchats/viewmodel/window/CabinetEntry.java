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
    private final KeyRefusedNotice keyRefused;
    private final SimpleIntegerProperty unread = new SimpleIntegerProperty(this, "unread");
    private Runnable unsubscribe = () -> { };
    private Runnable stopKeyWatch = () -> { };

    /** @param notices where a banner goes when the API refuses this cabinet's key */
    CabinetEntry(AccountRef account, ChatInbox inbox, UiContext ui, WindowNotices notices) {
        this.account = account;
        this.inbox = inbox;
        this.ui = ui;
        this.keyRefused = new KeyRefusedNotice(this, notices, ui);
    }

    void start() {
        unsubscribe = inbox.subscribe(batch -> {
            if (!batch.chatsChanged().isEmpty()) {
                refresh();
            }
        });
        refresh();
        stopKeyWatch = keyRefused.watch(inbox);
    }

    void dispose() {
        unsubscribe.run();
        stopKeyWatch.run();
    }

    private void refresh() {
        ui.run(inbox::totalUnread, unread::set, failure -> { });
    }

    public AccountRef account() {
        return account;
    }

    /** For the view, which may not see the account itself: what the window's actions name the cabinet by. */
    public String accountId() {
        return account.id();
    }

    /** True for the built-in sandbox, which has no key to replace. */
    public boolean demo() {
        return account.demo();
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
