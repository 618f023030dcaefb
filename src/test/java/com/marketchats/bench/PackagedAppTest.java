package com.marketchats.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackagedAppTest {

    @TempDir
    Path installer;

    @Test
    void findsTheLauncherOfTheAppImageBesideTheInstallers() throws Exception {
        Files.writeString(installer.resolve("market-chats_0.1.0-1_amd64.deb"), "deb");
        Path launcher = executable(installer.resolve("Market Chats/bin/Market Chats"));

        assertThat(PackagedApp.find(installer)).get().extracting(PackagedApp::launcher).isEqualTo(launcher);
    }

    @Test
    void findsNothingWithoutAnAppImageOrWithoutItsLauncher() throws Exception {
        assertThat(PackagedApp.find(installer.resolve("absent"))).isEmpty();
        Files.createDirectories(installer.resolve("Market Chats/lib/app"));
        assertThat(PackagedApp.find(installer)).isEmpty();
        Files.writeString(Files.createDirectories(installer.resolve("Market Chats/bin")).resolve("Market Chats"), "");
        assertThat(PackagedApp.find(installer)).as("a launcher that cannot be run").isEmpty();
    }

    @Test
    void startsTheLauncherInAVirtualDisplayWithTheArgumentsUntouched() throws Exception {
        Path launcher = executable(installer.resolve("Market Chats/bin/Market Chats"));

        List<String> command = PackagedApp.find(installer).orElseThrow()
                .command(List.of("--data-dir=/tmp/a b", "--demo"));

        assertThat(command).containsExactly("xvfb-run", "-a", launcher.toString(), "--data-dir=/tmp/a b", "--demo");
    }

    @Test
    void installsACopyAndRunsItsClassArchiveScriptThere() throws Exception {
        executable(installer.resolve("Market Chats/bin/Market Chats"));
        Path script = executable(installer.resolve("Market Chats/lib/app/make-class-archive"));
        Files.writeString(script, "#!/bin/sh\necho dumped > \"$(dirname \"$0\")/market-chats.jsa\"\n");
        Path folder = installer.resolve("opt/market-chats");
        Files.createDirectories(folder.getParent());

        PackagedApp installed = PackagedApp.find(installer).orElseThrow().installedIn(folder);

        assertThat(installed.launcher()).isEqualTo(folder.resolve("bin/Market Chats")).isExecutable();
        assertThat(folder.resolve("lib/app/market-chats.jsa")).hasContent("dumped");
        assertThat(installer.resolve("Market Chats/lib/app/market-chats.jsa")).as("the image itself is left alone")
                .doesNotExist();
    }

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
