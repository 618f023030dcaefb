package com.marketchats.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the store of an account: creates its folder, then opens its two databases (see
 * {@link DatabaseOpener}): {@code outbox.db} first, with a rollback journal and every commit synced, then
 * {@code chats.db} in WAL mode, whose upgrade moves the outbox and drafts of an older install into
 * {@code outbox.db} ({@link OutboxMove}). Either file, when damaged, is moved aside on its own and a
 * fresh one opened; the other is left as it is. The caller learns it from {@link OpenedStore#recovery()},
 * with how many unsent replies and drafts the store still holds.
 * <p>
 * Before the first connection it tells sqlite-jdbc where its native library is ({@link SqliteNativeLibrary}),
 * which is never the data folder, and deletes the copies older versions extracted there.
 */
public final class StoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);

    private final Clock clock;

    public StoreOpener() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the time of drafts, outbox changes and sync marks, and of moved-aside file names */
    public StoreOpener(Clock clock) {
        this.clock = clock;
    }

    public OpenedStore open(Path dataDirectory, long businessId) {
        return open(AccountFiles.of(dataDirectory, businessId));
    }

    public OpenedStore open(AccountFiles files) {
        try {
            OwnerOnlyFiles.createDirectories(files.folder());
        } catch (IOException e) {
            throw new StoreException("Could not create the data folder " + files.folder() + ": " + e.getMessage(), e);
        }
        SqliteNativeLibrary.prepare();
        SqliteNativeLibrary.removeLeftovers(files.dataDirectory());
        DatabaseOpener opener = new DatabaseOpener(clock);
        DatabaseOpener.Opened outbox = opener.open(StoreFile.OUTBOX, files.outboxDatabase(), Journal.ROLLBACK_FULL_SYNC,
                writer -> Migrator.migrate(writer, OutboxSchemaSteps.ALL));
        DatabaseOpener.Opened chats;
        try {
            chats = opener.open(StoreFile.CHATS, files.database(), Journal.WAL_GROUP_COMMIT,
                    writer -> OutboxMove.upgradeChats(writer, outbox.database()));
        } catch (RuntimeException e) {
            outbox.database().close();
            throw e;
        }
        ChatStore store = new ChatStore(chats.database(), outbox.database(), clock);
        List<CorruptStoreReport> movedAside = new ArrayList<>();
        chats.movedAside().ifPresent(movedAside::add);
        outbox.movedAside().ifPresent(movedAside::add);
        if (movedAside.isEmpty()) {
            return new OpenedStore(store, Optional.empty());
        }
        StoreRecovery recovery = new StoreRecovery(movedAside, store.outbox().unsentCount(), store.drafts().count());
        LOG.warn("Opened the local store of {} after moving {} aside; it holds {} unsent replies and {} drafts",
                files.folder(), movedAside.stream().map(CorruptStoreReport::file).toList(),
                recovery.unsentRepliesKept(), recovery.draftsKept());
        return new OpenedStore(store, Optional.of(recovery));
    }
}
