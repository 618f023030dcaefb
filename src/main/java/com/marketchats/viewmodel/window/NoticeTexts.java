package com.marketchats.viewmodel.window;

import com.marketchats.api.ApiException;
import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.SettingsRecovery;
import com.marketchats.store.CorruptStoreReport;
import com.marketchats.store.StoreFile;
import com.marketchats.store.StoreRecovery;

import java.nio.file.Path;
import java.util.Optional;

/** Puts what the store or the settings had to recover, what failed, or a refused key into the words of a banner. */
final class NoticeTexts {

    private NoticeTexts() {
    }

    /** A cabinet's store had a damaged file moved aside when it opened. */
    static WindowNotice store(StoreRecovery recovery, String cabinetName, I18n texts) {
        Optional<CorruptStoreReport> outbox = recovery.movedAside(StoreFile.OUTBOX);
        CorruptStoreReport first = outbox.orElseGet(() -> recovery.movedAside().get(0));
        String text = outbox.isPresent()
                ? texts.text("recovery.outboxMovedAside", cabinetName, first.movedTo())
                : texts.text("recovery.chatsMovedAside", cabinetName, first.movedTo(),
                        recovery.unsentRepliesKept(), recovery.draftsKept());
        return WindowNotice.recovery(text, Optional.ofNullable(first.movedTo().getParent()));
    }

    /** The settings file was damaged or missing, and this is what the app used instead. */
    static WindowNotice settings(SettingsRecovery recovery, I18n texts) {
        String what = texts.text("recovery.settings." + recovery.kind().name(), recovery.cabinets().size());
        String text = recovery.damagedCopy()
                .map(copy -> what + " " + texts.text("recovery.settings.damagedCopy", copy))
                .orElse(what);
        return WindowNotice.recovery(text, recovery.damagedCopy().map(Path::getParent));
    }

    /**
     * Something failed unexpectedly while the app went on (an uncaught exception on any thread).
     *
     * @param summary   the failure in one line (its type and message)
     * @param details   the stack trace, for "Copy details"
     * @param logFolder where the log with the same trace is
     */
    static WindowNotice error(String summary, String details, Path logFolder, I18n texts) {
        return new WindowNotice(WindowNotice.Kind.ERROR, texts.text("notice.error", summary),
                Optional.of(logFolder), Optional.of(details), Optional.empty());
    }

    /** The API refused a cabinet's key: 401 (deleted, replaced or mistyped) or 403 (no access to its chats). */
    static WindowNotice keyRefused(ApiException.Kind problem, String cabinetName, String accountId, I18n texts) {
        String key = problem == ApiException.Kind.FORBIDDEN ? "notice.keyForbidden" : "notice.keyRefused";
        return WindowNotice.keyRefused(texts.text(key, cabinetName), accountId);
    }
}
