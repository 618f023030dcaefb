package com.marketchats.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The benchmark: what a seller feels, measured against the embedded sandbox, each figure over several
 * runs, printed as a table beside its target and written to {@code target/bench.json}. A missed target is
 * reported, never fails the build. Run it with {@code mvn -B -Pbench verify} (see the README's
 * Performance section). System properties: {@code bench.runs} (3), {@code bench.parts} (all of
 * sync, freshness, sending, startup, app, size), {@code bench.freshSeconds} (100), {@code bench.idleHours}
 * (3 scaled hours), {@code bench.scrollSeconds} (30), {@code bench.out} ({@code target/bench.json}),
 * {@code bench.installer} ({@code target/installer}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int runs = Integer.getInteger("bench.runs", 3);
        Set<String> chosen = Set.of(System.getProperty("bench.parts", "sync,windows,freshness,sending,startup,app,size").split(","));
        Path target = Path.of(System.getProperty("bench.target", "target"));
        Path work = Files.createDirectories(target.resolve("bench-work"));
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            // Not into the benchmark's data folders, which are deleted at the end.
            System.setProperty("org.sqlite.tmpdir", target.toAbsolutePath().toString());
        }
        System.out.printf("Market Chats benchmark: %d runs per figure, %d cores, max heap %,d MB, Java %s%n", runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        Results results = new Results();
        Path installer = Path.of(System.getProperty("bench.installer", target.resolve("installer").toString()));
        try (LazyCabinet cabinet = new LazyCabinet(work.resolve("cabinet"))) {
            List<BenchPart> parts = List.of(
                    new SyncPart(),
                    new WindowsPart(work),
                    new FreshnessPart(Duration.ofSeconds(Integer.getInteger("bench.freshSeconds", 100)),
                            Double.parseDouble(System.getProperty("bench.idleHours", "3"))),
                    new SendingPart(),
                    new StartupPart(cabinet, work, installer),
                    new AppScenarioPart(cabinet, work, Duration.ofSeconds(Integer.getInteger("bench.scrollSeconds", 30))),
                    new SizePart(installer));
            for (BenchPart part : parts) {
                if (chosen.contains(part.name())) {
                    run(part, runs, results);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nResults (median of %d runs; a MISS does not fail the build)%n%n", runs);
        BenchReport.printTable(results.figures(), System.out);
        Path json = Path.of(System.getProperty("bench.out", target.resolve("bench.json").toString()));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("finishedAt", Instant.now().toString());
        about.put("runs", runs);
        about.put("cores", Runtime.getRuntime().availableProcessors());
        about.put("java", System.getProperty("java.version"));
        about.put("totalSeconds", Math.round(seconds));
        BenchReport.writeJson(json, about, results.figures());
        System.out.printf("%nTotal time %.0f s; figures written to %s%n", seconds, json.toAbsolutePath());
        System.exit(0);
    }

    /** Runs one part; a part that fails is reported and the others still run. */
    private static void run(BenchPart part, int runs, Results results) {
        System.out.printf("%n== %s ==%n", part.name());
        long start = System.nanoTime();
        try {
            part.run(runs, results);
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            results.missing(part.name() + ".failed", "Part " + part.name(), "", null, "FAILED: " + e);
        }
        System.out.printf("== %s took %.0f s ==%n", part.name(), (System.nanoTime() - start) / 1e9);
    }

    /** The cabinet the app's processes use, started only when a part needs it. */
    private static final class LazyCabinet implements Supplier<BenchCabinet>, AutoCloseable {

        private final Path root;
        private final List<BenchCabinet> started = new ArrayList<>(1);

        LazyCabinet(Path root) {
            this.root = root;
        }

        @Override
        public BenchCabinet get() {
            if (started.isEmpty()) {
                try {
                    started.add(BenchCabinet.start(root));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return started.get(0);
        }

        @Override
        public void close() {
            started.forEach(BenchCabinet::close);
        }
    }
}
