package com.marketchats.app;

import java.util.Locale;
import java.util.Map;

/**
 * Command-line options: {@code --lang=ru|en} (default: the system's language) and
 * {@code --theme=light|dark} (default: light).
 */
record AppOptions(Locale locale, boolean dark) {

    static AppOptions parse(Map<String, String> named) {
        String lang = named.get("lang");
        Locale locale = lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang);
        boolean dark = "dark".equalsIgnoreCase(named.getOrDefault("theme", "light"));
        return new AppOptions(locale, dark);
    }
}
