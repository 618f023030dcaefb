package com.marketchats.viewmodel.conversation;

import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.CancelOutcome;
import com.marketchats.service.outbox.OutboxEntry;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The open chat: its header, its messages (newest page first, older pages on demand) and the seller's
 * pending messages, kept current from the inbox's change events; plus what the seller does there.
 * State changes only on the UI executor; every inbox call runs on the background one.
 */
public final class ConversationViewModel {

    private final ChatInbox inbox;
    private final ConversationQueries queries;
    private final UiContext ui;
    private final ConversationTexts texts;
    private final ConversationItems layout;
    private final AttachmentActions attachments;
    private final LoadedMessages loaded = new LoadedMessages();

    private final ReadOnlyObjectWrapper<ChatSummary> chat = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cabinetLink = new ReadOnlyStringWrapper();
    private final ObservableList<ConversationItem> items = FXCollections.observableArrayList();
    private final ObservableList<ConversationItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper unseenBelow = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");

    private volatile Long openChatId;
    /** Counts opens and closes, so that an answer for a chat no longer shown is dropped. */
    private int generation;
    private int refreshesStarted;
    private int refreshApplied;
    private List<OutboxEntry> outbox = List.of();
    private Long readMarkAtOpen;
    private long newestAtOpen;
    private long markedReadUpTo = Long.MIN_VALUE;
    /** What the view last reported; kept across chats, since the view reports only changes. */
    private boolean atBottom = true;
    private boolean windowFocused = true;
    private Runnable unsubscribe;

