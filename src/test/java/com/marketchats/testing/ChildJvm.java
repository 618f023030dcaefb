package com.marketchats.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a main class of the test sources in a JVM of its own, with the classes and libraries of this
 * test run. Surefire runs the tests on the module path (main classes and their libraries in
 * {@code jdk.module.path}, the test classes and test libraries in {@code java.class.path}); the child
 * simply gets both on its class path, where the module descriptor is ignored and test and main classes
 * share their packages as they do here.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code jvmOptions} and {@code args}; its output (stdout and stderr) goes to {@code log}. */
    public static Process start(List<String> jvmOptions, Class<?> mainClass, Path log, String... args) throws IOException {
        return new ProcessBuilder(command(jvmOptions, mainClass, args))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** The command line that {@link #start} runs, for a test that starts it its own way (another user, environment). */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaLauncher());
        command.add("-cp");
        command.add(classPath());
        command.addAll(jvmOptions);
        String sqliteTmp = System.getProperty("org.sqlite.tmpdir");
        if (sqliteTmp != null) {
            command.add("-Dorg.sqlite.tmpdir=" + sqliteTmp);
        }
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The JVM option that gives a child the app's own logback.xml from the main classes: on this class path
     * the tests' logback-test.xml would be found first, with no log file and informational lines hidden.
     */
    public static String appLogging() {
        URL main = ChildJvm.class.getResource("/logback.xml");
        if (main == null) {
            throw new IllegalStateException("logback.xml of the main classes is not on the class path");
        }
        return "-Dlogback.configurationFile=" + main;
    }

    /** The {@code java} command of the running JDK. */
    public static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static String classPath() {
        return Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(Objects::nonNull)
                .filter(path -> !path.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
