package com.marketchats.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Command-line options. Each overrides the saved settings for this run only.
 *
 * @param locale        {@code --lang=ru|en}: the window's language; empty: the saved choice, else the system's
 * @param theme         {@code --theme=light|dark|system}; empty: the saved choice
 * @param dataDirectory {@code --data-dir=PATH}: where stores, settings and outbox files live instead of the
 *                      per-user data folder
 * @param demo          {@code --demo}: open the built-in sandbox even when a cabinet is connected
 * @param startupProbe  {@code --startup-probe=FILE}: for the benchmark, write the milliseconds from process
 *                      start to the first painted chat list to FILE, then exit (see {@link StartupProbe})
 * @param verbose       {@code --verbose}: the log file and the console get DEBUG lines (one per API request)
 *                      instead of INFO; still no key, message text or file content (see {@link LogSetup})
 * @param startMinimized {@code --minimized}: this start comes from the system's autostart entry, which the
 *                      "start minimised" setting may keep out of the seller's way
 */
record AppOptions(Optional<Locale> locale, Optional<String> theme, Optional<Path> dataDirectory, boolean demo,
                  Optional<Path> startupProbe, boolean verbose, boolean startMinimized) {

    static final String USAGE = """
            Usage: market-chats [--lang=ru|en] [--theme=light|dark|system] [--data-dir=PATH] [--demo]
                                [--verbose] [--minimized] [--startup-probe=FILE]
                   market-chats --self-check
                   market-chats --sync-only --base-url=URL --business-id=N --data-dir=PATH [--key-file=FILE]
                                [--timeout=SECONDS]
              --lang           language of the window (default: the saved choice, else the system's)
              --theme          colour theme (default: the saved choice)
              --data-dir       folder for the app's data instead of the per-user data folder
              --demo           open the built-in sandbox with demo chats
              --verbose        DEBUG lines (one per API request) in the log, logs/market-chats.log in the data folder
              --minimized      started with the system: open minimised when the setting asks for it
              --startup-probe  write the milliseconds to the first painted chat list to FILE and exit
              --self-check     check this installation without opening a window; exit status 0 when all checks pass
              --sync-only      first sync of one cabinet into --data-dir without a window; prints one JSON line
                               (wallSeconds, requests, chats, messages, peakHeapMb); the API key is read from
                               --key-file or the MARKETCHATS_API_KEY variable, never from the command line""";

    /** Reads the options; an unknown option or a bad value is an {@link IllegalArgumentException} saying which. */
    static AppOptions parse(List<String> args) {
        Optional<Locale> locale = Optional.empty();
        Optional<String> theme = Optional.empty();
        Optional<Path> dataDirectory = Optional.empty();
        boolean demo = false;
        Optional<Path> startupProbe = Optional.empty();
        boolean verbose = false;
        boolean startMinimized = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (value == null && name.equals("--data-dir") && i + 1 < args.size()) {
                value = args.get(++i);
            }
            switch (name) {
                case "--lang" -> locale = Optional.of(Locale.forLanguageTag(oneOf(name, value, "ru", "en")));
                case "--theme" -> theme = Optional.of(oneOf(name, value, "light", "dark", "system"));
                case "--data-dir" -> dataDirectory = Optional.of(Path.of(required(name, value)).toAbsolutePath());
                case "--demo" -> demo = true;
                case "--verbose" -> verbose = true;
                case "--minimized" -> startMinimized = true;
                case "--startup-probe" -> startupProbe = Optional.of(Path.of(required(name, value)).toAbsolutePath());
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new AppOptions(locale, theme, dataDirectory, demo, startupProbe, verbose, startMinimized);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static String oneOf(String name, String value, String... allowed) {
        String given = required(name, value).toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(given)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed) + ": " + value);
        }
        return given;
    }
}
