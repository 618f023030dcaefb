package com.marketchats.viewmodel.window;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.window.DesktopNotification.Kind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Decides what deserves a desktop notification: messages from a buyer, from Market or from Market support
 * written after the app started (so the first sync of an old cabinet stays quiet), and chats that went to a
 * dispute ({@link DisputeWatch}), while notifications are on and the window is not focused. As Telegram
 * Desktop does, a focused window gets none at all: the seller is looking at the list already.
 * <p>
 * One notification per chat and sender kind, counting that chat's messages since the seller last looked
 * at the window, so a desktop that replaces notifications shows one growing "3 new messages" per chat.
 * At most {@link #MAX_PER_BATCH} per batch, then one summary, so a burst after a night offline does not
 * bury the desktop.
 * <p>
 * During the cabinet's quiet hours or a pause the seller asked for, notifications are held by a
 * {@link NotificationHold} and summed up in one when it ends; a focused window still gets none, held or not.
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
    private final NotificationTexts texts;
    private final DisputeWatch disputes;
    private final NotificationHold hold;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(this, "windowFocused", true);
    private final BooleanProperty hideText = new SimpleBooleanProperty(this, "hideText", false);
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", true);
    private final Set<Long> announced = new LinkedHashSet<>();
    /** Messages per chat and kind not seen yet: cleared whenever the window gets the focus. */
    private final Map<String, Integer> unseen = new ConcurrentHashMap<>();
    private final Instant startedAt;
    private volatile boolean quiet;
    private volatile boolean textHidden;
    private volatile boolean withSound = true;
    private Runnable unsubscribe = () -> { };

    /** @param sink shows a notification; called on the UI executor */
    public NewMessageNotifier(ChatInbox inbox, UiContext ui, Consumer<DesktopNotification> sink) {
        this.inbox = inbox;
        this.ui = ui;
        this.sink = sink;
        this.texts = new NotificationTexts(ui.texts());
        this.startedAt = ui.clock().instant().minus(CLOCK_SKEW);
        this.disputes = new DisputeWatch(startedAt);
        this.hold = new NotificationHold(inbox, ui, sink, texts, () -> withSound);
        enabled.addListener((obs, old, on) -> updateQuiet());
        windowFocused.addListener((obs, old, focused) -> {
            updateQuiet();
            if (focused) {
                unseen.clear();
                hold.forget();
            }
        });
        hideText.addListener((obs, old, hidden) -> textHidden = hidden);
        sound.addListener((obs, old, on) -> withSound = on);
        updateQuiet();
    }

    public void start() {
        unsubscribe = inbox.subscribe(this::changed);
    }

    public void dispose() {
        unsubscribe.run();
        hold.pausedProperty().unbind();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The view keeps this equal to the main window's focus. */
    public BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    /** True: notifications say that a message came, not what it says (a screen others can see). */
    public BooleanProperty hideTextProperty() {
        return hideText;
    }

    /** True: a batch of notifications comes with the notification sound. */
    public BooleanProperty soundProperty() {
        return sound;
    }

    /** True: notifications are held and summed up once it turns false (the tray's "pause notifications"). */
    public BooleanProperty pausedProperty() {
        return hold.pausedProperty();
    }

    /** The cabinet's quiet hours, during which notifications are held as while paused. */
    public ObjectProperty<QuietHours> quietHoursProperty() {
        return hold.quietHoursProperty();
    }

    /** Where deadline warnings are held too, and whose end the minute tick checks. */
    NotificationHold hold() {
        return hold;
    }

    private void updateQuiet() {
        quiet = !enabled.get() || windowFocused.get();
    }

    private void changed(ChangeBatch batch) {
        List<DesktopNotification> fresh = new ArrayList<>();
        int came = 0;
        for (long chatId : batch.chatsChanged()) {
            inbox.chat(chatId).filter(disputes::wentToDispute).ifPresent(chat -> fresh.add(
                    new DesktopNotification(chatId, Kind.DISPUTE, texts.title(Kind.DISPUTE, chat), texts.dispute(), 1,
                            false)));
        }
        for (long chatId : batch.messagesChanged()) {
            Optional<ChatSummary> chat = inbox.chat(chatId);
            List<StoredMessage> messages = inbox.messages(chatId, null, RECENT_MESSAGES).stream()
                    .filter(this::isNewFromOthers).filter(message -> remember(message.messageId())).toList();
            if (chat.isPresent() && !messages.isEmpty() && !quiet) {
                came += messages.size();
                for (Kind kind : List.of(Kind.BUYER, Kind.MARKET, Kind.SUPPORT)) {
                    messages.stream().filter(message -> kindOf(message.sender()) == kind)
                            .max(Comparator.comparingLong(StoredMessage::messageId))
                            .ifPresent(newest -> fresh.add(notificationOf(chat.get(), kind, newest,
                                    count(chatId, kind, messages))));
                }
            }
        }
        if (fresh.isEmpty() || quiet) {
            return;
        }
        if (hold.holding()) {
            hold.keep(came, (int) fresh.stream().filter(n -> n.kind() == Kind.DISPUTE).count());
        } else {
            ui.ui().execute(() -> show(fresh));
        }
    }

    private static Kind kindOf(MessageSender sender) {
        return switch (sender) {
            case MARKET -> Kind.MARKET;
            case SUPPORT -> Kind.SUPPORT;
            default -> Kind.BUYER;
        };
    }

    /** Adds this batch's messages of {@code kind} to the chat's unseen count and returns the new count. */
    private int count(long chatId, Kind kind, List<StoredMessage> messages) {
        int added = (int) messages.stream().filter(message -> kindOf(message.sender()) == kind).count();
        return unseen.merge(kind + ":" + chatId, added, Integer::sum);
    }

    private boolean isNewFromOthers(StoredMessage message) {
        MessageSender sender = message.sender();
        boolean fromOthers = sender == MessageSender.CUSTOMER || sender == MessageSender.MARKET
                || sender == MessageSender.SUPPORT;
        return fromOthers && message.createdAt() != null && message.createdAt().toInstant().isAfter(startedAt);
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

    private DesktopNotification notificationOf(ChatSummary chat, Kind kind, StoredMessage newest, int count) {
        return new DesktopNotification(chat.chatId(), kind, texts.title(kind, chat),
                texts.body(newest, count, textHidden), count, false);
    }

    /** The sound goes with the first notification of a batch only: one chime per burst. */
    private void show(List<DesktopNotification> fresh) {
        List<DesktopNotification> shown = new ArrayList<>(fresh.stream().limit(MAX_PER_BATCH).toList());
        if (fresh.size() > MAX_PER_BATCH) {
            int more = fresh.stream().skip(MAX_PER_BATCH).mapToInt(DesktopNotification::count).sum();
            shown.add(new DesktopNotification(null, Kind.SUMMARY, texts.title(Kind.SUMMARY, null), texts.more(more),
                    more, false));
        }
        for (int i = 0; i < shown.size(); i++) {
            DesktopNotification notification = shown.get(i);
            sink.accept(i == 0 && withSound ? withSound(notification) : notification);
        }
    }

    private static DesktopNotification withSound(DesktopNotification n) {
        return new DesktopNotification(n.chatId(), n.kind(), n.title(), n.body(), n.count(), true);
    }
}
