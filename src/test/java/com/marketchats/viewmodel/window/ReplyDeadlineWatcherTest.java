package com.marketchats.viewmodel.window;

import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The breach warning over the demo sandbox with a hand-moved clock: once per wait, never after a jump past it. */
class ReplyDeadlineWatcherTest {

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    private final TestClock clock = new TestClock(Instant.now());
    private final List<DesktopNotification> shown = new ArrayList<>();
    private final UiContext ui = DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), clock);
    private final ChatListViewModel list = new ChatListViewModel(cabinet.inbox(), ui);
    private final NewMessageNotifier notifier = new NewMessageNotifier(cabinet.inbox(), ui, shown::add);
    private final ReplyDeadlineWatcher watcher = new ReplyDeadlineWatcher(cabinet.inbox(), ui,
            list.deadlines().deadlines(), shown::add, notifier.hold());

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Test
    void warnsOnceAQuarterHourBeforeTheBreachAndNotAfterAJumpPastIt() {
        list.deadlines().setTarget(allDay());
        ChatSummary newest = newestWait();
        Instant since = newest.waitingSince().toInstant();

        clock.set(since.plus(Duration.ofMinutes(44)));
        watcher.check();
        assertThat(shown).noneMatch(warning -> warning.chatId() == newest.chatId());

        clock.set(since.plus(Duration.ofMinutes(46)));
        watcher.check();
        watcher.check();
        assertThat(shown).filteredOn(warning -> warning.chatId() == newest.chatId()).singleElement()
                .satisfies(warning -> assertThat(warning.body()).isEqualTo("осталось 14 мин"));

        // The clock is set back and moves on again: the same wait is not warned of twice.
        clock.set(since.plus(Duration.ofMinutes(30)));
        watcher.check();
        clock.set(since.plus(Duration.ofMinutes(50)));
        watcher.check();
        assertThat(shown).filteredOn(warning -> warning.chatId() == newest.chatId()).hasSize(1);
    }

    @Test
    void aClockThatJumpsPastTheBreachGivesNoWarning() {
        list.deadlines().setTarget(allDay());
        ChatSummary newest = newestWait();

        clock.set(newest.waitingSince().toInstant().plus(Duration.ofHours(3)));
        watcher.check();

        assertThat(shown).isEmpty();
    }

    @Test
    void staysQuietWhenNotificationsAreOff() {
        list.deadlines().setTarget(allDay());
        watcher.enabledProperty().set(false);
        clock.set(newestWait().waitingSince().toInstant().plus(Duration.ofMinutes(50)));

        watcher.check();

        assertThat(shown).isEmpty();
    }

    @Test
    void waitsWhileTheSellerLooksAtTheWindowAndWarnsOnceItLosesFocus() {
        list.deadlines().setTarget(allDay());
        ChatSummary newest = newestWait();
        clock.set(newest.waitingSince().toInstant().plus(Duration.ofMinutes(46)));

        watcher.windowFocusedProperty().set(true);
        watcher.check();
        assertThat(shown).isEmpty();

        watcher.windowFocusedProperty().set(false);
        watcher.check();
        assertThat(shown).filteredOn(warning -> warning.chatId() == newest.chatId()).hasSize(1);
    }

    @Test
    void aWarningDueWhileNotificationsArePausedIsSummedUpWhenThePauseEndsAndNotRepeated() {
        list.deadlines().setTarget(allDay());
        clock.set(newestWait().waitingSince().toInstant().plus(Duration.ofMinutes(46)));
        notifier.pausedProperty().set(true);

        watcher.check();
        assertThat(shown).isEmpty();

        notifier.pausedProperty().set(false);
        watcher.check();
        assertThat(shown).singleElement().satisfies(summary -> {
            assertThat(summary.kind()).isEqualTo(DesktopNotification.Kind.SUMMARY);
            assertThat(summary.body()).endsWith("ждут ответа");
        });
    }

    private static ChatSummary newestWait() {
        return cabinet.inbox().chats(ChatQuery.of(ChatGroup.NEEDS_REPLY).withPage(Integer.MAX_VALUE, 0)).stream()
                .filter(chat -> chat.waitingSince() != null)
                .max(Comparator.comparing(ChatSummary::waitingSince)).orElseThrow();
    }

    private static ReplyTarget allDay() {
        return new ReplyTarget(Duration.ofHours(1), Duration.ofMinutes(15), Arrays.stream(DayOfWeek.values())
                .map(day -> new WorkingDay(day, true, 0, WorkingDay.DAY_MINUTES)).toList());
    }
}
