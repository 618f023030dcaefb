package com.marketchats.viewmodel.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;

/** Reply targets for tests that want working time to equal wall-clock time. */
final class ReplyDeadlineTesting {

    private ReplyDeadlineTesting() {
    }

    /** An hour, warned 15 minutes before, every day 00:00–24:00. */
    static ReplyTarget allDay() {
        return new ReplyTarget(Duration.ofHours(1), Duration.ofMinutes(15), Arrays.stream(DayOfWeek.values())
                .map(day -> new WorkingDay(day, true, 0, WorkingDay.DAY_MINUTES)).toList());
    }

    static ChatListFormatter allDayFormatter(I18n texts, Clock clock) {
        ReplyDeadlines deadlines = new ReplyDeadlines(texts, clock);
        deadlines.setTarget(allDay());
        return new ChatListFormatter(texts, clock, deadlines);
    }
}
