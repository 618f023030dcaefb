package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.conversation.CabinetLinks;
import javafx.beans.property.ObjectProperty;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the context menu of a chat list row offers: mark the chat unread (until it is opened again), its
 * order or return number and its buyer's name to copy, and its page in the seller cabinet. Opening a chat
 * (selecting it) takes its unread mark away.
 */
public final class ChatRowActions {

    private final ChatInbox inbox;
    private final UiContext ui;
    private final Consumer<String> report;

    /** @param report shows a failure in the user's language (the list's error line) */
    ChatRowActions(ChatInbox inbox, UiContext ui, ObjectProperty<ChatListItem> selected, Consumer<String> report) {
        this.inbox = inbox;
        this.ui = ui;
        this.report = report;
        selected.addListener((observable, old, now) -> {
            boolean opened = now != null && (old == null || old.chatId() != now.chatId());
            if (opened && now.marks().markedUnread()) {
                write(() -> inbox.clearUnreadMark(now.chatId()));
            }
        });
    }

    /** Shows the chat as unread until the seller opens it again, also after a restart. */
    public void markUnread(ChatListItem row) {
        write(() -> inbox.markUnread(row.chatId()));
    }

    /** The order or return number to copy, with the menu's text for it; empty for a chat with neither. */
    public Optional<NumberToCopy> number(ChatListItem row) {
        ChatSummary chat = row.summary();
        if (chat.contextType() == null) {
            return Optional.empty();
        }
        Long orderId = chat.orderId() != null ? chat.orderId() : chat.legacyOrderId();
        return switch (chat.contextType()) {
            case ORDER -> copy("chatlist.menu.copyOrder", orderId);
            case RETURN -> copy("chatlist.menu.copyReturn", chat.returnId());
            case DIRECT, UNKNOWN -> Optional.empty();
        };
    }

    /** The buyer's name as the API gave it; empty when the chat names no buyer. */
    public Optional<String> buyerName(ChatListItem row) {
        String name = row.summary().customerName();
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** Where the chat's order or return opens in the seller cabinet (see {@link CabinetLinks}); empty for none. */
    public Optional<String> cabinetLink(ChatListItem row) {
        return Optional.ofNullable(CabinetLinks.of(row.summary(), inbox.businessId()));
    }

    private Optional<NumberToCopy> copy(String menuKey, Long number) {
        // String.valueOf: a number through MessageFormat would get grouping spaces.
        return number == null ? Optional.empty()
                : Optional.of(new NumberToCopy(ui.texts().text(menuKey), String.valueOf(number)));
    }

    private void write(Runnable change) {
        ui.run(() -> {
            change.run();
            return null;
        }, done -> { }, failure -> report.accept(ui.texts().text("chatlist.error.mark")));
    }

    /** A number to copy and the menu item's text ("Copy order number"). */
    public record NumberToCopy(String menuText, String value) {
    }
}
