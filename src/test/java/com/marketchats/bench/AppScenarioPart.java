package com.marketchats.bench;

import com.marketchats.app.BenchAppScenario;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Figures 5 and 6, in the app's own process ({@link BenchAppScenario}): smoothness (pulse gaps while the
 * 10,000-chat first sync runs and the list is scrolled) and memory (resident memory and heap with the
 * warm store's 10,000 chats loaded and five conversations of 1,000 messages opened).
 */
final class AppScenarioPart implements BenchPart {

    private final Supplier<BenchCabinet> cabinet;
    private final Path work;
    private final Duration scrolling;

    AppScenarioPart(Supplier<BenchCabinet> cabinet, Path work, Duration scrolling) {
        this.cabinet = cabinet;
        this.work = work;
        this.scrolling = scrolling;
    }

    @Override
    public String name() {
        return "app";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        for (int run = 0; run < runs; run++) {
            Properties smooth = scenario("smooth", cabinet.get().coldFolder(), String.valueOf(scrolling.toSeconds()));
            results.add("smooth.longestGapMs", "Smoothness: longest pulse gap (sync + scrolling)", "ms", Target.atMost(50),
                    number(smooth, "longestGapMs"));
            results.add("smooth.gapsOver50", "Smoothness: pulse gaps over 50 ms", "", Target.atMost(0),
                    number(smooth, "gapsOver50Ms"));
            results.add("smooth.p99GapMs", "Smoothness: pulse gap, 99th percentile", "ms", Target.atMost(20),
                    number(smooth, "p99GapMs"));
            results.add("smooth.pulses", "Smoothness: pulses measured", "", null, number(smooth, "pulses"));
            results.add("smooth.peakHeapMb", "App: peak heap during its first sync", "MB", Target.atMost(256),
                    number(smooth, "peakHeapMb"));
        }
        Path warm = cabinet.get().warmFolder();
        String chats = String.join(",", cabinet.get().longChatIds().stream().map(String::valueOf).toList());
        for (int run = 0; run < runs; run++) {
            Properties memory = scenario("memory", warm, chats);
            results.add("memory.rssMb", "Memory: resident (10k chats, 5 × 1,000-message chats opened)", "MB",
                    Target.atMost(250), number(memory, "rssMb"));
            results.add("memory.heapMb", "Memory: heap in use", "MB", null, number(memory, "heapMb"));
            results.add("memory.liveHeapMb", "Memory: heap after a full GC", "MB", null, number(memory, "liveHeapMb"));
        }
    }

    private Properties scenario(String name, Path data, String argument) throws Exception {
        Path result = Files.createTempFile(work, name + "-", ".properties");
        Path log = Files.createTempFile(work, name + "-", ".log");
        AppProcess.awaitExit(AppProcess.scenario(log, name, data.toString(), result.toString(), argument),
                scrolling.plus(Duration.ofMinutes(4)), log);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(result)) {
            properties.load(reader);
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("the " + name + " scenario wrote no figures; " + AppProcess.tail(log));
        }
        return properties;
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
