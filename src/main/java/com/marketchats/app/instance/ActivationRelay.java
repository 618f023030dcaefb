package com.marketchats.app.instance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Carries later starts' requests to the window. A request may come before the window exists (a double
 * click while the app is starting): it is kept and handed over as soon as the window registers.
 */
public final class ActivationRelay {

    private final List<List<String>> pending = new ArrayList<>();
    private Consumer<List<String>> handler;

    /** A later start asked to be shown, with its command line. Any thread. */
    public void request(List<String> args) {
        Consumer<List<String>> target;
        synchronized (this) {
            if (handler == null) {
                pending.add(List.copyOf(args));
                return;
            }
            target = handler;
        }
        target.accept(args);
    }

    /** The window's handler; requests that came before it are handed to it at once. */
    public void setHandler(Consumer<List<String>> newHandler) {
        List<List<String>> earlier;
        synchronized (this) {
            handler = newHandler;
            earlier = List.copyOf(pending);
            pending.clear();
        }
        earlier.forEach(newHandler);
    }
}
