package com.marketchats.app;

import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app started on a data folder it cannot use: a clear message naming the folder, a non-zero exit
 * within seconds, never a window waiting forever. Without a display, the message goes to standard error.
 */
class UnusableDataFolderTest {

    @TempDir
    Path temp;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadOnlyDataFolder() throws Exception {
        Path data = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        List<String> asUser = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // root writes anywhere; without these two capabilities it meets permissions as a seller does.
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is needed as root");
            asUser.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        Result result = run(asUser, data);
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(data.toString()).contains("it is read-only for you");
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).as("nothing written into the folder").isEmpty();
        }
    }

    @Test
    void aDataFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        Path data = file.resolve("data");
        Result result = run(List.of(), data);
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(data.toString());
    }

    @Test
    void aFullDisk() throws Exception {
        Path data = Files.createDirectory(temp.resolve("full"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", data.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "a small tmpfs cannot be mounted here (needs root with CAP_SYS_ADMIN)");
        mounted = data;
        fill(data.resolve("filler"));
        Result result = run(List.of(), data);
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(data.toString()).contains("is full");
    }

    private static void fill(Path file) {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full now: that is the point.
        }
    }

    private Result run(List<String> prefix, Path data) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(ChildJvm.command(List.of("-XX:TieredStopAtLevel=1", "-Xmx128m"), Main.class,
                "--data-dir=" + data, "--lang=en"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path log = temp.resolve("app-" + System.nanoTime() + ".log");
        Process app = builder.redirectOutput(log.toFile()).start();
        boolean ended = app.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("the app ends by itself instead of waiting forever:\n" + Files.readString(log)).isTrue();
        return new Result(app.exitValue(), Files.readString(log));
    }

    private record Result(int exitCode, String output) {
    }
}
