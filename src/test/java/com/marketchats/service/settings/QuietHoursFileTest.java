package com.marketchats.service.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours in settings.json and the cabinet manifest: off when absent, a broken day defaulted alone, kept. */
class QuietHoursFileTest {

    @TempDir
    Path folder;

    @Test
    void aFileFromBeforeQuietHoursLeavesThemOff() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), """
                {"accounts": [{"id": "a1", "businessId": 5, "baseUrl": "https://x"}]}
                """, StandardCharsets.UTF_8);

        assertThat(store.load(List::of).account("a1").orElseThrow().quietHours()).isEqualTo(QuietHours.OFF);
    }

    @Test
    void aBrokenDayTakesTheNightAndTheRestIsKept() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), """
                {"accounts": [{"id": "a1", "businessId": 5, "baseUrl": "https://x",
                  "quietHours": {"on": true,
                    "days": [{"day": "MONDAY", "on": false, "from": "23:00", "to": "07:00"},
                             {"day": "TUESDAY", "from": "10:00", "to": "10:00"}, null, {"day": "FUNDAY"},
                             {"day": "FRIDAY", "from": "20:00", "to": "24:00"}]}}]}
                """, StandardCharsets.UTF_8);

        QuietHours quiet = store.load(List::of).account("a1").orElseThrow().quietHours();

        assertThat(quiet.on()).isTrue();
        assertThat(quiet.day(DayOfWeek.MONDAY)).isEqualTo(new QuietDay(DayOfWeek.MONDAY, false, 1380, 420));
        assertThat(quiet.day(DayOfWeek.TUESDAY)).as("starts and ends at once").isEqualTo(QuietDay.night(DayOfWeek.TUESDAY));
        assertThat(quiet.day(DayOfWeek.FRIDAY)).isEqualTo(new QuietDay(DayOfWeek.FRIDAY, true, 1200, 1440));
        assertThat(quiet.day(DayOfWeek.SUNDAY)).isEqualTo(QuietDay.night(DayOfWeek.SUNDAY));
        assertThat(store.recovery()).isEmpty();
    }

    @Test
    void savedQuietHoursComeBackFromTheFileAndFromTheManifestWhenTheSettingsAreLost() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        QuietHours quiet = new QuietHours(true, QuietHours.OFF.days().stream().map(day -> day.day() == DayOfWeek.SUNDAY
                ? new QuietDay(DayOfWeek.SUNDAY, false, 0, 1440) : day).toList());
        AccountRef cabinet = new AccountRef("a1", "Shop", 5, "https://x", false).withQuietHours(quiet);

        store.save(AppSettings.defaults(List.of()).withAccount(cabinet));

        assertThat(store.load(List::of).account("a1").orElseThrow().quietHours()).isEqualTo(quiet);
        assertThat(Files.readString(store.file())).contains("\"quietHours\"", "\"from\" : \"22:00\"", "\"to\" : \"08:00\"");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path settingsFile : files.filter(Files::isRegularFile).toList()) {
                Files.delete(settingsFile);
            }
        }
        assertThat(new SettingsStore(folder).load(List::of, "a1"::equals).account("a1").orElseThrow().quietHours())
                .as("recovered from the cabinet's manifest").isEqualTo(quiet);
    }
}
