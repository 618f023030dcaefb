package com.marketchats.viewmodel.conversation;

import com.marketchats.api.ApiException;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.service.outbox.FailureCode;
import com.marketchats.service.outbox.OutboxEntry;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;
import com.marketchats.viewmodel.ApiValueTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The conversation's texts in the user's language and time zone: header, days, times, sizes and send states. */
final class ConversationTexts {

    private final I18n texts;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayWithYear;

    ConversationTexts(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("HH:mm", texts.locale());
        this.day = DateTimeFormatter.ofPattern("d MMMM", texts.locale());
        this.dayWithYear = DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale());
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String title(ChatSummary chat) {
        String name = chat.customerName();
        return name == null || name.isBlank() ? texts.text("chat.buyer.anonymous") : name;
    }

    /** "Order 12345", "Return 678" or "Product question"; ids without digit grouping, as the cabinet shows them. */
    String subject(ChatSummary chat) {
        if (chat.contextType() == null) {
            return texts.text("chat.subject.UNKNOWN");
        }
        Long orderId = chat.orderId() != null ? chat.orderId() : chat.legacyOrderId();
        return switch (chat.contextType()) {
            case ORDER -> orderId == null ? texts.text("chat.subject.UNKNOWN")
                    : texts.text("chat.subject.ORDER", String.valueOf(orderId));
            case RETURN -> chat.returnId() == null ? texts.text("chat.subject.UNKNOWN")
                    : texts.text("chat.subject.RETURN", String.valueOf(chat.returnId()));
            case DIRECT -> texts.text("chat.subject.DIRECT");
            case UNKNOWN -> ApiValueTexts.of(texts, "chat.subject.", ChatContextType.class, chat.contextTypeName());
        };
    }

    String status(ChatSummary chat) {
        return ApiValueTexts.of(texts, "chat.status.", ChatStatus.class, chat.statusName());
    }

    String type(ChatSummary chat) {
        return ApiValueTexts.of(texts, "conversation.type.", ChatType.class, chat.typeName());
    }

    String sender(StoredMessage message, ChatSummary chat) {
        if (message.sender() == MessageSender.CUSTOMER && chat.customerName() != null
                && !chat.customerName().isBlank()) {
            return chat.customerName();
        }
        return ApiValueTexts.of(texts, "message.sender.", MessageSender.class, message.senderName());
    }

    /** "Today", "Yesterday", "25 November" this year, "25 November 2025" before it. */
    String dayLabel(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.equals(today)) {
            return texts.text("day.today");
        }
        if (date.equals(today.minusDays(1))) {
            return texts.text("day.yesterday");
        }
        return (date.getYear() == today.getYear() ? day : dayWithYear).format(date);
    }

    LocalDate localDay(OffsetDateTime moment) {
        return moment == null ? null : local(moment).toLocalDate();
    }

    String time(OffsetDateTime moment) {
        return moment == null ? "" : time.format(local(moment));
    }

    String unreadDivider() {
        return texts.text("conversation.unread.divider");
    }

    /** "830 B", "12.4 KB", "4.9 MB" in the user's language. */
    String size(long bytes) {
        if (bytes < 1024) {
            return texts.text("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return texts.text("size.kilobytes", bytes / 1024.0);
        }
        return texts.text("size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** What the seller reads under a pending message: waiting, sending (with a percentage), sent or not sent. */
    String stateText(OutboxEntry entry) {
        return switch (entry.state()) {
            case QUEUED -> texts.text(entry.heldByFailedItem() ? "conversation.pending.held"
                    : entry.stillTrying() ? "conversation.pending.stillTrying" : "conversation.pending.queued");
            case SENDING -> entry.progress()
                    .map(progress -> texts.text("conversation.pending.uploading",
                            Math.round(progress.fraction() * 100)))
                    .orElse(texts.text("conversation.pending.sending"));
            case SENT -> texts.text("conversation.pending.sent");
            case FAILED -> texts.text("conversation.pending.failed");
            case CANCELLED -> texts.text("conversation.pending.cancelled");
        };
    }

    /** The reason of the last failure, for FAILED items and for queued ones the sender is waiting to retry. */
    String failureText(OutboxEntry entry) {
        return entry.lastFailure().map(FailureCode::name)
                .map(code -> texts.text("outbox.failure." + code))
                .orElse(entry.item().lastErrorKind() == null ? "" : texts.text("outbox.failure.UNEXPECTED"));
    }

    /** What went wrong with a download or a copy, and what to do. */
    String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            return texts.text("error.api." + api.kind());
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return texts.text("conversation.error.file");
        }
        return texts.text("error.unexpected");
    }

    private ZonedDateTime local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(clock.getZone());
    }
}
