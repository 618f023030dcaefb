package com.marketchats.viewmodel.account;

import com.marketchats.service.autostart.Autostart;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The "start with the system" choice in Settings. Unlike the other settings it lives in the system's own
 * entry rather than in {@code settings.json}, so it is read from there when Settings opens and written there
 * on save; the seller may have removed the entry with the system's tools meanwhile.
 */
public final class AutostartChoice {

    private final Autostart autostart;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);
    /** What the system's entry says, as last read or written; touched on the FX thread only. */
    private boolean inEffect;

    AutostartChoice(Autostart autostart) {
        this.autostart = Objects.requireNonNull(autostart, "autostart");
    }

    /** False in a copy of the app that the system cannot start (not installed): the view explains why. */
    public boolean isAvailable() {
        return autostart.isAvailable();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Off the FX thread: whether the system starts the app now. */
    boolean read() {
        try {
            return autostart.isEnabled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the FX thread: the system's entry is now {@code enabled}, and the choice shows it. */
    void inEffect(boolean enabled) {
        inEffect = enabled;
        selected.set(enabled);
    }

    /** True when the choice differs from the system's entry, so a save has something to write. */
    boolean changed() {
        return selected.get() != inEffect;
    }

    /** Off the FX thread: turns the system's entry on or off; empty when that worked, else why not. */
    Optional<IOException> write(boolean enabled) {
        try {
            if (enabled) {
                autostart.enable();
            } else {
                autostart.disable();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }
}
