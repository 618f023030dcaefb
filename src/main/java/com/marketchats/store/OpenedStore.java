package com.marketchats.store;

import java.util.Optional;

/**
 * A store ready to use, and what happened on the way: when the database file was damaged it was
 * moved aside and a fresh, empty store was opened in its place.
 */
public record OpenedStore(ChatStore store, Optional<CorruptStoreReport> corruption) {

    /** Where the damaged database was moved to, when it was. */
    public Optional<java.nio.file.Path> movedAsideCorruptFile() {
        return corruption.map(CorruptStoreReport::movedTo);
    }
}
