package com.marketchats.view.account;

import javafx.stage.Window;

/**
 * What the app does for a cabinet when asked from Settings or the main window, each at once and with
 * its own window over {@code owner}: connect another cabinet, replace a cabinet's API key, remove one.
 */
public interface CabinetActions {

    void addCabinet(Window owner);

    void replaceKey(String accountId, Window owner);

    void removeCabinet(String accountId, Window owner);
}
