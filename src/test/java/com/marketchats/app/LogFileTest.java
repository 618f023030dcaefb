package com.marketchats.app;

import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log file a seller sends, written by the app's own logback.xml after {@link LogSetup} in a JVM of
 * its own ({@link LoggedSession}): the test run's logback-test.xml never comes into it.
 */
class LogFileTest {

    @TempDir
    Path data;

    @Test
    void aVerboseSessionLogsItsWorkButNoKeyTextOrFileContent() throws Exception {
        String console = run("session", List.of());

        Path logs = data.resolve("logs");
        List<Path> files = filesIn(logs);
        assertThat(files).as("log files; the child printed:%n%s", console).contains(logs.resolve("market-chats.log"));
        String everything = readAll(files);
        assertThat(everything).as("DEBUG lines of the API client").contains(" DEBUG ", "sendMessageToChat", "sendFileToChat");
        assertThat(everything).as("failed requests").contains("-> 500");
        for (String secret : Files.readAllLines(data.resolve("secrets.txt"))) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(everything).doesNotContain("ZZSECRET");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("market-chats.log"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theFileRollsOverAtItsSizeLimit() throws Exception {
        String console = run("rotate", List.of("-Dmarketchats.log.maxFileSize=2KB"));

        Path logs = data.resolve("logs");
        List<Path> files = filesIn(logs);
        assertThat(files).as("log files; the child printed:%n%s", console).contains(logs.resolve("market-chats.log"));
        assertThat(files).as("rolled-over files").filteredOn(file -> file.getFileName().toString()
                .matches("market-chats\\.\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.log")).hasSizeGreaterThan(2);
        for (Path file : files) {
            assertThat(Files.size(file)).as("%s", file).isLessThan(4 * 1024);
        }
        String everything = readAll(files);
        assertThat(everything).contains(LoggedSession.ROTATE_LINE + (LoggedSession.ROTATE_LINES - 1));
    }

    @Test
    void withoutLogSetupThereIsNoLogFile() throws Exception {
        // As in the self-check: logback.xml with no log folder set must not write a file anywhere, not
        // even a relative "marketchats.log.dir_IS_UNDEFINED" folder in the working directory.
        String console = run("console-only", List.of());

        assertThat(console).contains(LoggedSession.CONSOLE_LINE);
        try (Stream<Path> everything = Files.walk(data)) {
            assertThat(everything).containsExactly(data);
        }
    }

    /** Runs {@link LoggedSession} with {@code data} as its argument and its working directory; returns what it printed. */
    private String run(String mode, List<String> jvmOptions) throws IOException, InterruptedException {
        Path console = data.resolveSibling(data.getFileName() + "-console.txt");
        List<String> options = Stream.concat(Stream.of(ChildJvm.appLogging()), jvmOptions.stream()).toList();
        Process child = new ProcessBuilder(ChildJvm.command(options, LoggedSession.class, mode, data.toString()))
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String printed = Files.readString(console);
        Files.delete(console);
        assertThat(ended).as("child ended; it printed:%n%s", printed).isTrue();
        assertThat(child.exitValue()).as("exit status; the child printed:%n%s", printed).isZero();
        return printed;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }

    private static String readAll(List<Path> files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("%s", file).isNotEmpty();
            all.append(text);
        }
        return all.toString();
    }
}
