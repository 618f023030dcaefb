package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.outbox.OutboxEntry;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoredAttachment;
import com.marketchats.store.StoredMessage;
import com.marketchats.text.ShownFileNames;
import com.marketchats.viewmodel.conversation.ConversationItem.DaySeparator;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.PendingBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.Side;
import com.marketchats.viewmodel.conversation.ConversationItem.UnreadDivider;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Lays the conversation out as rows: messages oldest first with a day separator where the local day
 * changes, the "new messages" divider above the first unread one, then the seller's pending messages in
 * outbox order.
 */
final class ConversationItems {

    private final ConversationTexts texts;

    ConversationItems(ConversationTexts texts) {
        this.texts = texts;
    }

    /**
     * @param messages      oldest first
     * @param firstUnreadId the first message to put the divider above, or null for none
     */
    List<ConversationItem> layOut(ChatSummary chat, List<StoredMessage> messages, Long firstUnreadId,
                                  List<OutboxEntry> outbox) {
        List<ConversationItem> items = new ArrayList<>(messages.size() + outbox.size() + 8);
        LocalDate previousDay = null;
        for (StoredMessage message : messages) {
            previousDay = separateDay(items, previousDay, texts.localDay(message.createdAt()));
            if (Objects.equals(firstUnreadId, message.messageId())) {
                items.add(new UnreadDivider(texts.unreadDivider()));
            }
            items.add(bubble(chat, message));
        }
        for (OutboxEntry entry : outbox) {
            OutboxItem item = entry.item();
            LocalDate created = item.createdAt() == null ? null
                    : texts.localDay(item.createdAt().atOffset(ZoneOffset.UTC));
            previousDay = separateDay(items, previousDay, created);
            items.add(pending(entry));
        }
        return items;
    }

    private LocalDate separateDay(List<ConversationItem> items, LocalDate previousDay, LocalDate day) {
        if (day == null) {
            return previousDay;
        }
        if (!day.equals(previousDay)) {
            items.add(new DaySeparator(texts.dayLabel(day)));
        }
        return day;
    }

    private MessageBubble bubble(ChatSummary chat, StoredMessage message) {
        Side side = switch (message.sender() == null ? MessageSender.UNKNOWN : message.sender()) {
            case PARTNER -> Side.SELLER;
            case CUSTOMER -> Side.BUYER;
            case MARKET, SUPPORT, UNKNOWN -> Side.SYSTEM;
        };
        String sender = texts.sender(message, chat);
        String text = message.text() == null ? "" : message.text();
        String time = texts.time(message.createdAt());
        List<StoredAttachment> stored = message.attachments();
        List<AttachmentItem> attachments = IntStream.range(0, stored.size())
                .mapToObj(index -> attachment(message, index, stored.get(index)))
                .toList();
        return new MessageBubble(message.messageId(), side, sender, text, time, attachments,
                accessibleText(sender, text, time, attachments));
    }

    private AttachmentItem attachment(StoredMessage message, int index, StoredAttachment file) {
        String name = ShownFileNames.of(file.name());
        return new AttachmentItem(message.chatId(), message.messageId(), index, name,
                texts.size(file.size()), AttachmentKind.of(name), file.url());
    }

    private String accessibleText(String sender, String text, String time, List<AttachmentItem> attachments) {
        StringBuilder spoken = new StringBuilder(texts.text("conversation.bubble.accessible", sender, time, text));
        for (AttachmentItem file : attachments) {
            spoken.append(' ').append(texts.text("conversation.attachment.accessible", file.name(), file.sizeText()));
        }
        return spoken.toString();
    }

    private PendingBubble pending(OutboxEntry entry) {
        OutboxItem item = entry.item();
        boolean file = item.kind() == OutboxKind.FILE;
        String text = file ? texts.text("conversation.pending.file", item.fileName(),
                texts.size(item.fileSize() == null ? 0 : item.fileSize())) : item.text();
        OutboxState state = item.state();
        double progress = state == OutboxState.SENDING && file
                ? entry.progress().map(p -> p.fraction()).orElse(0.0) : -1;
        // A file upload can still be aborted while it is sent; a text in flight cannot be called back.
        boolean showFailure = state == OutboxState.FAILED || state == OutboxState.QUEUED;
        return new PendingBubble(item.id(), text, state, texts.stateText(entry), progress,
                showFailure ? texts.failureText(entry) : "", state == OutboxState.FAILED,
                state == OutboxState.FAILED || state == OutboxState.QUEUED || state == OutboxState.SENDING && file);
    }
}
