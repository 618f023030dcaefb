package com.marketchats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Figure 4: process start to the first painted chat list, measured inside the app ({@code --startup-probe}),
 * with an empty store (the demo cabinet, which starts empty every time) and with a warm store of 10,000
 * chats (a connected cabinet synced beforehand). One unmeasured start first, so the JDK's and the app's
 * files are in the page cache as they are for a seller's second start of the day.
 */
final class StartupPart implements BenchPart {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Supplier<BenchCabinet> cabinet;
    private final Path work;

    StartupPart(Supplier<BenchCabinet> cabinet, Path work) {
        this.cabinet = cabinet;
        this.work = work;
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        Path warm = cabinet.get().warmFolder();
        probe(cabinet.get().emptyFolder(), true);
        for (int run = 0; run < runs; run++) {
            results.add("startup.emptyMs", "Startup to first painted list: empty store (demo)", "ms", null,
                    probe(cabinet.get().emptyFolder(), true));
            results.add("startup.warmMs", "Startup to first painted list: warm store, 10k chats", "ms",
                    Target.atMost(1_500), probe(warm, false));
        }
    }

    private long probe(Path data, boolean demo) throws Exception {
        Path file = Files.createTempFile(work, "startup-", ".txt");
        Path log = Files.createTempFile(work, "startup-", ".log");
        List<String> args = new ArrayList<>(List.of("--data-dir=" + data, "--startup-probe=" + file));
        if (demo) {
            args.add("--demo");
        }
        AppProcess.awaitExit(AppProcess.start(log, args), TIMEOUT, log);
        String millis = Files.readString(file).strip();
        if (millis.isEmpty()) {
            throw new IllegalStateException("the app wrote no start-up time; " + AppProcess.tail(log));
        }
        return Long.parseLong(millis);
    }
}
