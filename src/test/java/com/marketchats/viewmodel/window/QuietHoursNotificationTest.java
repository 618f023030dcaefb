package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.QuietDay;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.UiContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quiet hours and the pause through the window's real wiring over the demo sandbox, the time moved by hand:
 * notifications are held and summed up once when the hold ends, while the unread count keeps growing.
 */
class QuietHoursNotificationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path cabinetFolder;
    private static DemoCabinet cabinet;

    @TempDir
    Path dataDirectory;

    private final TestClock clock = new TestClock(Instant.now());
    private final UiContext ui = DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), clock);
    private final List<DesktopNotification> shown = new CopyOnWriteArrayList<>();
    private final List<DesktopNotification> control = new CopyOnWriteArrayList<>();
    private final NewMessageNotifier unheld = new NewMessageNotifier(cabinet.inbox(),
            DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemUTC()), control::add);
    private MainViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(cabinetFolder);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @AfterEach
    void dispose() {
        unheld.dispose();
        model.dispose();
    }

    @Test
    void aMessageInQuietHoursIsHeldAndSummedUpOnceTheyEndWhileTheUnreadCountGrows() {
        open(demo(quietAroundNow()));
        int unreadBefore = unread();

        cabinet.sandbox().state().addBuyerMessage(chat(0), "Вы ещё работаете?");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> !control.isEmpty());
        await().atMost(PATIENCE).until(() -> unread() > unreadBefore);
        assertThat(model.titleProperty().get()).startsWith("Market Chats (" + unread() + ")");
        tick();
        assertThat(shown).as("held during quiet hours, the minute tick changes nothing").isEmpty();

        clock.advance(Duration.ofHours(2));
        tick();
        tick();

        int waiting = cabinet.inbox().groupCounts(ChatQuery.of(ChatGroup.ALL)).needsReply();
        assertThat(waiting).isGreaterThan(4);
        assertThat(shown).filteredOn(n -> n.kind() == DesktopNotification.Kind.SUMMARY).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.chatId()).isNull();
                    // The plural forms themselves: AwaySummaryTextTest.
                    assertThat(summary.title() + ": " + summary.body())
                            .matches("Пока вас не было: " + waiting + " чат(а|ов)? жд(ёт|ут) ответа");
                    assertThat(summary.count()).isEqualTo(waiting);
                });
    }

    @Test
    void thePauseHoldsTheSameWayAndReachesACabinetOpenedAfterItWasSet() {
        open(null);
        model.notificationsPausedProperty().set(true);
        model.open(List.of(demo(QuietHours.OFF)), null);
        model.setWindowFocused(false);
        int unreadBefore = unread();

        cabinet.sandbox().state().addBuyerMessage(chat(1), "Добрый вечер");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> !control.isEmpty());
        await().atMost(PATIENCE).until(() -> unread() > unreadBefore);
        tick();
        assertThat(shown).isEmpty();

        model.notificationsPausedProperty().set(false);

        assertThat(shown).singleElement().satisfies(summary -> {
            assertThat(summary.kind()).isEqualTo(DesktopNotification.Kind.SUMMARY);
            assertThat(summary.title()).isEqualTo("Пока вас не было");
            assertThat(summary.body()).endsWith("ждут ответа");
        });
    }

    @Test
    void whatCameWhileTheSellerLookedAtTheWindowIsNotSummedUp() {
        open(demo(quietAroundNow()));
        model.setWindowFocused(true);
        int unreadBefore = unread();

        cabinet.sandbox().state().addBuyerMessage(chat(2), "Я тут");
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> !control.isEmpty());
        await().atMost(PATIENCE).until(() -> unread() > unreadBefore);

        model.setWindowFocused(false);
        clock.advance(Duration.ofHours(2));
        tick();

        assertThat(shown).filteredOn(n -> n.kind() == DesktopNotification.Kind.SUMMARY).isEmpty();
    }

    @Test
    void quietHoursSavedInSettingsReachTheCabinetOnScreenAtOnce() {
        AccountRef shop = new AccountRef("shop", "Мой магазин", 777L, "https://api.example", false);
        open(shop);
        NewMessageNotifier notifier = model.activeModelsProperty().get().notifier();
        assertThat(notifier.quietHoursProperty().get()).isEqualTo(QuietHours.OFF);

        QuietHours nights = new QuietHours(true, QuietHours.OFF.days());
        model.applySettings(model.settingsProperty().get().withAccount(shop.withQuietHours(nights)));

        assertThat(notifier.quietHoursProperty().get()).isEqualTo(nights);
    }

    /** The window over the demo cabinet, its notifications in {@link #shown}; a control notifier that holds nothing. */
    private void open(AccountRef demo) {
        model = new MainViewModel(ui, new DemoOpener(cabinet.inbox()), new SettingsStore(dataDirectory),
                AppSettings.defaults(List.of()), shown::add);
        unheld.windowFocusedProperty().set(false);
        unheld.start();
        if (demo != null) {
            model.open(List.of(demo), null);
            model.setWindowFocused(false);
        }
    }

    private int unread() {
        return model.activeProperty().get().unreadProperty().get();
    }

    /** What the chat list's minute timer does. */
    private void tick() {
        model.activeModelsProperty().get().chatList().tick();
    }

    private static AccountRef demo(QuietHours quiet) {
        return new AccountRef("demo", "", cabinet.sandbox().demoBusinessId(), "http://127.0.0.1", true,
                ReplyTarget.DEFAULT, quiet);
    }

    /** Every day from an hour ago to an hour from now on the test clock's zone, past midnight or not. */
    private QuietHours quietAroundNow() {
        int minute = clock.instant().atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 60;
        int day = 24 * 60;
        return new QuietHours(true, Arrays.stream(DayOfWeek.values())
                .map(weekday -> new QuietDay(weekday, true, (minute + day - 60) % day, (minute + 60) % day)).toList());
    }

    /** The {@code index}-th chat with a named buyer: each test writes to its own chat. */
    private static long chat(int index) {
        return cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).stream()
                .filter(chat -> chat.context() != null && chat.context().customer() != null
                        && chat.context().customer().name() != null)
                .skip(index).findFirst().orElseThrow().chatId();
    }

    /** Opens every cabinet on the one demo inbox. */
    private record DemoOpener(ChatInbox inbox) implements CabinetOpener {

        @Override
        public ChatInbox open(AccountRef account) {
            return inbox;
        }

        @Override
        public void close(AccountRef account) {
            // The demo cabinet belongs to the test class, which closes it.
        }
    }
}
