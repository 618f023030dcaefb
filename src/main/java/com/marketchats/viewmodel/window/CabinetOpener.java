package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;

/**
 * Opens and closes the services of a cabinet (its store, sync and outbox; for the demo, the sandbox
 * too). The app implements it; both methods block, so the view-models call them off the FX thread.
 */
public interface CabinetOpener {

    ChatInbox open(AccountRef account);

    void close(AccountRef account);

    /** Closes the cabinet and opens it again, after its key was replaced. */
    default ChatInbox reopen(AccountRef account) {
        close(account);
        return open(account);
    }

    /**
     * Closes the cabinet for good, as it is removed; the app's opener also deletes what it kept of it
     * (its key and local files).
     */
    default void forget(AccountRef account) {
        close(account);
    }
}
