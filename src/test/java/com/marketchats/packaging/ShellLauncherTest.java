package com.marketchats.packaging;

import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code installer/tools/ShellLauncher.java}, the Linux installers' launcher, run on an app-image laid out as
 * jpackage lays it out, whose runtime's {@code java} only writes down the arguments it was given: the script
 * passes the cfg's options, the app's path and the seller's arguments through untouched, spaces included, under
 * the process name {@code market-chats}, with the launcher's environment as defaults.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ShellLauncherTest {

    private static final String CFG = """
            [Application]
            app.mainmodule=com.marketchats/com.marketchats.app.Main

            [JavaOptions]
            java-options=-Djpackage.app-version=0.1.0
            java-options=-Xmx256m
            java-options=-XX:SharedArchiveFile=$APPDIR/market-chats.jsa
            java-options=--module-path
            java-options=$APPDIR/mods
            """;

    /** The file the installer build gives the tool. */
    private static final String ENVIRONMENT = "installer/linux/launcher-environment.txt";

    @TempDir
    Path folder;

    @Test
    void theScriptStartsTheRuntimeWithTheCfgsOptionsAndTheArgumentsUntouched() throws Exception {
        Path image = appImage(folder.resolve("opt dir/Market Chats"), CFG);
        Path launcher = image.resolve("bin/Market Chats");
        Path link = Files.createSymbolicLink(folder.resolve("link to launcher"), launcher);

        assertThat(run(List.of(ChildJvm.javaLauncher(), "installer/tools/ShellLauncher.java", image.toString(),
                ENVIRONMENT))).isZero();
        Path recorded = folder.resolve("args.txt");
        assertThat(run(List.of(link.toString(), "--data-dir=/tmp/a b", "it's \"quoted\" $HOME", ""),
                recorded)).isZero();

        String app = image.resolve("lib/app").toString();
        assertThat(Files.readAllLines(recorded)).containsExactly("MALLOC_ARENA_MAX=2", "ran as market-chats",
                "-Djpackage.app-path=" + launcher, "-Djpackage.app-version=0.1.0", "-Xmx256m",
                "-XX:SharedArchiveFile=" + app + "/market-chats.jsa", "--module-path", app + "/mods",
                "-m", "com.marketchats/com.marketchats.app.Main", "--data-dir=/tmp/a b", "it's \"quoted\" $HOME", "");
    }

    @Test
    void theSellersOwnEnvironmentOverridesTheLaunchersDefaults() throws Exception {
        Path image = appImage(folder.resolve("image"), CFG);
        assertThat(run(List.of(ChildJvm.javaLauncher(), "installer/tools/ShellLauncher.java", image.toString(),
                ENVIRONMENT))).isZero();
        Path recorded = folder.resolve("args.txt");

        ProcessBuilder builder = new ProcessBuilder(image.resolve("bin/Market Chats").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("RECORD", recorded.toString());
        builder.environment().put("MALLOC_ARENA_MAX", "8");
        assertThat(builder.start().waitFor()).isZero();

        assertThat(Files.readAllLines(recorded).get(0)).isEqualTo("MALLOC_ARENA_MAX=8");
    }

    @Test
    void aCfgWithSomethingTheScriptWouldDropStopsTheBuild() throws Exception {
        Path image = appImage(folder.resolve("image"), CFG + "\n[ArgOptions]\narguments=--demo\n");
        Path launcher = image.resolve("bin/Market Chats");
        byte[] before = Files.readAllBytes(launcher);

        assertThat(run(List.of(ChildJvm.javaLauncher(), "installer/tools/ShellLauncher.java", image.toString(),
                ENVIRONMENT))).isNotZero();
        assertThat(Files.readAllBytes(launcher)).as("jpackage's launcher left in place").isEqualTo(before);
    }

    /** bin/ with a stand-in for jpackage's launcher, lib/app/ with its cfg, lib/runtime/bin/java recording its arguments. */
    private static Path appImage(Path image, String cfg) throws IOException {
        Files.writeString(Files.createDirectories(image.resolve("bin")).resolve("Market Chats"), "ELF");
        Files.writeString(Files.createDirectories(image.resolve("lib/app")).resolve("Market Chats.cfg"), cfg);
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n{ echo \"MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\"; echo \"ran as ${0##*/}\";"
                + " for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } > \"$RECORD\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return image;
    }

    private static int run(List<String> command) throws Exception {
        return run(command, null);
    }

    private static int run(List<String> command, Path record) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("MALLOC_ARENA_MAX");
        if (record != null) {
            builder.environment().put("RECORD", record.toString());
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return process.exitValue();
    }
}
