package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.sync.SyncStatus;
import com.marketchats.viewmodel.UiContext;

import java.util.Objects;

/**
 * Keeps one cabinet's "key refused" banner in step with its sync engine: shown while the API refuses
 * the key (the engine then stops polling and waits), gone once it is accepted again or the cabinet
 * closes, so a replaced key takes its banner with it.
 */
final class KeyRefusedNotice {

    private final CabinetEntry entry;
    private final WindowNotices notices;
    private final UiContext ui;
    private WindowNotice shown;

    KeyRefusedNotice(CabinetEntry entry, WindowNotices notices, UiContext ui) {
        this.entry = entry;
        this.notices = notices;
        this.ui = ui;
    }

    /** Starts following the cabinet's sync status; returns what stops it and takes the banner down. */
    Runnable watch(ChatInbox inbox) {
        Runnable unsubscribe = inbox.subscribeSync(status -> ui.ui().execute(() -> show(status)));
        ui.run(inbox::syncStatus, this::show, failure -> { });
        return () -> {
            unsubscribe.run();
            ui.ui().execute(() -> show(null));
        };
    }

    private void show(SyncStatus status) {
        WindowNotice wanted = status != null && status.hasAuthProblem()
                ? NoticeTexts.keyRefused(status.authProblem(), entry.displayName(ui.texts()), entry.account().id(),
                        ui.texts())
                : null;
        if (Objects.equals(wanted, shown)) {
            return;
        }
        if (shown != null) {
            notices.dismiss(shown);
        }
        shown = wanted;
        if (wanted != null) {
            notices.add(wanted);
        }
    }
}
