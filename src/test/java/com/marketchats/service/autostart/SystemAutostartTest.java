package com.marketchats.service.autostart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemAutostartTest {

    private static final Path HOME = Path.of("/home/seller");

    @Test
    void withoutTheInstallersLauncherThereIsNothingToStart() throws IOException {
        Autostart none = SystemAutostart.choose("Linux", null, HOME, null);

        assertThat(none.isAvailable()).isFalse();
        assertThat(none.isEnabled()).isFalse();
        assertThatThrownBy(none::enable).isInstanceOf(IOException.class).hasMessageContaining("installed app");
    }

    @Test
    void eachSystemGetsItsOwnEntry() {
        assertThat(SystemAutostart.choose("Windows 11", "C:\\MC\\Market Chats.exe", HOME, null))
                .isInstanceOf(RunKeyAutostart.class);
        assertThat(SystemAutostart.choose("Mac OS X", "/Applications/MC.app/Contents/MacOS/MC", HOME, null))
                .isInstanceOf(LaunchAgentAutostart.class);
        assertThat(SystemAutostart.choose("Linux", "/opt/market-chats/bin/Market Chats", HOME, null))
                .isInstanceOf(XdgAutostart.class).matches(Autostart::isAvailable);
    }

    @Test
    void linuxFollowsAnAbsoluteXdgConfigHomeAndIgnoresARelativeOne(@TempDir Path home) throws IOException {
        String launcher = "/opt/market-chats/bin/Market Chats";
        Path config = home.resolve("elsewhere");

        SystemAutostart.choose("Linux", launcher, home, config.toString()).enable();
        SystemAutostart.choose("Linux", launcher, home, "relative").enable();

        assertThat(config.resolve("autostart/market-chats.desktop")).exists();
        assertThat(home.resolve(".config/autostart/market-chats.desktop")).exists();
        assertThat(Path.of("relative")).doesNotExist();
    }
}
