package com.marketchats.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language, read from the {@code messages} bundles of this module
 * ({@code _en}, {@code _ru}). Russian is chosen on a Russian system, English elsewhere. Both bundles
 * always exist and the locale asked for is always one of the two, so the JDK's fallback to the system
 * locale (which would show Russian to someone who chose English on a Russian system) never happens.
 */
public final class I18n {

    private static final String BUNDLE = "com.marketchats.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private I18n(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Texts for the given locale: Russian for any {@code ru} locale, English otherwise. */
    public static I18n forLocale(Locale requested) {
        Locale locale = "ru".equals(requested.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        return new I18n(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** Texts for the language of this system. */
    public static I18n forSystem() {
        return forLocale(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(Objects.requireNonNull(key));
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether a text exists for {@code key}. */
    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
