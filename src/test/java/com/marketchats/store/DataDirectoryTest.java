package com.marketchats.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/seller");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg/market-chats"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/seller/.local/share/market-chats");
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME)).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", " "), "Linux", HOME))
                .isEqualTo(expected);
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
                .isEqualTo(expected);
    }

    @Test
    void otherUnixesFollowTheLinuxRules() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "FreeBSD", HOME))
                .isEqualTo(Path.of("/home/seller/.local/share/market-chats"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\seller\\AppData\\Roaming";
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", appData), "Windows 11", HOME))
                .isEqualTo(Path.of(appData).resolve("Market Chats"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderOfHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Market Chats"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/seller/Library/Application Support/Market Chats"));
    }

    @Test
    void theOverrideWinsOnEverySystemAndIsMadeAbsolute() {
        Path override = Path.of("/srv/chats-data");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertThat(DataDirectory.resolve(Optional.of(override), Map.of("APPDATA", "C:\\x",
                    "XDG_DATA_HOME", "/x"), os, HOME)).isEqualTo(override);
        }
        assertThat(DataDirectory.resolve(Optional.of(Path.of("rel/../data")), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
    }

    @Test
    void thisProcessGetsAnAbsoluteFolder() {
        assertThat(DataDirectory.resolve(Optional.empty())).isAbsolute();
    }

    @Test
    void eachBusinessHasItsOwnFolderDatabaseAndOutboxFiles() {
        AccountFiles files = AccountFiles.of(Path.of("/data"), 42);
        assertThat(files.folder()).isEqualTo(Path.of("/data/business-42"));
        assertThat(files.database()).isEqualTo(Path.of("/data/business-42/chats.db"));
        assertThat(files.outboxFiles()).isEqualTo(Path.of("/data/business-42/outbox-files"));
    }
}