    public ConversationViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.queries = new ConversationQueries(inbox);
        this.ui = ui;
        this.texts = new ConversationTexts(ui.texts(), ui.clock());
        this.layout = new ConversationItems(texts);
        this.attachments = new AttachmentActions(inbox, ui, texts, this::report, this::fail);
    }

    /** Starts hearing the inbox's changes. */
    public void start() {
        if (unsubscribe == null) {
            unsubscribe = inbox.subscribe(this::onChanges);
        }
    }

    /** Stops hearing changes and forgets the open chat. */
    public void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        close();
    }

    /** Shows a chat: the newest page of its messages, its pending messages and where unread ones begin. */
    public void open(ChatSummary summary) {
        int opening = ++generation;
        long chatId = summary.chatId();
        openChatId = chatId;
        clear();
        showHeader(summary);
        ui.run(() -> queries.open(summary), opened -> {
            if (opening == generation) {
                applyOpened(opened);
            }
        }, this::fail);
    }

    /** Shows no chat. */
    public void close() {
        generation++;
        openChatId = null;
        clear();
        chat.set(null);
        showHeader(null);
        ui.background().execute(() -> inbox.setOpenChat(null));
    }

    /** Loads the page of messages before the oldest one shown. */
    public void loadOlder() {
        Long chatId = openChatId;
        Long oldest = loaded.oldestId();
        if (chatId == null || oldest == null || !hasOlder.get() || loadingOlder.get()) {
            return;
        }
        int current = generation;
        loadingOlder.set(true);
        ui.run(() -> queries.olderThan(chatId, oldest), page -> {
            if (current != generation) {
                return;
            }
            loadingOlder.set(false);
            loaded.addAll(page);
            hasOlder.set(page.size() == ConversationQueries.PAGE_SIZE);
            relayOut();
        }, failure -> {
            loadingOlder.set(false);
            fail(failure);
        });
    }

    /** The view says whether its last message is in sight. */
    public void setAtBottom(boolean atBottom) {
        this.atBottom = atBottom;
        if (atBottom) {
            unseenBelow.set(0);
            markReadIfSeen();
        }
    }

    public void setWindowFocused(boolean focused) {
        this.windowFocused = focused;
        markReadIfSeen();
    }

    /** The seller asked to see the newest messages; the view scrolls there. */
    public void jumpToBottom() {
        setAtBottom(true);
    }

    public void retry(long outboxId) {
        ui.run(() -> inbox.retry(outboxId), requeued -> {
            if (!requeued) {
                fail(texts.text("conversation.error.retry"));
            }
        }, this::fail);
    }

    /** Cancels a pending message: it will not be sent. */
    public void delete(long outboxId) {
        ui.run(() -> inbox.cancel(outboxId), outcome -> {
            if (outcome == CancelOutcome.NOT_CANCELLABLE) {
                fail(texts.text("conversation.error.delete"));
            }
        }, this::fail);
    }

    /** Who opens a downloaded file with the system's program (set by the app). */
    public void setFileOpener(Consumer<Path> opener) {
        attachments.setFileOpener(opener);
    }

    public void openAttachment(AttachmentItem attachment) {
        attachments.open(attachment);
    }

    /** Copies an attachment into {@code folder} under a safe name that overwrites nothing. */
    public void saveAttachment(AttachmentItem attachment, Path folder) {
        attachments.save(attachment, folder);
    }

    /** Hands an image's local copy to {@code onReady} (null if it could not be downloaded). */
    public void thumbnail(AttachmentItem attachment, Consumer<Path> onReady) {
        attachments.thumbnail(attachment, onReady);
    }

    private void onChanges(ChangeBatch batch) {
        Long chatId = openChatId;
        if (chatId != null && (batch.messagesChanged().contains(chatId) || batch.outboxChanged().contains(chatId)
                || batch.chatsChanged().contains(chatId))) {
            ui.ui().execute(this::refresh);
        }
    }

    private void refresh() {
        Long chatId = openChatId;
        if (chatId == null) {
            return;
        }
        int current = generation;
        int refresh = ++refreshesStarted;
        Long newestKnown = loaded.newestId();
        ui.run(() -> queries.refresh(chatId, newestKnown), refreshed -> {
            if (current == generation && refresh > refreshApplied) {
                refreshApplied = refresh;
                applyRefreshed(refreshed);
            }
        }, this::fail);
    }

    private void applyOpened(ConversationQueries.Opened opened) {
        showHeader(opened.chat());
        cabinetLink.set(CabinetLinks.of(opened.chat(), opened.businessId()));
        loaded.addAll(opened.page());
        hasOlder.set(opened.page().size() == ConversationQueries.PAGE_SIZE);
        outbox = opened.outbox();
        // Without a read mark every message from others is unread, if the store counts any as unread.
        readMarkAtOpen = opened.lastRead().isPresent() ? Long.valueOf(opened.lastRead().getAsLong())
                : opened.chat().unreadCount() > 0 ? Long.valueOf(Long.MIN_VALUE) : null;
        newestAtOpen = loaded.newestId() == null ? Long.MIN_VALUE : loaded.newestId();
        relayOut();
        markReadIfSeen();
    }

    private void applyRefreshed(ConversationQueries.Refreshed refreshed) {
        if (refreshed.chat() != null) {
            showHeader(refreshed.chat());
        }
        int arrived = loaded.mergeNewer(refreshed.newer());
        outbox = refreshed.outbox();
        relayOut();
        if (atBottom) {
            markReadIfSeen();
        } else {
            unseenBelow.set(unseenBelow.get() + arrived);
        }
    }

    private void relayOut() {
        ChatSummary shown = chat.get();
        if (shown == null) {
            return;
        }
        Long firstUnread = readMarkAtOpen == null ? null : loaded.firstUnread(readMarkAtOpen, newestAtOpen);
        ItemsUpdater.update(items, layout.layOut(shown, loaded.oldestFirst(), firstUnread, outbox));
    }

    private void markReadIfSeen() {
        Long chatId = openChatId;
        Long newest = loaded.newestId();
        if (chatId == null || newest == null || !atBottom || !windowFocused || newest <= markedReadUpTo) {
            return;
        }
        markedReadUpTo = newest;
        ui.run(() -> {
            inbox.markReadUpTo(chatId, newest);
            return newest;
        }, marked -> { }, this::fail);
    }

    private void showHeader(ChatSummary summary) {
        chat.set(summary);
        title.set(summary == null ? "" : texts.title(summary));
        subject.set(summary == null ? "" : texts.subject(summary));
        statusText.set(summary == null ? "" : texts.status(summary));
        typeText.set(summary == null ? "" : texts.type(summary));
    }

    private void clear() {
        loaded.clear();
        outbox = List.of();
        items.clear();
        readMarkAtOpen = null;
        markedReadUpTo = Long.MIN_VALUE;
        hasOlder.set(false);
        loadingOlder.set(false);
        unseenBelow.set(0);
        cabinetLink.set(null);
        errorText.set("");
        statusMessage.set("");
    }

    private void report(String message) {
        errorText.set("");
        statusMessage.set(message);
    }

    private void fail(RuntimeException failure) {
        fail(texts.describe(failure));
    }

    private void fail(String message) {
        statusMessage.set("");
        errorText.set(message);
    }

    public ReadOnlyObjectProperty<ChatSummary> chatProperty() { return chat.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subjectProperty() { return subject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty typeTextProperty() { return typeText.getReadOnlyProperty(); }
    /** The order's page in the seller cabinet, or null when there is none to open. */
    public ReadOnlyStringProperty cabinetLinkProperty() { return cabinetLink.getReadOnlyProperty(); }
    /** The conversation's rows, oldest first; read-only for the view. */
    public ObservableList<ConversationItem> items() { return readOnlyItems; }
    public ReadOnlyBooleanProperty hasOlderProperty() { return hasOlder.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingOlderProperty() { return loadingOlder.getReadOnlyProperty(); }
    /** Messages from others that arrived while the view was scrolled up. */
    public ReadOnlyIntegerProperty unseenBelowProperty() { return unseenBelow.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorTextProperty() { return errorText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }
}
