package com.marketchats.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a damaged database aside, with its {@code -wal}, {@code -shm} and {@code -journal} companions,
 * under a timestamped name in the same folder ({@code chats.db} becomes
 * {@code chats.corrupt-20260701-101500.db}), so that nothing is deleted and a fresh database can take its place.
 */
final class CorruptFileMover {

    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    CorruptFileMover(Clock clock) {
        this.clock = clock;
    }

    CorruptStoreReport moveAside(StoreFile which, Path database, String reason) {
        Path target = freeTarget(database);
        List<Path> moved = new ArrayList<>();
        try {
            moved.add(Files.move(database, target));
            for (String companion : COMPANIONS) {
                Path file = withSuffix(database, companion);
                if (Files.exists(file)) {
                    moved.add(Files.move(file, withSuffix(target, companion)));
                }
            }
        } catch (IOException e) {
            throw new StoreException("The local store " + database + " is damaged (" + reason
                    + ") and could not be moved aside: " + e.getMessage()
                    + ". Close other copies of Market Chats, or move the file away by hand.", e);
        }
        return new CorruptStoreReport(which, database, target, moved, reason);
    }

    private Path freeTarget(Path database) {
        String name = database.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        String stamp = STAMP.format(LocalDateTime.now(clock));
        for (int attempt = 0; ; attempt++) {
            String suffix = attempt == 0 ? "" : "-" + attempt;
            Path target = database.resolveSibling(stem + ".corrupt-" + stamp + suffix + ".db");
            if (!Files.exists(target) && COMPANIONS.stream().noneMatch(c -> Files.exists(withSuffix(target, c)))) {
                return target;
            }
        }
    }

    private static Path withSuffix(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
