package com.marketchats.service.inbox;

import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.service.budget.BudgetState;
import com.marketchats.service.budget.RequestBudget;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.service.outbox.CancelOutcome;
import com.marketchats.service.outbox.Outbox;
import com.marketchats.service.outbox.OutboxEntry;
import com.marketchats.service.sync.SyncEngine;
import com.marketchats.service.sync.SyncStatus;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.GroupCounts;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.StoreRecovery;
import com.marketchats.store.StoredMessage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the view-models of one cabinet may do, in one place: read the chat list, a conversation, drafts
 * and the outbox from the store; send through the outbox; start a chat; steer the sync engine; and hear
 * about changes. View-models see the store's value records through it, never the store itself
 * (DESIGN.md §2). Every method blocks on disk or network: call it off the FX thread.
 */
public final class ChatInbox {

    private final ChatStore store;
    private final Outbox outbox;
    private final SyncEngine sync;
    private final RequestBudget budget;
    private final ChangeEvents events;
    private final ChatsApi userApi;
    private final AttachmentCache attachments;
    private final Optional<StoreRecovery> storeRecovery;

    /**
     * @param userApi the client for what the seller asks for now (start a chat, download a file),
     *                ahead of background polling in the budget
     */
    public ChatInbox(ChatStore store, Outbox outbox, SyncEngine sync, RequestBudget budget, ChangeEvents events,
                     ChatsApi userApi, AttachmentCache attachments, Optional<StoreRecovery> storeRecovery) {
        this.store = store;
        this.storeRecovery = storeRecovery;
        this.outbox = outbox;
        this.sync = sync;
        this.budget = budget;
        this.events = events;
        this.userApi = userApi;
        this.attachments = attachments;
    }

    /** What opening this cabinet's store had to repair, for the window to tell the seller; empty when nothing. */
    public Optional<StoreRecovery> storeRecovery() {
        return storeRecovery;
    }

    public long businessId() {
        return sync.businessId();
    }

    /** A page of the chat list, in list order (see {@link com.marketchats.store.ChatList#list}). */
    public List<ChatSummary> chats(ChatQuery query) {
        return store.chatList().list(query);
    }

    public GroupCounts groupCounts(ChatQuery query) {
        return store.chatList().countByGroup(query);
    }

    public int totalUnread() {
        return store.chatList().totalUnread();
    }

    public Optional<ChatSummary> chat(long chatId) {
        return store.chats().find(chatId);
    }

    /** Up to {@code limit} messages of a chat older than {@code beforeMessageId} (null: the newest), oldest first. */
    public List<StoredMessage> messages(long chatId, Long beforeMessageId, int limit) {
        return store.messages().page(chatId, beforeMessageId, limit);
    }

    /** The last message the seller has seen in a chat, if any. */
    public OptionalLong lastRead(long chatId) {
        return store.readMarks().lastRead(chatId);
    }

    /** Marks a chat read up to a message (never moves the mark back) and tells the chat list. */
    public void markReadUpTo(long chatId, long messageId) {
        store.readMarks().markReadUpTo(chatId, messageId);
        events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
    }

    public Optional<String> draft(long chatId) {
        return store.drafts().find(chatId).map(draft -> draft.text());
    }

    /**
     * Keeps the compose text of a chat; blank text deletes the draft. When the chat gains or loses its
     * draft the chat list hears of it (its pencil marker), not on every keystroke.
     */
    public void saveDraft(long chatId, String text) {
        boolean had = store.drafts().find(chatId).isPresent();
        boolean blank = text == null || text.isBlank();
        if (blank) {
            store.drafts().delete(chatId);
        } else {
            store.drafts().save(chatId, text);
        }
        if (had == blank) {
            events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
        }
    }

    /** Which chats the list marks: with a draft, with an item not sent, marked unread by hand. */
    public ChatMarks chatMarks() {
        return new ChatMarks(store.drafts().chatIds(), store.outbox().failedChatIds(), store.unreadFlags().chatIds());
    }

    /** Shows a chat as unread until it is opened again, across restarts. */
    public void markUnread(long chatId) {
        store.unreadFlags().mark(chatId);
        events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
    }

    /** Takes away the mark of {@link #markUnread} (the seller opened the chat). */
    public void clearUnreadMark(long chatId) {
        if (store.unreadFlags().clear(chatId)) {
            events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
        }
    }

    /** Stores a text for sending; refused input throws {@link com.marketchats.service.outbox.OutboxInputException}. */
    public OutboxItem sendText(long chatId, String text) {
        return outbox.sendText(chatId, text);
    }

    /** Checks a file, copies it into the data folder and stores it for sending; refusals as {@link #sendText}. */
    public OutboxItem sendFile(long chatId, Path file) {
        return outbox.sendFile(chatId, file);
    }

    public boolean retry(long outboxItemId) {
        return outbox.retry(outboxItemId);
    }

    public CancelOutcome cancel(long outboxItemId) {
        return outbox.cancel(outboxItemId);
    }

    /** What the conversation shows of a chat's outbox (see {@link Outbox#items}). */
    public List<OutboxEntry> outboxItems(long chatId) {
        return outbox.items(chatId);
    }

    /** Items still queued or being sent, over all chats (the status bar's count). */
    public int pendingOutboxCount() {
        return store.outbox().pending().size();
    }

    /** Items the sender gave up on (FAILED), oldest first: they need the seller to retry or cancel them. */
    public List<OutboxItem> failedOutboxItems() {
        return store.outbox().failed();
    }

    /**
     * Opens (or finds) the chat for an order or a return, stores it and returns its id. The API answers
     * with the existing chat when there is one.
     */
    public long startChat(ChatContext context) {
        long chatId = userApi.createChat(context);
        store.chats().upsert(List.of(userApi.getChat(chatId)));
        events.publish(new ChangeEvent.ChatsChanged(Set.of(chatId)));
        sync.refreshNow();
        return chatId;
    }

    /** Downloads an attachment once into the cabinet's cache and returns the local copy. */
    public Path attachmentFile(long chatId, long messageId, int index, String url, String name) {
        return attachments.fetch(chatId, messageId, index, url, name, userApi);
    }

    /** Tells the sync engine which chat the seller is looking at (null: none), so it is kept freshest. */
    public void setOpenChat(Long chatId) {
        sync.setOpenChat(chatId);
    }

    /** Tells the sync engine whether the window is in use, so it polls faster or slower. */
    public void setUserActive(boolean active) {
        sync.setUserActive(active);
    }

    public void refreshNow() {
        sync.refreshNow();
    }

    public SyncStatus syncStatus() {
        return sync.status();
    }

    /** Hears every sync status change; returns what unsubscribes. */
    public Runnable subscribeSync(Consumer<SyncStatus> listener) {
        return sync.subscribe(listener);
    }

    public BudgetState budget() {
        return budget.state();
    }

    /** Hears merged batches of changes on the event thread; returns what unsubscribes. */
    public Runnable subscribe(Consumer<ChangeBatch> listener) {
        return events.subscribe(listener);
    }
}
