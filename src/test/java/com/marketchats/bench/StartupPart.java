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
 * against the floor ({@link FloorApp}: a bare JavaFX list and text box on the same runtime and heap options, started
 * in the same rounds, so the verdict is a ratio a noisy machine cannot move),
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
        Starter floor = AppProcess::floor;
        probe(modulePath, cabinet.get().emptyFolder(), true);
        probeFloor(floor);
        for (int run = 0; run < runs; run++) {
            // Alternating in each round, so that a busy moment of the machine weighs on the floor and the app alike.
            long floorMs = probeFloor(floor);
            long emptyMs = probe(modulePath, cabinet.get().emptyFolder(), true);
            long warmMs = probe(modulePath, warm, false);
            results.add("startup.floorMs", "Startup floor: a bare JavaFX list and text box", "ms", null, floorMs);
            results.add("startup.emptyMs", "Startup to first painted list: empty store (demo)", "ms", null, emptyMs);
            results.add("startup.warmMs", "Startup to first painted list: warm store, 10k chats", "ms",
                    Target.atMost(1_500), warmMs);
            results.add("startup.emptyRatio", "Startup, empty store ÷ floor", "×", Target.atMost(1.3),
                    (double) emptyMs / floorMs);
            results.add("startup.warmRatio", "Startup, warm store ÷ floor", "×", Target.atMost(1.3),
                    (double) warmMs / floorMs);
        }
        packaged(runs, results, warm);
    }

    private void packaged(int runs, Results results, Path warm) throws Exception {
        String floorLabel = "Startup floor, packaged runtime (Xvfb)";
        String emptyLabel = "Startup, packaged app (Xvfb): empty store (demo)";
        String warmLabel = "Startup, packaged app (Xvfb): warm store, 10k chats";
        String emptyRatioLabel = "Startup, packaged app: empty store ÷ floor";
        String warmRatioLabel = "Startup, packaged app: warm store ÷ floor";
        Optional<PackagedApp> image = PackagedApp.find(installer);
        if (image.isEmpty() || !PackagedApp.canRun()) {
            String reason = image.isEmpty() ? NOT_BUILT : NO_DISPLAY;
            results.missing("startup.packagedFloorMs", floorLabel, "ms", null, reason);
            results.missing("startup.packagedEmptyMs", emptyLabel, "ms", null, reason);
            results.missing("startup.packagedWarmMs", warmLabel, "ms", Target.atMost(1_500), reason);
            results.missing("startup.packagedEmptyRatio", emptyRatioLabel, "×", Target.atMost(1.3), reason);
            results.missing("startup.packagedWarmRatio", warmRatioLabel, "×", Target.atMost(1.3), reason);
            return;
        }
        PackagedApp app = image.get().installedIn(Files.createTempDirectory(work, "installed-").resolve("market-chats"));
        Starter packaged = (log, args) -> new ProcessBuilder(app.command(args))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Starter floor = (log, args) -> new ProcessBuilder(app.floorCommand(AppProcess.heapOptions(),
                AppProcess.floorClassPath(), args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        probe(packaged, cabinet.get().emptyFolder(), true);
        probeFloor(floor);
        for (int run = 0; run < runs; run++) {
            long floorMs = probeFloor(floor);
            long emptyMs = probe(packaged, cabinet.get().emptyFolder(), true);
            long warmMs = probe(packaged, warm, false);
            results.add("startup.packagedFloorMs", floorLabel, "ms", null, floorMs);
            results.add("startup.packagedEmptyMs", emptyLabel, "ms", null, emptyMs);
            results.add("startup.packagedWarmMs", warmLabel, "ms", Target.atMost(1_500), warmMs);
            results.add("startup.packagedEmptyRatio", emptyRatioLabel, "×", Target.atMost(1.3), (double) emptyMs / floorMs);
            results.add("startup.packagedWarmRatio", warmRatioLabel, "×", Target.atMost(1.3), (double) warmMs / floorMs);
        }
    }

    private long probeFloor(Starter starter) throws Exception {
        Path file = Files.createTempFile(work, "floor-", ".txt");
        Path log = Files.createTempFile(work, "floor-", ".log");
        AppProcess.awaitExit(starter.start(log, List.of(file.toString())), TIMEOUT, log);
        return readMillis(file, log);
    }

    private long probe(Starter starter, Path data, boolean demo) throws Exception {
        Path file = Files.createTempFile(work, "startup-", ".txt");
        Path log = Files.createTempFile(work, "startup-", ".log");
        List<String> args = new ArrayList<>(List.of("--data-dir=" + data, "--startup-probe=" + file));
        if (demo) {
            args.add("--demo");
        }
        AppProcess.awaitExit(starter.start(log, args), TIMEOUT, log);
        return readMillis(file, log);
    }

    private static long readMillis(Path file, Path log) throws IOException {
        String millis = Files.readString(file).strip();
        if (millis.isEmpty()) {
            throw new IllegalStateException("no start-up time was written; " + AppProcess.tail(log));
        }
        return Long.parseLong(millis);
    }

    /** Starts the app with these arguments, its output going to the log. */
    private interface Starter {
        Process start(Path log, List<String> args) throws IOException;
    }
}
