package com.marketchats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app as the installers ship it: the launcher of the app-image the installer profile built in
 * {@code target/installer/}, with its own runtime and the Java options jpackage wrote into it, installed as the
 * Linux packages install it ({@link #installedIn}: with the class-data archive their post-install script dumps). It opens a real GTK window, so it runs in a virtual display ({@code xvfb-run});
 * Monocle cannot be patched in here, and patching any module would switch class-data sharing off.
 */
final class PackagedApp {

    static final String XVFB_RUN = "xvfb-run";

    private final Path launcher;

    private PackagedApp(Path launcher) {
        this.launcher = launcher;
    }

    /** The app-image in {@code installer} ({@code <name>/bin/<name>}, as jpackage lays it out on Linux), if one was built. */
    static Optional<PackagedApp> find(Path installer) throws IOException {
        if (!Files.isDirectory(installer)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(installer)) {
            return entries.filter(Files::isDirectory).sorted()
                    .map(image -> image.resolve("bin").resolve(image.getFileName()))
                    .filter(Files::isExecutable)
                    .findFirst().map(PackagedApp::new);
        }
    }

    /**
     * This app-image as the Linux packages install it: copied to {@code folder} (whose path must have no space,
     * like {@code /opt/market-chats}), then its class-data archive dumped there by the script the packages' post-install
     * runs ({@code lib/app/make-class-archive}, when the image has one).
     */
    PackagedApp installedIn(Path folder) throws IOException, InterruptedException {
        Path image = launcher.getParent().getParent();
        run(List.of("cp", "-a", image.toString(), folder.toString()));
        Path script = folder.resolve("lib").resolve("app").resolve("make-class-archive");
        if (Files.isExecutable(script)) {
            run(List.of(script.toString()));
        }
        return new PackagedApp(folder.resolve("bin").resolve(launcher.getFileName()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(command + " failed (exit " + process.exitValue() + "): " + output);
        }
    }

    /** Whether {@code xvfb-run} is on the {@code PATH}, i.e. whether the packaged app can be started here. */
    static boolean canRun() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(folder -> !folder.isBlank())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, XVFB_RUN)));
    }

    Path launcher() {
        return launcher;
    }

    /**
     * The command that starts {@link FloorApp} on this app-image's own runtime ({@code lib/runtime}, which holds
     * JavaFX too) with {@code javaOptions} (the app's heap options) and none of the launcher's, in a virtual display of its own.
     */
    List<String> floorCommand(List<String> javaOptions, String floorClassPath, List<String> args) {
        Path java = launcher.getParent().getParent().resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        List<String> command = new ArrayList<>(List.of(XVFB_RUN, "-a", java.toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", floorClassPath, FloorApp.class.getName()));
        command.addAll(args);
        return command;
    }

    /** The command that starts the launcher with {@code args} in a virtual display of its own ({@code -a}: a free one). */
    List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of(XVFB_RUN, "-a", launcher.toString()));
        command.addAll(args);
        return command;
    }
}
