package com.marketchats.store;

import java.util.Optional;

/**
 * A store ready to use, and what happened on the way: set when a damaged database file was moved aside
 * and a fresh one opened in its place.
 */
public record OpenedStore(ChatStore store, Optional<StoreRecovery> recovery) {
}
