package com.marketchats.store;

import java.nio.file.Path;

/** Opens and closes the store of one business in {@code args[0]}, in a JVM that has loaded no SQLite yet, and prints where the library came from. */
public final class StoreOpenerChild {

    private StoreOpenerChild() {
    }

    public static void main(String[] args) {
        try (ChatStore store = new StoreOpener().open(Path.of(args[0]), 1).store()) {
            store.outbox().pending();
        }
        System.out.println(SqliteNativeLibrary.LIB_PATH + "=" + System.getProperty(SqliteNativeLibrary.LIB_PATH));
    }
}
