package com.marketchats.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppOptionsTest {

    @Test
    void noOptionsKeepEverySavedChoice() {
        AppOptions options = AppOptions.parse(List.of());
        assertThat(options.locale()).isEmpty();
        assertThat(options.theme()).isEmpty();
        assertThat(options.dataDirectory()).isEmpty();
        assertThat(options.demo()).isFalse();
        assertThat(options.startupProbe()).isEmpty();
        assertThat(options.verbose()).isFalse();
        assertThat(options.startMinimized()).isFalse();
    }

    @Test
    void readsEveryOption() {
        AppOptions options = AppOptions.parse(List.of("--lang=EN", "--theme=dark", "--data-dir=/tmp/mc", "--demo",
                "--verbose", "--minimized"));
        assertThat(options.locale()).contains(Locale.ENGLISH);
        assertThat(options.theme()).contains("dark");
        assertThat(options.dataDirectory()).contains(Path.of("/tmp/mc"));
        assertThat(options.demo()).isTrue();
        assertThat(options.verbose()).isTrue();
        assertThat(options.startMinimized()).isTrue();
    }

    @Test
    void theDataFolderMayFollowAsTheNextArgumentAndBecomesAbsolute() {
        AppOptions options = AppOptions.parse(List.of("--data-dir", "relative/folder"));
        assertThat(options.dataDirectory()).contains(Path.of("relative/folder").toAbsolutePath());
    }

    @Test
    void theStartupProbeTakesAFileThatBecomesAbsolute() {
        AppOptions options = AppOptions.parse(List.of("--startup-probe=probe.txt"));
        assertThat(options.startupProbe()).contains(Path.of("probe.txt").toAbsolutePath());
        assertThatThrownBy(() -> AppOptions.parse(List.of("--startup-probe"))).hasMessageContaining("--startup-probe needs a value");
    }

    @Test
    void theUsageListsEveryOption() {
        assertThat(AppOptions.USAGE).contains("--verbose", "--minimized", "logs/market-chats.log", "--lang", "--theme", "--data-dir",
                "--demo", "--startup-probe", "--self-check");
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--lang=de"))).hasMessageContaining("--lang must be one of ru, en");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--data-dir"))).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--colour=red"))).hasMessageContaining("unknown option --colour=red");
    }
}
