package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notifications held back while the seller is away on purpose: during the cabinet's quiet hours or while
 * paused. What comes meanwhile (messages, disputes, reply deadline warnings) is counted, not shown; when
 * the hold ends, one summary says how many chats wait for a reply by then (the Reply tab's count), or,
 * when none does, how many messages came. Unread counts and badges do not pass through here and keep
 * updating.
 * <p>
 * The end of a spell is noticed on the chat list's minute tick, which follows the UI clock; a pause
 * lifted or quiet hours switched off end the hold at once.
 */
final class NotificationHold {

    private final ChatInbox inbox;
    private final UiContext ui;
    private final Consumer<DesktopNotification> sink;
    private final NotificationTexts texts;
    private final BooleanSupplier sound;
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ObjectProperty<QuietHours> quietHours = new SimpleObjectProperty<>(this, "quietHours",
            QuietHours.OFF);
    /** Copies of the properties for the sync's event thread, which must not read JavaFX properties. */
    private volatile boolean pausedNow;
    private volatile QuietHours quietNow = QuietHours.OFF;
    private int messages;
    private int disputes;
    private int warnings;

    /** @param sound whether the summary comes with the notification sound, asked when it is shown */
    NotificationHold(ChatInbox inbox, UiContext ui, Consumer<DesktopNotification> sink, NotificationTexts texts,
                     BooleanSupplier sound) {
        this.inbox = inbox;
        this.ui = ui;
        this.sink = sink;
        this.texts = texts;
        this.sound = sound;
        paused.addListener((obs, old, now) -> {
            pausedNow = now;
            check();
        });
        quietHours.addListener((obs, old, now) -> {
            quietNow = Objects.requireNonNullElse(now, QuietHours.OFF);
            check();
        });
    }

    BooleanProperty pausedProperty() {
        return paused;
    }

    ObjectProperty<QuietHours> quietHoursProperty() {
        return quietHours;
    }

    /** Whether notifications are held now: paused, or inside a quiet spell by the UI clock. */
    boolean holding() {
        return pausedNow || quietNow.holdsAt(ui.clock().instant(), ui.clock().getZone());
    }

    synchronized void keep(int newMessages, int newDisputes) {
        messages += newMessages;
        disputes += newDisputes;
    }

    synchronized void keepWarning() {
        warnings++;
    }

    /** The seller looked at the window: what was held has been seen. */
    synchronized void forget() {
        messages = 0;
        disputes = 0;
        warnings = 0;
    }

    /** Once the hold is over, shows the summary of what it held, if anything; on the UI executor. */
    void check() {
        if (holding()) {
            return;
        }
        int heldMessages;
        int heldDisputes;
        synchronized (this) {
            if (messages + disputes + warnings == 0) {
                return;
            }
            heldMessages = messages;
            heldDisputes = disputes;
            forget();
        }
        ui.run(() -> inbox.groupCounts(ChatQuery.of(ChatGroup.ALL)).needsReply(),
                waiting -> summarise(waiting, heldMessages, heldDisputes), failure -> { });
    }

    private void summarise(int waiting, int heldMessages, int heldDisputes) {
        String body = texts.away(waiting, heldMessages, heldDisputes);
        if (body.isEmpty()) {
            return;
        }
        int count = waiting > 0 ? waiting : heldMessages;
        sink.accept(new DesktopNotification(null, DesktopNotification.Kind.SUMMARY, texts.awayTitle(), body, count,
                sound.getAsBoolean()));
    }
}
