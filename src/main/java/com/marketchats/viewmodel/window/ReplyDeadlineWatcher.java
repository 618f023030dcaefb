package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.inbox.ReplyCountdown;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.chatlist.ReplyDeadlines;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Warns the seller a set time before a buyer's reply target is breached, through the same notification
 * sink as new messages. One warning per wait: a wait is a chat and the moment its buyer started waiting,
 * so the next unanswered message after a reply is a new wait with a warning of its own, while a clock
 * set back, a reload or a second check in the same minute never warns twice. A clock that jumps past
 * the breach (a laptop waking up) gives no warning: the row already says the reply is late. A warning due
 * during quiet hours or a pause is held with the new-message notifications and counts toward their summary.
 */
public final class ReplyDeadlineWatcher {

    private final ChatInbox inbox;
    private final UiContext ui;
    private final ReplyDeadlines deadlines;
    private final Consumer<DesktopNotification> sink;
    private final NotificationHold hold;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", true);
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(this, "windowFocused", false);
    /** The waits warned of; confined to the UI executor's thread. */
    private final Set<Wait> warned = new HashSet<>();
    private boolean disposed;

    private record Wait(long chatId, Instant since) {
    }

    /**
     * @param sink shows a notification; called on the UI executor
     * @param hold the new-message notifier's hold, which keeps warnings due while it holds
     */
    ReplyDeadlineWatcher(ChatInbox inbox, UiContext ui, ReplyDeadlines deadlines, Consumer<DesktopNotification> sink,
                         NotificationHold hold) {
        this.inbox = inbox;
        this.ui = ui;
        this.deadlines = deadlines;
        this.sink = sink;
        this.hold = hold;
    }

    /** Whether the seller wants the notification sound: kept equal to the new-message notifier's. */
    public BooleanProperty soundProperty() {
        return sound;
    }

    /** Kept equal to the main window's focus, like the new-message notifier's. */
    public BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    /** Warnings follow the notifications setting. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public void dispose() {
        disposed = true;
    }

    /** Looks at every chat that needs a reply, in the background, and warns of those about to be late. */
    public void check() {
        if (disposed) {
            return;
        }
        ui.run(() -> inbox.chats(ChatQuery.of(ChatGroup.NEEDS_REPLY).withPage(Integer.MAX_VALUE, 0)).stream()
                .filter(chat -> chat.waitingSince() != null).toList(), this::warnOfDue, failure -> { });
    }

    private void warnOfDue(List<ChatSummary> waiting) {
        if (disposed) {
            return;
        }
        List<Wait> current = new ArrayList<>();
        for (ChatSummary chat : waiting) {
            Wait wait = new Wait(chat.chatId(), chat.waitingSince().toInstant());
            current.add(wait);
            ReplyCountdown countdown = deadlines.since(wait.since());
            // While the seller looks at the window the list's amber countdown says it; a wait not warned of
            // then is warned of at the next check after the window loses focus, if still before the breach.
            if (countdown.warningDue() && enabled.get() && !windowFocused.get() && warned.add(wait)) {
                if (hold.holding()) {
                    hold.keepWarning();
                } else {
                    sink.accept(warning(chat, countdown));
                }
            }
        }
        // Answered chats leave the set, so it holds no more than the chats that wait now.
        warned.retainAll(current);
    }

    private DesktopNotification warning(ChatSummary chat, ReplyCountdown countdown) {
        return new DesktopNotification(chat.chatId(), DesktopNotification.Kind.DEADLINE,
                new NotificationTexts(ui.texts()).title(DesktopNotification.Kind.DEADLINE, chat),
                deadlines.text(countdown), 1, sound.get());
    }
}
