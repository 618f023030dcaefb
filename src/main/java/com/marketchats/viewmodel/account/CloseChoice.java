package com.marketchats.viewmodel.account;

import com.marketchats.service.settings.CloseAction;

/** What closing the window does, as the view offers it (views do not reach the service layer). */
public enum CloseChoice {
    ASK(CloseAction.ASK),
    TRAY(CloseAction.TRAY),
    QUIT(CloseAction.QUIT);

    private final CloseAction action;

    CloseChoice(CloseAction action) {
        this.action = action;
    }

    public CloseAction action() {
        return action;
    }

    public static CloseChoice of(CloseAction action) {
        for (CloseChoice choice : values()) {
            if (choice.action == action) {
                return choice;
            }
        }
        return ASK;
    }
}
