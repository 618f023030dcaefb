package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.account.DefaultQuickReplies;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import com.marketchats.viewmodel.compose.StartChatViewModel;
import com.marketchats.viewmodel.conversation.ConversationViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The view-models of one open cabinet, wired together: the chat the list selects is the one the
 * conversation shows and the compose box writes to; a chat opened by a notification or by "start a chat"
 * is selected in the list.
 */
public final class CabinetViewModels {

    private final ChatInbox inbox;
    private final UiContext ui;
    private final ChatListViewModel chatList;
    private final ConversationViewModel conversation;
    private final ComposeViewModel compose;
    private final StatusBarViewModel statusBar;
    private final NewMessageNotifier notifier;
    private final ReplyDeadlineWatcher deadlineWatcher;

    public CabinetViewModels(ChatInbox inbox, UiContext ui, Consumer<DesktopNotification> notifications) {
        this.inbox = inbox;
        this.ui = ui;
        this.chatList = new ChatListViewModel(inbox, ui);
        this.conversation = new ConversationViewModel(inbox, ui);
        this.compose = new ComposeViewModel(inbox, ui);
        this.statusBar = new StatusBarViewModel(inbox, ui, chatList::select);
        this.notifier = new NewMessageNotifier(inbox, ui, notifications);
        this.deadlineWatcher = new ReplyDeadlineWatcher(inbox, ui, chatList.deadlines().deadlines(), notifications,
                notifier.hold());
        deadlineWatcher.enabledProperty().bind(notifier.enabledProperty());
        deadlineWatcher.soundProperty().bind(notifier.soundProperty());
        deadlineWatcher.windowFocusedProperty().bind(notifier.windowFocusedProperty());
        // The minute tick moves both: a quiet spell that ended is summed up before new warnings go out.
        chatList.deadlines().onRecount(() -> {
            notifier.hold().check();
            deadlineWatcher.check();
        });
        chatList.selectedProperty().addListener((obs, old, item) -> show(item));
    }

    /** Starts listening to the cabinet and loads the chat list. */
    public void start() {
        chatList.start();
        conversation.start();
        statusBar.start();
        notifier.start();
    }

    /** Stops listening and keeps the draft being typed. */
    public void dispose() {
        compose.flushDraft();
        deadlineWatcher.dispose();
        notifier.dispose();
        statusBar.dispose();
        conversation.dispose();
        chatList.dispose();
    }

    private void show(ChatListItem item) {
        ChatSummary chat = item == null ? null : item.summary();
        ChatSummary shown = conversation.chatProperty().get();
        if (chat != null && shown != null && shown.chatId() == chat.chatId()) {
            return;
        }
        if (chat == null) {
            conversation.close();
        } else {
            conversation.open(chat);
        }
        compose.setChat(chat);
    }

    /** Selects a chat in the list (clearing filters that hide it) and opens it. */
    public void openChat(long chatId) {
        chatList.select(chatId);
    }

    /** A new dialog model for "start a chat for an order or return". */
    public StartChatViewModel startChat() {
        return new StartChatViewModel(inbox, ui);
    }

    public void setQuickReplies(List<QuickReply> replies) {
        compose.quickReplies().setAll(DefaultQuickReplies.inLanguage(replies, ui.texts()));
    }

    public void setWindowFocused(boolean focused) {
        conversation.setWindowFocused(focused);
        notifier.windowFocusedProperty().set(focused);
        inbox.setUserActive(focused);
    }

    /** The seller asked for fresh data (F5): the sync engine polls now. */
    public void refreshNow() {
        inbox.refreshNow();
    }

    public ChatListViewModel chatList() {
        return chatList;
    }

    public ConversationViewModel conversation() {
        return conversation;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public NewMessageNotifier notifier() {
        return notifier;
    }
}
