package com.marketchats.bench;

import com.marketchats.app.BenchAppScenario;
import com.marketchats.testing.ChildJvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the app in a process of its own, headless on Monocle, so that its time, memory and pulses are its own. */
final class AppProcess {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final String JAVA_OPTIONS = "--java-options ";

    private AppProcess() {
    }

    /**
     * The app as it is shipped: module {@code com.marketchats} on the module path (the bench profile passes
     * the app's jars as {@code bench.appModulePath} and Monocle's jar as {@code bench.monocle}, patched into
     * javafx.graphics as the surefire tests do), {@code app.Main} with {@code args}.
     */
    static Process start(Path log, List<String> args) throws IOException {
        String modulePath = required("bench.appModulePath");
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaLauncher());
        command.add("--module-path");
        command.add(modulePath);
        command.add("--patch-module");
        command.add("javafx.graphics=" + required("bench.monocle"));
        command.addAll(HEADLESS);
        command.addAll(shippedJavaOptions());
        command.addAll(extraOptions());
        command.add("-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
        command.add("-m");
        command.add("com.marketchats/com.marketchats.app.Main");
        command.addAll(args);
        return shipped(new ProcessBuilder(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * {@link FloorApp} beside the app: the same JavaFX modules (from the app's module path, Monocle patched in),
     * the app's heap options and otherwise the JVM's defaults, its class from the test classes; {@code args} as the app's.
     */
    static Process floor(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaLauncher(), "--module-path",
                required("bench.appModulePath"), "--add-modules", "javafx.controls", "--patch-module",
                "javafx.graphics=" + required("bench.monocle")));
        command.addAll(HEADLESS);
        command.addAll(heapOptions());
        command.addAll(List.of("-cp", floorClassPath(), FloorApp.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The folder (or jar) {@link FloorApp} was loaded from. */
    static String floorClassPath() {
        try {
            return Path.of(FloorApp.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link BenchAppScenario} with the test run's class path (it lives in the test sources). */
    static Process scenario(Path log, String... args) throws IOException {
        List<String> options = new ArrayList<>(HEADLESS);
        options.addAll(shippedJavaOptions());
        options.addAll(extraOptions());
        return shipped(new ProcessBuilder(ChildJvm.command(options, BenchAppScenario.class, args)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * {@code builder} with the environment the Linux launcher sets for the app
     * ({@code installer/linux/launcher-environment.txt}, e.g. glibc's malloc arenas), unless already set.
     */
    static ProcessBuilder shipped(ProcessBuilder builder) throws IOException {
        Path file = Path.of("installer", "linux", "launcher-environment.txt");
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                String[] variable = line.strip().split("=", 2);
                builder.environment().putIfAbsent(variable[0], variable[1]);
            }
        }
        return builder;
    }

    /** Waits for the process to end by itself; one that does not within {@code timeout} is killed and reported. */
    static void awaitExit(Process process, Duration timeout, Path log) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the app process did not finish within " + timeout.toSeconds() + " s; "
                    + tail(log));
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return "its output ends: " + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 15),
                lines.size()));
    }

    /**
     * The JVM options the installers give the app ({@code --java-options} lines of {@code installer/image.txt},
     * the heap options, and of {@code installer/compiler.txt}, the JIT's), not the app-image's archive, so the
     * figures are those of the app as sellers run it.
     */
    static List<String> shippedJavaOptions() throws IOException {
        List<String> options = new ArrayList<>(heapOptions());
        options.addAll(javaOptionsIn(Path.of("installer", "compiler.txt")));
        return options;
    }

    /**
     * Only the heap options the installers give the app ({@code installer/image.txt}): what the floor shares with
     * it; the rest of the floor's JVM is the runtime's defaults.
     */
    static List<String> heapOptions() throws IOException {
        return javaOptionsIn(Path.of("installer", "image.txt"));
    }

    private static List<String> javaOptionsIn(Path arguments) throws IOException {
        if (!Files.isRegularFile(arguments)) {
            return List.of();
        }
        return Files.readAllLines(arguments).stream().map(String::strip)
                .filter(line -> line.startsWith(JAVA_OPTIONS))
                .map(line -> line.substring(JAVA_OPTIONS.length()).strip())
                .toList();
    }

    /** {@code -Dbench.appJvmOptions="..."}: more options for the app's JVM, e.g. a flight recording to profile it. */
    private static List<String> extraOptions() {
        String options = System.getProperty("bench.appJvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set; run the benchmark with mvn -Pbench verify");
        }
        return value;
    }
}
