package com.marketchats.viewmodel.window;

import com.marketchats.service.budget.BudgetState;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.sync.FirstSyncProgress;
import com.marketchats.service.sync.SyncStatus;
import com.marketchats.store.OutboxItem;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The status bar of one cabinet: whether the API answers (online, syncing with the first sync's
 * progress, offline with when it retries, or the key refused), how much of the API budget's window is
 * left for sending and for reading (live, with until when an exhausted one waits; per method in the
 * tooltip), and what of the outbox needs the seller: messages not sent, then messages waiting.
 */
public final class StatusBarViewModel {

    /** What the connection indicator shows. */
    public enum Connection { ONLINE, SYNCING, OFFLINE, KEY_REFUSED }

    private final ChatInbox inbox;
    private final UiContext ui;
    private final BudgetTexts budgetTexts;
    private final LongConsumer openChat;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection", Connection.SYNCING);
    private final StringProperty connectionText = new SimpleStringProperty(this, "connectionText", "");
    private final StringProperty connectionDetail = new SimpleStringProperty(this, "connectionDetail", "");
    private final StringProperty budgetText = new SimpleStringProperty(this, "budgetText", "");
    private final StringProperty budgetTooltip = new SimpleStringProperty(this, "budgetTooltip", "");
    private final SimpleBooleanProperty budgetLow = new SimpleBooleanProperty(this, "budgetLow");
    private final SimpleIntegerProperty outboxCount = new SimpleIntegerProperty(this, "outboxCount");
    private final SimpleIntegerProperty failedCount = new SimpleIntegerProperty(this, "failedCount");
    private final StringProperty outboxText = new SimpleStringProperty(this, "outboxText", "");
    private Long firstFailedChat;
    private Runnable unsubscribeSync = () -> { };
    private Runnable unsubscribeEvents = () -> { };

    /** @param openChat opens a chat in the window (selects it in the list) */
    public StatusBarViewModel(ChatInbox inbox, UiContext ui, LongConsumer openChat) {
        this.inbox = inbox;
        this.ui = ui;
        this.budgetTexts = new BudgetTexts(ui.texts(), ui.clock());
        this.openChat = openChat;
    }

    /** Starts listening to the cabinet's sync status and changes, and shows the current state. */
    public void start() {
        unsubscribeSync = inbox.subscribeSync(status -> ui.ui().execute(() -> showSync(status)));
        unsubscribeEvents = inbox.subscribe(this::changed);
        ui.run(inbox::syncStatus, this::showSync, failure -> { });
        refreshBudget();
        refreshOutbox();
    }

    public void dispose() {
        unsubscribeSync.run();
        unsubscribeEvents.run();
    }

    private void changed(ChangeBatch batch) {
        if (batch.budgetChanged()) {
            refreshBudget();
        }
        if (!batch.outboxChanged().isEmpty()) {
            refreshOutbox();
        }
    }

    private void refreshBudget() {
        ui.run(inbox::budget, this::showBudget, failure -> { });
    }

    private void refreshOutbox() {
        ui.run(() -> new OutboxLine(inbox.pendingOutboxCount(), inbox.failedOutboxItems()), this::showOutbox,
                failure -> { });
    }

    /** What the outbox part shows, read together off the FX thread. */
    private record OutboxLine(int waiting, List<OutboxItem> failed) {
    }

    private void showSync(SyncStatus status) {
        Connection state = connectionOf(status);
        connection.set(state);
        connectionDetail.set(switch (state) {
            case KEY_REFUSED -> ui.texts().text("status.connection.keyRefused." + status.authProblem());
            case OFFLINE -> offlineText(status.offlineRetryAt(), "status.connection.offline");
            case SYNCING -> syncingText(status.firstSync());
            case ONLINE -> ui.texts().text("status.connection.online");
        });
        // The bar keeps a short form that always fits; the tooltip says the whole of it.
        connectionText.set(switch (state) {
            case KEY_REFUSED -> ui.texts().text("status.connection.keyRefused.short." + status.authProblem());
            case OFFLINE -> offlineText(status.offlineRetryAt(), "status.connection.offline.short");
            case SYNCING, ONLINE -> connectionDetail.get();
        });
    }

    static Connection connectionOf(SyncStatus status) {
        if (status.hasAuthProblem()) {
            return Connection.KEY_REFUSED;
        }
        return switch (status.connectivity()) {
            case OFFLINE -> Connection.OFFLINE;
            case SYNCING -> Connection.SYNCING;
            case ONLINE -> Connection.ONLINE;
        };
    }

    /** @param key the text without a retry time; the one with it is {@code key} with "Retry" after "offline" */
    private String offlineText(Instant retryAt, String key) {
        if (retryAt == null) {
            return ui.texts().text(key);
        }
        long seconds = Math.max(1, Duration.between(ui.clock().instant(), retryAt).toSeconds());
        return ui.texts().text(key.replace("offline", "offlineRetry"), seconds);
    }

    private String syncingText(FirstSyncProgress progress) {
        if (progress.done()) {
            return ui.texts().text("status.connection.syncing");
        }
        return switch (progress.stage()) {
            case LISTING_CHATS -> ui.texts().text("status.connection.firstSync.chats", progress.chatsFetched());
            case FETCHING_HISTORIES, DONE -> ui.texts().text("status.connection.firstSync.histories",
                    progress.historiesFetched(), progress.historiesTotal());
        };
    }

    private void showBudget(BudgetState state) {
        budgetText.set(budgetTexts.meter(state));
        budgetTooltip.set(budgetTexts.tooltip(state));
        budgetLow.set(BudgetTexts.low(state));
    }

    private void showOutbox(OutboxLine line) {
        int failed = line.failed().size();
        firstFailedChat = failed == 0 ? null : line.failed().get(0).chatId();
        outboxCount.set(line.waiting());
        failedCount.set(failed);
        if (failed > 0) {
            outboxText.set(line.waiting() == 0 ? ui.texts().text("status.outbox.failed", failed)
                    : ui.texts().text("status.outbox.failedAndWaiting", failed, line.waiting()));
        } else {
            outboxText.set(line.waiting() == 0 ? ui.texts().text("status.outbox.empty")
                    : ui.texts().text("status.outbox", line.waiting()));
        }
    }

    /** The seller clicked the outbox part: opens the chat of the oldest message not sent, if any. */
    public void openFirstNotSent() {
        if (firstFailedChat != null) {
            openChat.accept(firstFailedChat);
        }
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** What the bar shows: short enough to fit beside the rest at the window's smallest size. */
    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText;
    }

    /** The whole of it, for the tooltip and screen readers: what happened and what the seller can do. */
    public ReadOnlyStringProperty connectionDetailProperty() {
        return connectionDetail;
    }

    /** "API this hour: sending 998 of 1,000, reading 9,950 of 10,000", and until when an exhausted one waits. */
    public ReadOnlyStringProperty budgetTextProperty() {
        return budgetText;
    }

    /** Per API method: used, left and when its window resets (or until when it waits). */
    public ReadOnlyStringProperty budgetTooltipProperty() {
        return budgetTooltip;
    }

    public ReadOnlyBooleanProperty budgetLowProperty() {
        return budgetLow;
    }

    /** Messages queued or being sent. */
    public ReadOnlyIntegerProperty outboxCountProperty() {
        return outboxCount;
    }

    /** Messages the sender gave up on, which wait for the seller to retry or cancel them. */
    public ReadOnlyIntegerProperty failedCountProperty() {
        return failedCount;
    }

    public ReadOnlyStringProperty outboxTextProperty() {
        return outboxText;
    }
}
