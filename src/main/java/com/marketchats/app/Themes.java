package com.marketchats.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.marketchats.service.settings.KnownSystemTheme;
import com.marketchats.service.settings.Theme;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Puts the AtlantaFX Primer theme the seller chose on every window. "Follow the system" starts with the
 * system's look as the last run found it and switches when asking the system now gives another answer:
 * the window never waits for the system's programs. Used on the FX thread only.
 */
final class Themes {

    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private final Consumer<String> stylesheets;
    // Null until the first apply: an early answer of the system must not show a theme before the settings are read.
    private Theme chosen;
    private boolean systemDark;
    private String shown;

    /**
     * @param stylesheets sets the user-agent stylesheet ({@code Application::setUserAgentStylesheet} in the app)
     * @param fx          runs the switch on the FX thread once the system has answered
     */
    Themes(KnownSystemTheme system, Consumer<String> stylesheets, Executor fx) {
        this.stylesheets = stylesheets;
        this.systemDark = system.lastDark();
        system.detected().thenAcceptAsync(this::systemAnswered, fx);
    }

    /** @param option {@code --theme} for this run (light, dark, system) or null to follow the saved choice */
    void apply(String option, Theme saved) {
        chosen = option == null ? saved : Theme.valueOf(option.toUpperCase(Locale.ROOT));
        show();
    }

    private void systemAnswered(boolean dark) {
        systemDark = dark;
        show();
    }

    private void show() {
        if (chosen == null) {
            return;
        }
        boolean dark = chosen == Theme.DARK || (chosen == Theme.SYSTEM && systemDark);
        String stylesheet = dark ? DARK : LIGHT;
        // A new user-agent stylesheet restyles every node: only when it changes.
        if (!stylesheet.equals(shown)) {
            shown = stylesheet;
            stylesheets.accept(stylesheet);
        }
    }
}
