package com.marketchats.service.autostart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Linux autostart entry, written into a temporary config folder for a launcher laid out as jpackage does. */
class XdgAutostartTest {

    @TempDir
    Path temp;

    @Test
    void turningOnWritesAnEntryThatStartsTheLauncherMinimisedWithItsIcon() throws IOException {
        Path launcher = installedLauncher("Market Chats");
        XdgAutostart autostart = new XdgAutostart(autostartFolder(), launcher);
        assertThat(autostart.isEnabled()).isFalse();

        autostart.enable();

        assertThat(autostart.isEnabled()).isTrue();
        List<String> lines = Files.readAllLines(entryFile(), StandardCharsets.UTF_8);
        assertThat(lines).first().isEqualTo("[Desktop Entry]");
        assertThat(lines).contains("Type=Application", "Name=Market Chats",
                "Exec=\"" + launcher + "\" --minimized",
                "Icon=" + temp.resolve("opt/market-chats/lib/Market Chats.png"),
                "X-GNOME-Autostart-enabled=true");
    }

    @Test
    void aPathWithQuotesDollarsBackslashesAndPercentsIsEscapedForExec() {
        Path launcher = Path.of("/opt/my \"best\" $app\\100%/bin/Market Chats");

        String exec = new XdgAutostart(autostartFolder(), launcher).entry().lines()
                .filter(line -> line.startsWith("Exec=")).findFirst().orElseThrow();

        // Quoting: \" \$ \\ inside the quotes and %% for a percent; then the string escape doubles each backslash.
        assertThat(exec).isEqualTo("Exec=\"/opt/my \\\\\"best\\\\\" \\\\$app\\\\\\\\100%%/bin/Market Chats\" --minimized");
    }

    @Test
    void theEntryPassesDesktopFileValidate() throws IOException, InterruptedException {
        Path validator = Path.of("/usr/bin/desktop-file-validate");
        assumeTrue(Files.isExecutable(validator), "desktop-file-validate is not installed (desktop-file-utils)");
        XdgAutostart autostart = new XdgAutostart(autostartFolder(), installedLauncher("Market \"Chats\" $1"));
        autostart.enable();

        Process check = new ProcessBuilder(validator.toString(), entryFile().toString()).redirectErrorStream(true)
                .start();
        String printed = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(printed).isZero();
        assertThat(printed).as("no warnings either").isBlank();
    }

    @Test
    void withoutTheIconTheEntryHasNoIconLine() throws IOException {
        new XdgAutostart(autostartFolder(), Path.of("/nowhere/bin/Market Chats")).enable();

        assertThat(Files.readString(entryFile())).doesNotContain("Icon=");
    }

    @Test
    void turningOffDeletesTheEntryAndAnAbsentOneIsNoError() throws IOException {
        XdgAutostart autostart = new XdgAutostart(autostartFolder(), installedLauncher("Market Chats"));
        autostart.enable();

        autostart.disable();

        assertThat(entryFile()).doesNotExist();
        assertThat(autostart.isEnabled()).isFalse();
        autostart.disable();
    }

    @Test
    void anEntryHiddenOrSwitchedOffInGnomeReadsAsOff() throws IOException {
        XdgAutostart autostart = new XdgAutostart(autostartFolder(), installedLauncher("Market Chats"));
        Files.createDirectories(autostartFolder());

        Files.writeString(entryFile(), "[Desktop Entry]\nType=Application\nExec=x\nHidden=true\n");
        assertThat(autostart.isEnabled()).isFalse();
        Files.writeString(entryFile(), "[Desktop Entry]\nType=Application\nExec=x\nX-GNOME-Autostart-enabled=False\n");
        assertThat(autostart.isEnabled()).isFalse();
        Files.writeString(entryFile(), "[Desktop Entry]\nType=Application\nExec=x\nHidden=false\n"
                + "[Desktop Action other]\nX-GNOME-Autostart-enabled=false\n");
        assertThat(autostart.isEnabled()).as("another group's key does not count").isTrue();
    }

    private Path autostartFolder() {
        return temp.resolve("config/autostart");
    }

    private Path entryFile() {
        return autostartFolder().resolve("market-chats.desktop");
    }

    /** {@code <temp>/opt/market-chats/bin/<name>} with its icon where jpackage puts it, in lib/. */
    private Path installedLauncher(String name) throws IOException {
        Path root = Files.createDirectories(temp.resolve("opt/market-chats"));
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve(name);
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.write(Files.createDirectories(root.resolve("lib")).resolve(name + ".png"), new byte[] {(byte) 0x89});
        return launcher;
    }
}
