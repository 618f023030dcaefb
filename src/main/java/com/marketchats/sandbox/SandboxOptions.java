package com.marketchats.sandbox;

import java.time.Duration;

/** The command line of {@link SandboxMain}, read into a {@link SandboxConfig}. */
record SandboxOptions(SandboxConfig config, boolean help) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: SandboxMain [options]",
            "  --port N                  listen on 127.0.0.1:N (default: a free port)",
            "  --hour-seconds N          one rate-limit hour lasts N seconds (default: 3600)",
            "  --no-limits               switch the hourly and parallel limits off",
            "  --large CHATS,MESSAGES    generated data instead of the Russian demo, e.g. 10000,200000",
            "  --buyers-per-minute N     simulated buyers write N messages per (scaled) minute",
            "  --fail-rate R             answer a share R (0..1) of requests with 500",
            "  --slow-ms N               hold every answer back N milliseconds",
            "  --reset-rate R            cut the connection of a share R of answers",
            "  --fail-after-commit-rate R  apply a share R of writes, then cut their answer",
            "  --storm                   a 420 storm of 10 seconds every minute",
            "  --help                    print this and exit");

    private static final Duration STORM_EVERY = Duration.ofMinutes(1);
    private static final Duration STORM_LENGTH = Duration.ofSeconds(10);

    /** Reads the arguments; throws {@link IllegalArgumentException} with a message for a bad one. */
    static SandboxOptions parse(String... args) {
        SandboxConfig.Builder config = SandboxConfig.builder();
        FaultPlan faults = FaultPlan.NONE;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    return new SandboxOptions(config.build(), true);
                }
                case "--no-limits" -> config.limitsEnabled(false);
                case "--storm" -> faults = faults.withStorms(STORM_EVERY, STORM_LENGTH);
                case "--port" -> config.port((int) number(flag, value(args, ++i, flag), 0, 65_535));
                case "--hour-seconds" -> config.hourLength(
                        Duration.ofSeconds(number(flag, value(args, ++i, flag), 1, Integer.MAX_VALUE)));
                case "--large" -> config.dataset(large(value(args, ++i, flag)));
                case "--buyers-per-minute" -> config.buyerMessagesPerMinute(
                        decimal(flag, value(args, ++i, flag), 0, 60_000));
                case "--fail-rate" -> faults = faults.withFailureRate(decimal(flag, value(args, ++i, flag), 0, 1));
                case "--reset-rate" -> faults = faults.withResetRate(decimal(flag, value(args, ++i, flag), 0, 1));
                case "--fail-after-commit-rate" -> faults = faults.withFailAfterCommitRate(
                        decimal(flag, value(args, ++i, flag), 0, 1));
                case "--slow-ms" -> faults = faults.withFixedDelay(
                        Duration.ofMillis(number(flag, value(args, ++i, flag), 0, 600_000)));
                default -> throw new IllegalArgumentException("unknown option: " + flag);
            }
        }
        return new SandboxOptions(config.faults(faults).build(), false);
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static long number(String flag, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number: " + text);
        }
    }

    private static double decimal(String flag, String text, double min, double max) {
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number: " + text);
        }
    }

    private static LargeDataset large(String text) {
        String[] counts = text.split(",");
        if (counts.length != 2) {
            throw new IllegalArgumentException("--large needs CHATS,MESSAGES, e.g. 10000,200000: " + text);
        }
        return LargeDataset.of((int) number("--large", counts[0], 1, 10_000_000),
                (int) number("--large", counts[1], 0, 100_000_000));
    }
}
