package com.marketchats.service.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SystemThemeTest {

    @Test
    void windowsRegistryZeroMeansDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n\r\n";

        assertThat(SystemTheme.windowsPrefersDark(dark)).isTrue();
        assertThat(SystemTheme.windowsPrefersDark(light)).isFalse();
        assertThat(SystemTheme.windowsPrefersDark("")).isFalse();
    }

}
