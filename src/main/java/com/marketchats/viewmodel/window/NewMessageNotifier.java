package com.marketchats.viewmodel.window;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;
import com.marketchats.text.ShownFileNames;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides which new buyer messages deserve a desktop notification: one per message that a buyer wrote
 * after the app started (so the first sync of an old cabinet stays quiet), while notifications are on
 * and the window is not focused. At most {@link #MAX_PER_BATCH} per batch, then one summary, so a burst
 * after a night offline does not bury the desktop.
 */
public final class NewMessageNotifier {

    static final int MAX_PER_BATCH = 3;
    /** A server clock slightly behind ours must not hide a message that really is new. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final int RECENT_MESSAGES = 20;
    private static final int REMEMBERED = 10_000;

    private final ChatInbox inbox;
    private final UiContext ui;
    private final Consumer<DesktopNotification> sink;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(this, "windowFocused", true);
    private final Set<Long> announced = new LinkedHashSet<>();
    private final Instant startedAt;
    private volatile boolean quiet;
    private Runnable unsubscribe = () -> { };

    /** @param sink shows a notification; called on the UI executor */
    public NewMessageNotifier(ChatInbox inbox, UiContext ui, Consumer<DesktopNotification> sink) {
        this.inbox = inbox;
        this.ui = ui;
        this.sink = sink;
        this.startedAt = ui.clock().instant().minus(CLOCK_SKEW);
        enabled.addListener((obs, old, on) -> updateQuiet());
        windowFocused.addListener((obs, old, focused) -> updateQuiet());
        updateQuiet();
    }

    public void start() {
        unsubscribe = inbox.subscribe(this::changed);
    }

    public void dispose() {
        unsubscribe.run();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The view keeps this equal to the main window's focus. */
    public BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    private void updateQuiet() {
        quiet = !enabled.get() || windowFocused.get();
    }

    private void changed(ChangeBatch batch) {
        if (batch.messagesChanged().isEmpty()) {
            return;
        }
        List<DesktopNotification> fresh = new ArrayList<>();
        for (long chatId : batch.messagesChanged()) {
            Optional<ChatSummary> chat = inbox.chat(chatId);
            for (StoredMessage message : inbox.messages(chatId, null, RECENT_MESSAGES)) {
                if (isNewFromBuyer(message) && remember(message.messageId()) && chat.isPresent()) {
                    fresh.add(notificationOf(chat.get(), message));
                }
            }
        }
        if (!fresh.isEmpty() && !quiet) {
            ui.ui().execute(() -> show(fresh));
        }
    }

    private boolean isNewFromBuyer(StoredMessage message) {
        return message.sender() == MessageSender.CUSTOMER && message.createdAt() != null
                && message.createdAt().toInstant().isAfter(startedAt);
    }

    /** True the first time a message is seen; forgets the oldest ids beyond {@link #REMEMBERED}. */
    private synchronized boolean remember(long messageId) {
        if (!announced.add(messageId)) {
            return false;
        }
        if (announced.size() > REMEMBERED) {
            announced.remove(announced.iterator().next());
        }
        return true;
    }

    private DesktopNotification notificationOf(ChatSummary chat, StoredMessage message) {
        String buyer = chat.customerName() == null || chat.customerName().isBlank()
                ? ui.texts().text("notification.buyer") : chat.customerName();
        String body = message.text() != null && !message.text().isBlank() ? oneLine(message.text())
                : message.attachments().isEmpty() ? "" : ui.texts().text("notification.file",
                ShownFileNames.of(message.attachments().get(0).name()));
        return new DesktopNotification(chat.chatId(), ui.texts().text("notification.title", buyer), body);
    }

    private void show(List<DesktopNotification> fresh) {
        fresh.stream().limit(MAX_PER_BATCH).forEach(sink);
        if (fresh.size() > MAX_PER_BATCH) {
            int more = fresh.size() - MAX_PER_BATCH;
            sink.accept(new DesktopNotification(null, ui.texts().text("notification.more.title"),
                    ui.texts().text("notification.more", more)));
        }
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 140 ? line.substring(0, 139) + "\u2026" : line;
    }
}
