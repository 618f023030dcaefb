package com.marketchats.store;

import java.nio.file.Path;

/**
 * The files of one account (business) inside the data folder: its own folder, its two databases and the
 * folders where the outbox keeps copies of files waiting to be sent
 * and where opened attachments are cached.
 *
 * @param dataDirectory the app's data folder (see {@link DataDirectory})
 * @param folder        {@code <dataDirectory>/business-<businessId>}
 */
public record AccountFiles(Path dataDirectory, Path folder) {

    static final String DATABASE_FILE = "chats.db";
    static final String OUTBOX_DATABASE_FILE = "outbox.db";

    public static AccountFiles of(Path dataDirectory, long businessId) {
        if (businessId < 1) {
            throw new IllegalArgumentException("businessId must be positive: " + businessId);
        }
        return new AccountFiles(dataDirectory, dataDirectory.resolve("business-" + businessId));
    }

    /**
     * The cabinet's public facts (id, label, business id, address; never its key), kept beside its data
     * so that the cabinet can be found again when the settings file is lost.
     */
    public Path cabinetManifest() {
        return folder.resolve("cabinet.json");
    }

    /**
     * The SQLite database of this account's chats, messages, read marks and sync state; SQLite keeps
     * {@code -wal} and {@code -shm} files beside it.
     */
    public Path database() {
        return folder.resolve(DATABASE_FILE);
    }

    /**
     * The SQLite database of this account's outbox and drafts, apart from the chats so that their loss
     * does not take unsent replies with it; SQLite keeps a {@code -journal} file beside it.
     */
    public Path outboxDatabase() {
        return folder.resolve(OUTBOX_DATABASE_FILE);
    }

    /** Where the outbox copies files the seller attached, so that a queued file survives a restart. */
    public Path outboxFiles() {
        return folder.resolve("outbox-files");
    }

    /** Where attachments the seller opened are kept, so that opening one again needs no download. */
    public Path attachmentCache() {
        return folder.resolve("attachments");
    }
}
