package com.marketchats.viewmodel.window;

import com.marketchats.api.ApiOperation;
import com.marketchats.service.budget.BudgetState;
import com.marketchats.service.budget.MethodBudget;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.sync.FirstSyncProgress;
import com.marketchats.service.sync.SyncStatus;
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

/**
 * The status bar of one cabinet: whether the API answers (online, syncing with the first sync's
 * progress, offline with when it retries, or the key refused), how much of the hour's API budget is left
 * for sending and for reading, and how many messages wait in the outbox.
 */
public final class StatusBarViewModel {

    /** What the connection indicator shows. */
    public enum Connection { ONLINE, SYNCING, OFFLINE, KEY_REFUSED }

    /** Below this share of an hour's budget left, the budget text turns to a warning. */
    static final double LOW_BUDGET_SHARE = 0.1;

    private final ChatInbox inbox;
    private final UiContext ui;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection", Connection.SYNCING);
    private final StringProperty connectionText = new SimpleStringProperty(this, "connectionText", "");
    private final StringProperty budgetText = new SimpleStringProperty(this, "budgetText", "");
    private final SimpleBooleanProperty budgetLow = new SimpleBooleanProperty(this, "budgetLow");
    private final SimpleIntegerProperty outboxCount = new SimpleIntegerProperty(this, "outboxCount");
    private final StringProperty outboxText = new SimpleStringProperty(this, "outboxText", "");
    private Runnable unsubscribeSync = () -> { };
    private Runnable unsubscribeEvents = () -> { };

    public StatusBarViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.ui = ui;
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
        ui.run(inbox::pendingOutboxCount, this::showOutbox, failure -> { });
    }

    private void showSync(SyncStatus status) {
        Connection state = connectionOf(status);
        connection.set(state);
        connectionText.set(switch (state) {
            case KEY_REFUSED -> ui.texts().text("status.connection.keyRefused." + status.authProblem());
            case OFFLINE -> offlineText(status.offlineRetryAt());
            case SYNCING -> syncingText(status.firstSync());
            case ONLINE -> ui.texts().text("status.connection.online");
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

    private String offlineText(Instant retryAt) {
        if (retryAt == null) {
            return ui.texts().text("status.connection.offline");
        }
        long seconds = Math.max(1, Duration.between(ui.clock().instant(), retryAt).toSeconds());
        return ui.texts().text("status.connection.offlineRetry", seconds);
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
        MethodBudget sending = state.method(ApiOperation.SEND_MESSAGE_TO_CHAT);
        MethodBudget reading = state.method(ApiOperation.GET_CHAT_HISTORY);
        budgetText.set(ui.texts().text("status.budget", sending.remaining(), sending.limit(),
                reading.remaining(), reading.limit()));
        budgetLow.set(isLow(sending) || isLow(reading) || sending.blocked() || reading.blocked());
    }

    private static boolean isLow(MethodBudget method) {
        return method.limit() > 0 && method.remaining() < method.limit() * LOW_BUDGET_SHARE;
    }

    private void showOutbox(int count) {
        outboxCount.set(count);
        outboxText.set(count == 0 ? ui.texts().text("status.outbox.empty") : ui.texts().text("status.outbox", count));
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText;
    }

    /** "Sending: 998 of 1,000 this hour · Reading: 9,950 of 10,000". */
    public ReadOnlyStringProperty budgetTextProperty() {
        return budgetText;
    }

    public ReadOnlyBooleanProperty budgetLowProperty() {
        return budgetLow;
    }

    public ReadOnlyIntegerProperty outboxCountProperty() {
        return outboxCount;
    }

    public ReadOnlyStringProperty outboxTextProperty() {
        return outboxText;
    }
}
