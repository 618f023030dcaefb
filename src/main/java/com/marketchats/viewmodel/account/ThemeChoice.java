package com.marketchats.viewmodel.account;

import com.marketchats.service.settings.Theme;

/** The theme choices Settings offers, as the view sees them (views do not reach the service layer). */
public enum ThemeChoice {
    LIGHT(Theme.LIGHT),
    DARK(Theme.DARK),
    SYSTEM(Theme.SYSTEM);

    private final Theme theme;

    ThemeChoice(Theme theme) {
        this.theme = theme;
    }

    Theme theme() {
        return theme;
    }

    static ThemeChoice of(Theme theme) {
        for (ThemeChoice choice : values()) {
            if (choice.theme == theme) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
