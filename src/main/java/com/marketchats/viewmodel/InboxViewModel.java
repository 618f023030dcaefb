package com.marketchats.viewmodel;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The walking skeleton's inbox: the chat list, the selected chat's history and the compose box,
 * read straight from the API. Calls run on the background executor; their results are applied on
 * the UI executor only, so the FX thread never waits on the network.
 */
public final class InboxViewModel {

    private final ChatsApi api;
    private final Executor background;
    private final Executor ui;
    private final I18n texts;
    private final RowFormatter formatter;
    private final ErrorTexts errors;

    private final ObservableList<ChatRow> chats = FXCollections.observableArrayList();
    private final ObservableList<MessageRow> messages = FXCollections.observableArrayList();
    private final ObjectProperty<ChatRow> selectedChat = new SimpleObjectProperty<>(this, "selectedChat");
    private final StringProperty composeText = new SimpleStringProperty(this, "composeText", "");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty sending = new SimpleBooleanProperty(this, "sending");
    private final StringBinding sendBlockedReason;
    private final BooleanBinding canSend;
    private final StringBinding composeCounter;
    /** Tells a history answer for a chat the user has already left from the one they look at. */
    private final AtomicLong historyRequest = new AtomicLong();

    public InboxViewModel(ChatsApi api, Executor background, Executor ui, I18n texts, Clock clock) {
        this.api = api;
        this.background = background;
        this.ui = ui;
        this.texts = texts;
        this.formatter = new RowFormatter(texts, clock);
        this.errors = new ErrorTexts(texts);
        this.sendBlockedReason = Bindings.createStringBinding(this::computeSendBlockedReason,
                composeText, selectedChat, sending);
        this.canSend = sendBlockedReason.isEmpty();
        this.composeCounter = Bindings.createStringBinding(() -> texts.text("compose.counter",
                codePoints(composeText.get()), ApiLimits.MAX_MESSAGE_LENGTH), composeText);
        selectedChat.addListener((obs, old, chat) -> loadHistory(chat));
    }

    /** Reloads the whole chat list; keeps the selection when the chat is still there. */
    public void refresh() {
        busy.set(true);
        statusText.set(texts.text("status.loadingChats"));
        run(() -> api.getAllChats(GetChatsRequest.ALL), this::showChats);
    }

    /** Sends the compose text to the selected chat, then reloads its history. */
    public void send() {
        ChatRow chat = selectedChat.get();
        if (!canSend.get() || chat == null) {
            return;
        }
        String text = composeText.get().strip();
        sending.set(true);
        run(() -> {
            api.sendMessage(chat.chatId(), text);
            return api.getAllHistory(chat.chatId(), null);
        }, history -> {
            sending.set(false);
            composeText.set("");
            if (isSelected(chat)) {
                showHistory(history);
            }
            refresh();
        });
    }

    private void loadHistory(ChatRow chat) {
        messages.clear();
        if (chat == null) {
            return;
        }
        long request = historyRequest.incrementAndGet();
        busy.set(true);
        run(() -> api.getAllHistory(chat.chatId(), null), history -> {
            if (request == historyRequest.get()) {
                showHistory(history);
            }
        });
    }

    private void showChats(List<ChatInfo> loaded) {
        Map<Long, ChatInfo> byId = new LinkedHashMap<>();
        loaded.forEach(chat -> byId.put(chat.chatId(), chat));
        List<ChatRow> rows = byId.values().stream().map(formatter::chatRow).sorted(INBOX_ORDER).toList();
        Long selectedId = selectedChat.get() == null ? null : selectedChat.get().chatId();
        chats.setAll(rows);
        rows.stream().filter(row -> selectedId != null && row.chatId() == selectedId).findFirst()
                .ifPresent(row -> selectedChat.set(row));
        busy.set(false);
        statusText.set(texts.text("status.chatsLoaded", rows.size()));
    }

    private void showHistory(List<ChatMessage> history) {
        Map<Long, ChatMessage> byId = new LinkedHashMap<>();
        history.stream().sorted(Comparator.comparingLong(ChatMessage::messageId))
                .forEach(message -> byId.put(message.messageId(), message));
        messages.setAll(formatter.messageRows(List.copyOf(byId.values())));
        busy.set(false);
    }

    private boolean isSelected(ChatRow chat) {
        return selectedChat.get() != null && selectedChat.get().chatId() == chat.chatId();
    }

    private String computeSendBlockedReason() {
        if (selectedChat.get() == null) {
            return texts.text("compose.blocked.noChat");
        }
        if (sending.get()) {
            return texts.text("compose.blocked.sending");
        }
        String text = composeText.get() == null ? "" : composeText.get().strip();
        if (text.isEmpty()) {
            return texts.text("compose.blocked.empty");
        }
        int length = codePoints(text);
        if (length > ApiLimits.MAX_MESSAGE_LENGTH) {
            return texts.text("compose.blocked.tooLong", length, ApiLimits.MAX_MESSAGE_LENGTH);
        }
        return "";
    }

    /** Characters as the API counts them (JSON Schema maxLength counts code points, not UTF-16 units). */
    private static int codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Runs {@code work} in the background and hands its result, or its failure, to the UI executor. */
    private <T> void run(Supplier<T> work, Consumer<T> onResult) {
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> {
                    errorText.set("");
                    onResult.accept(result);
                });
            } catch (RuntimeException failure) {
                ui.execute(() -> {
                    busy.set(false);
                    sending.set(false);
                    errorText.set(errors.describe(failure));
                });
            }
        });
    }

    /** Chats that need a reply first, the longest-waiting on top; then the rest, latest activity first. */
    static final Comparator<ChatRow> INBOX_ORDER = (a, b) -> {
        if (a.needsReply() != b.needsReply()) {
            return a.needsReply() ? -1 : 1;
        }
        Comparator<OffsetDateTime> byTime = a.needsReply() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.nullsLast(byTime).compare(a.updatedAt(), b.updatedAt());
    };

    public ObservableList<ChatRow> chats() {
        return chats;
    }

    public ObservableList<MessageRow> messages() {
        return messages;
    }

    public ObjectProperty<ChatRow> selectedChatProperty() {
        return selectedChat;
    }

    public StringProperty composeTextProperty() {
        return composeText;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringBinding sendBlockedReasonProperty() {
        return sendBlockedReason;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** "12 / 4096": the compose box's live counter. */
    public StringBinding composeCounterProperty() {
        return composeCounter;
    }
}
