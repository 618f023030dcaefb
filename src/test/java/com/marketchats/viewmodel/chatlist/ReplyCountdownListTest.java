package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply countdown through the real chat list view-model over the demo sandbox, with a hand-moved
 * clock in Berlin: the rows' texts, the Needs-reply tab's order and its overdue count, as time passes.
 */
class ReplyCountdownListTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    private final TestClock instants = new TestClock(Instant.now());
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return BERLIN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return instants.instant();
        }
    };

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    private ChatListViewModel needsReplyTab(ReplyTarget target) {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, clock));
        model.deadlines().setTarget(target);
        model.tabProperty().set(ChatListTab.NEEDS_REPLY);
        model.reload();
        return model;
    }

    @Test
    void rowsCountDownTheTabSortsByTimeLeftAndCountsTheOverdue() {
        ChatListViewModel model = needsReplyTab(ReplyDeadlineTesting.allDay());
        List<Instant> waits = waits(model);
        assertThat(waits).as("the demo has several chats waiting for the seller").hasSizeGreaterThan(2);
        Instant newest = waits.get(waits.size() - 1);

        instants.set(newest.plus(Duration.ofMinutes(42)));
        model.tick();

        ChatListItem newestRow = rowWaitingSince(model, newest);
        assertThat(newestRow.deadline().text()).isEqualTo("осталось 18 мин");
        assertThat(newestRow.deadline().state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(newestRow.accessibleText()).contains("ждёт 42 мин", "осталось 18 мин");
        assertThat(model.items()).extracting(row -> row.deadline().left())
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(model.items().get(0).summary().waitingSince().toInstant()).as("the longest overdue first")
                .isEqualTo(waits.get(0));
        assertThat(model.deadlines().overdueCountProperty().get()).isEqualTo(overdueAt(waits, instants.instant()));

        // The laptop sleeps for two hours: the countdown just shows the time gone, every wait is late.
        instants.set(newest.plus(Duration.ofHours(2).plusMinutes(42)));
        model.tick();

        assertThat(rowWaitingSince(model, newest).deadline().text()).isEqualTo("просрочено 1 ч");
        assertThat(rowWaitingSince(model, newest).deadline().state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(model.deadlines().overdueCountProperty().get()).isEqualTo(waits.size());
    }

    @Test
    void aQuarterLeftTurnsTheRowUrgent() {
        ChatListViewModel model = needsReplyTab(ReplyDeadlineTesting.allDay());
        Instant newest = waits(model).get(waits(model).size() - 1);

        instants.set(newest.plus(Duration.ofMinutes(46)));
        model.tick();

        assertThat(rowWaitingSince(model, newest).deadline().text()).isEqualTo("осталось 14 мин");
        assertThat(rowWaitingSince(model, newest).deadline().state()).isEqualTo(DeadlineState.URGENT);
    }

    @Test
    void onlyWorkingHoursCount() {
        ReplyTarget neverAtWork = new ReplyTarget(Duration.ofHours(1), Duration.ofMinutes(15),
                Arrays.stream(DayOfWeek.values()).map(day -> new WorkingDay(day, false, 540, 1260)).toList());
        ChatListViewModel model = needsReplyTab(neverAtWork);
        instants.set(waits(model).get(waits(model).size() - 1).plus(Duration.ofDays(3)));
        model.tick();

        assertThat(model.items()).filteredOn(row -> row.summary().waitingSince() != null)
                .allSatisfy(row -> assertThat(row.deadline().text()).isEqualTo("осталось 1 ч"));
        assertThat(model.deadlines().overdueCountProperty().get()).isZero();
    }

    @Test
    void theOverdueCountCoversChatsOfOtherTabsToo() {
        ChatListViewModel model = needsReplyTab(ReplyDeadlineTesting.allDay());
        List<Instant> waits = waits(model);
        instants.set(waits.get(waits.size() - 1).plus(Duration.ofHours(5)));
        model.tabProperty().set(ChatListTab.FINISHED);

        assertThat(model.items()).allMatch(row -> !row.needsReply());
        assertThat(model.deadlines().overdueCountProperty().get()).isEqualTo(waits.size());
    }

    private static List<Instant> waits(ChatListViewModel model) {
        return model.items().stream().filter(row -> row.summary().waitingSince() != null)
                .map(row -> row.summary().waitingSince().toInstant()).sorted().toList();
    }

    private static ChatListItem rowWaitingSince(ChatListViewModel model, Instant since) {
        return model.items().stream().filter(row -> row.summary().waitingSince() != null
                && row.summary().waitingSince().toInstant().equals(since)).findFirst().orElseThrow();
    }

    private static long overdueAt(List<Instant> waits, Instant now) {
        return waits.stream().filter(since -> Duration.between(since, now).compareTo(Duration.ofHours(1)) >= 0).count();
    }
}
