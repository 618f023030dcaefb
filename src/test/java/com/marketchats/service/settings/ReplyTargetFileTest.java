package com.marketchats.service.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reply targets in settings.json: defaulted when absent, a broken part defaulted alone, kept across saves. */
class ReplyTargetFileTest {

    @TempDir
    Path folder;

    @Test
    void aFileFromBeforeReplyTargetsGivesEveryCabinetTheDefault() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), """
                {"accounts": [{"id": "a1", "businessId": 5, "baseUrl": "https://x"}]}
                """, StandardCharsets.UTF_8);

        AccountRef cabinet = store.load(List::of).account("a1").orElseThrow();

        assertThat(cabinet.replyTarget()).isEqualTo(ReplyTarget.DEFAULT);
        assertThat(ReplyTarget.DEFAULT.answerWithin()).isEqualTo(Duration.ofHours(1));
        assertThat(ReplyTarget.DEFAULT.day(DayOfWeek.SUNDAY)).isEqualTo(new WorkingDay(DayOfWeek.SUNDAY, true, 540, 1260));
    }

    @Test
    void aBrokenPartTakesItsDefaultAndTheRestIsKept() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), """
                {"accounts": [{"id": "a1", "businessId": 5, "baseUrl": "https://x",
                  "replyTarget": {"answerMinutes": 100000, "warnMinutes": 10,
                    "days": [{"day": "MONDAY", "on": false, "from": "08:00", "to": "17:00"},
                             {"day": "TUESDAY", "from": "25:00", "to": "17:00"}, null, {"day": "FUNDAY"}]}}]}
                """, StandardCharsets.UTF_8);

        ReplyTarget target = store.load(List::of).account("a1").orElseThrow().replyTarget();

        assertThat(target.answerWithin()).as("out of range").isEqualTo(Duration.ofHours(1));
        assertThat(target.day(DayOfWeek.MONDAY)).isEqualTo(new WorkingDay(DayOfWeek.MONDAY, false, 480, 1020));
        assertThat(target.day(DayOfWeek.TUESDAY)).isEqualTo(WorkingDay.standard(DayOfWeek.TUESDAY));
        assertThat(store.recovery()).isEmpty();
    }

    @Test
    void aSavedTargetComesBackAndIsReadableInTheFile() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        ReplyTarget target = new ReplyTarget(Duration.ofMinutes(90), Duration.ZERO,
                ReplyTarget.DEFAULT.days().stream().map(day -> day.day() == DayOfWeek.FRIDAY
                        ? new WorkingDay(day.day(), true, 600, WorkingDay.DAY_MINUTES) : day).toList());
        AccountRef cabinet = new AccountRef("a1", "Shop", 5, "https://x", false).withReplyTarget(target);

        store.save(AppSettings.defaults(List.of()).withAccount(cabinet));

        assertThat(store.load(List::of).account("a1").orElseThrow().replyTarget()).isEqualTo(target);
        assertThat(Files.readString(store.file())).contains("\"answerMinutes\" : 90", "\"to\" : \"24:00\"");
    }
}
