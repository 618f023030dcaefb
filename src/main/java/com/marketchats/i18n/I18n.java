package com.marketchats.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing texts of one language, read from this module's bundle families ({@link #FAMILIES}:
 * one per part of the window, each with {@code _en} and {@code _ru}; a key lives in exactly one family). Russian is chosen on a Russian system, English elsewhere. Both bundles
 * always exist and the locale asked for is always one of the two, so the JDK's fallback to the system
 * locale (which would show Russian to someone who chose English on a Russian system) never happens.
 */
public final class I18n {

    /** The bundle families, by base name inside {@code com/marketchats/i18n/}. */
    public static final List<String> FAMILIES =
            List.of("messages", "chatlist", "conversation", "compose", "account", "window");

    private final List<ResourceBundle> bundles;
    private final Locale locale;
    /** Parsed patterns by key: parsing costs far more than formatting, and the chat list formats 10,000 rows. */
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private I18n(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = bundles;
        this.locale = locale;
    }

    /** Texts for the given locale: Russian for any {@code ru} locale, English otherwise. */
    public static I18n forLocale(Locale requested) {
        Locale locale = "ru".equals(requested.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        List<ResourceBundle> bundles = FAMILIES.stream()
                .map(family -> ResourceBundle.getBundle("com.marketchats.i18n." + family, locale))
                .toList();
        return new I18n(bundles, locale);
    }

    /** Texts for the language of this system. */
    public static I18n forSystem() {
        return forLocale(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in. Every text goes through
     * MessageFormat, with or without arguments, so {@code ''} is an apostrophe everywhere.
     */
    public String text(String key, Object... args) {
        Objects.requireNonNull(key);
        return patterns.computeIfAbsent(key, this::parse).format(args);
    }

    private Pattern parse(String key) {
        String pattern = bundles.stream().filter(bundle -> bundle.containsKey(key)).findFirst()
                .orElseThrow(() -> new MissingResourceException("no text for " + key, I18n.class.getName(), key))
                .getString(key);
        MessageFormat format = new MessageFormat(pattern, locale);
        return new Pattern(format, format.getFormatsByArgumentIndex().length == 0 ? format.format(null) : null);
    }

    /** A parsed pattern; one without arguments is formatted once, as most labels are. */
    private record Pattern(MessageFormat format, String constant) {

        String format(Object... args) {
            if (constant != null) {
                return constant;
            }
            // A MessageFormat is not safe for several threads: each call formats with a copy of the parsed one.
            return ((MessageFormat) format.clone()).format(args);
        }
    }

    /** Whether a text exists for {@code key}. */
    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }
}
