package com.marketchats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Figure 7: the installer's sizes, read from {@code target/installer/} (where the installer profile puts
 * the {@code .deb} and the app-image folder); not built there, the figures say how to build them.
 */
final class SizePart implements BenchPart {

    private static final String NOT_BUILT = "not built (run mvn -Pinstaller package first)";

    private final Path installer;

    SizePart(Path installer) {
        this.installer = installer;
    }

    @Override
    public String name() {
        return "size";
    }

    @Override
    public void run(int runs, Results results) throws IOException {
        List<Path> entries = Files.isDirectory(installer) ? list(installer) : List.of();
        Optional<Path> deb = entries.stream().filter(path -> path.toString().endsWith(".deb")).findFirst();
        Optional<Path> image = entries.stream().filter(Files::isDirectory).findFirst();
        if (deb.isPresent()) {
            results.add("size.debMb", "Size: .deb", "MB", Target.atMost(45), Files.size(deb.get()) / 1e6);
        } else {
            results.missing("size.debMb", "Size: .deb", "MB", Target.atMost(45), NOT_BUILT);
        }
        if (image.isPresent()) {
            results.add("size.appImageMb", "Size: app-image folder", "MB", null, folderSize(image.get()) / 1e6);
        } else {
            results.missing("size.appImageMb", "Size: app-image folder", "MB", null, NOT_BUILT);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
