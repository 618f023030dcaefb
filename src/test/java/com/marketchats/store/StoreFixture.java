package com.marketchats.store;

import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Opens a store of business 1 in a temporary data folder before each test and closes it after. */
abstract class StoreFixture {

    static final long BUSINESS = 1;

    @TempDir
    Path dataDir;

    final TestClock clock = TestClock.at("2026-07-01T08:00:00Z");
    ChatStore store;

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    ChatStore open() {
        OpenedStore opened = new StoreOpener(clock).open(dataDir, BUSINESS);
        if (opened.recovery().isPresent()) {
            throw new AssertionError("unexpected recovery: " + opened.recovery().get());
        }
        return opened.store();
    }

    /** Closes the store and opens it again, as a restart of the app would. */
    void reopen() {
        store.close();
        store = open();
    }
}
