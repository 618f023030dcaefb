package com.marketchats.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A database file that could not be used, and where it went: the file and its {@code -wal}, {@code -shm}
 * and {@code -journal} companions were renamed with a timestamp, never deleted.
 *
 * @param file     which database of the store it was
 * @param original the database path, now holding a fresh database
 * @param movedTo  the damaged database under its new name
 * @param allMoved every file moved (the database first, then the companions that existed)
 * @param reason   what SQLite said about it
 */
public record CorruptStoreReport(StoreFile file, Path original, Path movedTo, List<Path> allMoved, String reason) {

    public CorruptStoreReport {
        allMoved = List.copyOf(allMoved);
    }
}
