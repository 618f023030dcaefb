package com.marketchats.viewmodel;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.i18n.I18n;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Turns API records into list rows and bubbles in the user's language and time zone. */
final class RowFormatter {

    private final I18n texts;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;

    RowFormatter(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", texts.locale());
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(texts.locale());
    }

    ChatRow chatRow(ChatInfo chat) {
        ChatFullContext context = chat.context();
        String buyer = context != null && context.customer() != null ? context.customer().name() : null;
        String title = buyer == null || buyer.isBlank() ? texts.text("chat.buyer.anonymous") : buyer;
        return new ChatRow(chat.chatId(), title, subject(chat), texts.text("chat.status." + chat.status()),
                shortTime(chat.updatedAt()), ChatRow.needsReply(chat), ChatRow.isDispute(chat), chat.updatedAt());
    }

    MessageRow messageRow(ChatMessage message) {
        MessageRow.Side side = switch (message.sender()) {
            case PARTNER -> MessageRow.Side.OWN;
            case CUSTOMER -> MessageRow.Side.BUYER;
            default -> MessageRow.Side.SYSTEM;
        };
        List<String> files = message.payload().stream().map(this::attachmentLine).toList();
        ZonedDateTime local = local(message.createdAt());
        return new MessageRow(message.messageId(), side, texts.text("message.sender." + message.sender()),
                message.message() == null ? "" : message.message(), files,
                local == null ? "" : timeFormat.format(local), local == null ? null : local.toLocalDate());
    }

    private String subject(ChatInfo chat) {
        ChatFullContext context = chat.context();
        if (context == null) {
            return texts.text("chat.subject.UNKNOWN");
        }
        return switch (context.type()) {
            case ORDER -> texts.text("chat.subject.ORDER", String.valueOf(context.orderId()));
            case RETURN -> texts.text("chat.subject.RETURN", String.valueOf(context.returnId()));
            case DIRECT -> texts.text("chat.subject.DIRECT");
            default -> texts.text("chat.subject.UNKNOWN");
        };
    }

    private String shortTime(OffsetDateTime time) {
        ZonedDateTime local = local(time);
        if (local == null) {
            return "";
        }
        boolean today = local.toLocalDate().equals(LocalDate.now(clock));
        return today ? timeFormat.format(local) : dateFormat.format(local);
    }

    private String attachmentLine(ChatAttachment file) {
        return texts.text("message.attachment", file.name(), FileSizes.human(file.size(), texts));
    }

    private ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.getZone());
    }
}
