package com.marketchats.viewmodel.account;

/** The language choices Settings offers; {@link #SYSTEM} follows the operating system. */
public enum LanguageChoice {
    SYSTEM(null),
    RUSSIAN("ru"),
    ENGLISH("en");

    private final String code;

    LanguageChoice(String code) {
        this.code = code;
    }

    /** The settings' language code; null for {@link #SYSTEM}. */
    String code() {
        return code;
    }

    static LanguageChoice of(String code) {
        for (LanguageChoice choice : values()) {
            if (choice.code != null && choice.code.equals(code)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
