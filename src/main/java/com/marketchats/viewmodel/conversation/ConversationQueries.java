package com.marketchats.viewmodel.conversation;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.OutboxEntry;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** What the conversation reads from the inbox, in one blocking call each: run these off the UI thread. */
final class ConversationQueries {

    static final int PAGE_SIZE = 50;

    private final ChatInbox inbox;

    ConversationQueries(ChatInbox inbox) {
        this.inbox = inbox;
    }

    /** Everything needed to show a chat just opened; also steers the sync engine to it. */
    Opened open(ChatSummary summary) {
        long chatId = summary.chatId();
        inbox.setOpenChat(chatId);
        return new Opened(inbox.chat(chatId).orElse(summary), inbox.businessId(), inbox.lastRead(chatId),
                inbox.messages(chatId, null, PAGE_SIZE), inbox.outboxItems(chatId));
    }

    /** The chat, its messages after {@code newestKnown} (all of them, however many) and its outbox now. */
    Refreshed refresh(long chatId, Long newestKnown) {
        return new Refreshed(inbox.chat(chatId).orElse(null), newerThan(chatId, newestKnown),
                inbox.outboxItems(chatId));
    }

    /** The page before {@code oldestLoaded}, oldest first. */
    List<StoredMessage> olderThan(long chatId, long oldestLoaded) {
        return inbox.messages(chatId, oldestLoaded, PAGE_SIZE);
    }

    /** Pages back from the newest message until the pages reach what is loaded, so no gap is left. */
    private List<StoredMessage> newerThan(long chatId, Long newestKnown) {
        List<StoredMessage> newer = new ArrayList<>();
        Long before = null;
        while (true) {
            List<StoredMessage> page = inbox.messages(chatId, before, PAGE_SIZE);
            newer.addAll(0, page);
            if (page.size() < PAGE_SIZE || newestKnown == null || page.get(0).messageId() <= newestKnown) {
                return newer;
            }
            before = page.get(0).messageId();
        }
    }

    record Opened(ChatSummary chat, long businessId, OptionalLong lastRead, List<StoredMessage> page,
                  List<OutboxEntry> outbox) {
    }

    record Refreshed(ChatSummary chat, List<StoredMessage> newer, List<OutboxEntry> outbox) {
    }
}
