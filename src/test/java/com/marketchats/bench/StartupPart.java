package com.marketchats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Figure 4: process start to the first painted chat list, measured inside the app ({@code --startup-probe}),
 * with an empty store (the demo cabinet, which starts empty every time) and with a warm store of 10,000
 * chats (a connected cabinet synced beforehand). One unmeasured start first, so the JDK's and the app's
 * files are in the page cache as they are for a seller's second start of the day. The same two starts are
 * measured again with the packaged app ({@link PackagedApp}) when the installer profile has built its
 * app-image: the module-path start runs with class-data sharing off (patching Monocle in switches it off),
 * the packaged one as sellers start it.
 */
final class StartupPart implements BenchPart {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final String NOT_BUILT = "no app-image (run mvn -Pinstaller package first)";
    private static final String NO_DISPLAY = "needs " + PackagedApp.XVFB_RUN + " (apt-get install xvfb)";

    private final Supplier<BenchCabinet> cabinet;
    private final Path work;
    private final Path installer;

    StartupPart(Supplier<BenchCabinet> cabinet, Path work, Path installer) {
        this.cabinet = cabinet;
        this.work = work;
        this.installer = installer;
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        Path warm = cabinet.get().warmFolder();
        Starter modulePath = AppProcess::start;
        probe(modulePath, cabinet.get().emptyFolder(), true);
        for (int run = 0; run < runs; run++) {
            results.add("startup.emptyMs", "Startup to first painted list: empty store (demo)", "ms", null,
                    probe(modulePath, cabinet.get().emptyFolder(), true));
            results.add("startup.warmMs", "Startup to first painted list: warm store, 10k chats", "ms",
                    Target.atMost(1_500), probe(modulePath, warm, false));
        }
        packaged(runs, results, warm);
    }

    private void packaged(int runs, Results results, Path warm) throws Exception {
        String emptyLabel = "Startup, packaged app (Xvfb): empty store (demo)";
        String warmLabel = "Startup, packaged app (Xvfb): warm store, 10k chats";
        Optional<PackagedApp> app = PackagedApp.find(installer);
        if (app.isEmpty() || !PackagedApp.canRun()) {
            String reason = app.isEmpty() ? NOT_BUILT : NO_DISPLAY;
            results.missing("startup.packagedEmptyMs", emptyLabel, "ms", null, reason);
            results.missing("startup.packagedWarmMs", warmLabel, "ms", Target.atMost(1_500), reason);
            return;
        }
        Starter packaged = (log, args) -> new ProcessBuilder(app.get().command(args))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        probe(packaged, cabinet.get().emptyFolder(), true);
        for (int run = 0; run < runs; run++) {
            results.add("startup.packagedEmptyMs", emptyLabel, "ms", null, probe(packaged, cabinet.get().emptyFolder(), true));
            results.add("startup.packagedWarmMs", warmLabel, "ms", Target.atMost(1_500), probe(packaged, warm, false));
        }
    }

    private long probe(Starter starter, Path data, boolean demo) throws Exception {
        Path file = Files.createTempFile(work, "startup-", ".txt");
        Path log = Files.createTempFile(work, "startup-", ".log");
        List<String> args = new ArrayList<>(List.of("--data-dir=" + data, "--startup-probe=" + file));
        if (demo) {
            args.add("--demo");
        }
        AppProcess.awaitExit(starter.start(log, args), TIMEOUT, log);
        String millis = Files.readString(file).strip();
        if (millis.isEmpty()) {
            throw new IllegalStateException("the app wrote no start-up time; " + AppProcess.tail(log));
        }
        return Long.parseLong(millis);
    }

    /** Starts the app with these arguments, its output going to the log. */
    private interface Starter {
        Process start(Path log, List<String> args) throws IOException;
    }
}
