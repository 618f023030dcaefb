package com.marketchats.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.marketchats.service.settings.SystemTheme;
import com.marketchats.service.settings.Theme;
import javafx.application.Application;

/** Puts the AtlantaFX Primer theme the seller chose (or the system's, for "follow the system") on every window. */
final class Themes {

    private Themes() {
    }

    /** @param option {@code --theme} for this run (light, dark, system) or null to follow the saved choice */
    static void apply(String option, Theme saved) {
        Theme theme = option == null ? saved : Theme.valueOf(option.toUpperCase(java.util.Locale.ROOT));
        boolean dark = theme == Theme.DARK || (theme == Theme.SYSTEM && SystemTheme.prefersDark());
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
