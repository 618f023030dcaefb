package com.marketchats.bench;

import com.marketchats.service.sync.WindowedFirstSync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A first sync that spans several short rate-limit windows ({@link WindowedFirstSync}: 120 chats, 50
 * histories a 30-second window, the client told nothing of the window): its wall time ÷ the least time
 * the windows allow for the histories it read, and the 420 answers it met (must be none).
 */
final class WindowsPart implements BenchPart {

    private final Path work;

    WindowsPart(Path work) {
        this.work = work;
    }

    @Override
    public String name() {
        return "windows";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        for (int run = 0; run < runs; run++) {
            Path folder = Files.createTempDirectory(work, "windows");
            WindowedFirstSync.Outcome outcome = WindowedFirstSync.run(WindowedFirstSync.BENCH_CHATS,
                    WindowedFirstSync.BENCH_HISTORY_LIMIT, WindowedFirstSync.BENCH_WINDOW, folder, Duration.ofMinutes(10));
            results.add("windows.ratio", "Sync across 30 s windows: wall time ÷ what the windows allow", "×",
                    Target.atMost(1.1), outcome.ratio());
            results.add("windows.seconds", "Sync across 30 s windows: wall time", "s", null, outcome.wallSeconds());
            results.add("windows.rateLimited", "Sync across 30 s windows: 420 answers", "", Target.atMost(0),
                    outcome.rateLimited());
        }
    }
}
