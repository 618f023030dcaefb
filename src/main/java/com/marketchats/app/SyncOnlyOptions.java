package com.marketchats.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The options of a headless first sync ({@code --sync-only}, see {@link SyncOnly}). The API key is read from
 * a file ({@code --key-file}) or from the environment ({@link #KEY_VARIABLE}), never from the command line,
 * where any user of the machine could read it in the process list.
 *
 * @param timeout how long the sync may take before the run gives up ({@code --timeout=SECONDS}, default an hour)
 */
record SyncOnlyOptions(String baseUrl, long businessId, String apiKey, Path dataDirectory, Duration timeout) {

    static final String OPTION = "--sync-only";
    static final String KEY_VARIABLE = "MARKETCHATS_API_KEY";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    /** Reads the options; a missing or bad one is an {@link IllegalArgumentException} saying which. */
    static SyncOnlyOptions parse(List<String> args, Map<String, String> environment) {
        String baseUrl = null;
        Long businessId = null;
        Path keyFile = null;
        Path dataDirectory = null;
        Duration timeout = DEFAULT_TIMEOUT;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case OPTION -> { }
                case "--base-url" -> baseUrl = required(name, value);
                case "--business-id" -> businessId = positive(name, value);
                case "--key-file" -> keyFile = Path.of(required(name, value));
                case "--data-dir" -> dataDirectory = Path.of(required(name, value)).toAbsolutePath();
                case "--timeout" -> timeout = Duration.ofSeconds(positive(name, value));
                case "--key", "--api-key" -> throw new IllegalArgumentException(
                        "the API key is not taken on the command line; use --key-file=FILE or " + KEY_VARIABLE);
                default -> throw new IllegalArgumentException("unknown option for " + OPTION + ": " + arg);
            }
        }
        if (baseUrl == null || businessId == null || dataDirectory == null) {
            throw new IllegalArgumentException(OPTION + " needs --base-url, --business-id and --data-dir");
        }
        return new SyncOnlyOptions(baseUrl, businessId, key(keyFile, environment), dataDirectory, timeout);
    }

    private static String key(Path keyFile, Map<String, String> environment) {
        String key;
        if (keyFile != null) {
            try {
                key = Files.readString(keyFile).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("could not read the key file " + keyFile + ": " + e.getMessage(), e);
            }
        } else {
            key = environment.getOrDefault(KEY_VARIABLE, "").strip();
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException(OPTION + " needs an API key: --key-file=FILE or " + KEY_VARIABLE);
        }
        return key;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static long positive(String name, String value) {
        long number;
        try {
            number = Long.parseLong(required(name, value));
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be a positive whole number: " + value);
        }
        return number;
    }
}
