package com.marketchats.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CacheDirectoryTest {

    private static final Path HOME = Path.of("/home/seller");

    @Test
    void linuxUsesAnAbsoluteXdgCacheHomeOrDotCache() {
        assertThat(CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "/var/cache/seller"), "Linux", HOME))
                .isEqualTo(Path.of("/var/cache/seller/market-chats"));
        assertThat(CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "relative"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".cache/market-chats"));
        assertThat(CacheDirectory.resolve(Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".cache/market-chats"));
    }

    @Test
    void windowsUsesLocalAppDataAndMacOsLibraryCaches() {
        assertThat(CacheDirectory.resolve(Map.of("LOCALAPPDATA", "/local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/local", "Market Chats", "Cache"));
        assertThat(CacheDirectory.resolve(Map.of(), "Windows 11", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("Market Chats").resolve("Cache"));
        assertThat(CacheDirectory.resolve(Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Caches").resolve("Market Chats"));
    }
}
