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
import java.util.ArrayList;
import java.util.List;

/** Turns API records into list rows and bubbles in the user's language and time zone. */
final class RowFormatter {

    private final I18n texts;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter dayWithYearFormat;

    RowFormatter(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", texts.locale());
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM", texts.locale());
        this.dayFormat = DateTimeFormatter.ofPattern("d MMMM", texts.locale());
        this.dayWithYearFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale());
    }

    ChatRow chatRow(ChatInfo chat) {
        ChatFullContext context = chat.context();
        String buyer = context != null && context.customer() != null ? context.customer().name() : null;
        String title = buyer == null || buyer.isBlank() ? texts.text("chat.buyer.anonymous") : buyer;
        return new ChatRow(chat.chatId(), title, subject(chat), texts.text("chat.status." + chat.status()),
                shortTime(chat.updatedAt()), ChatRow.needsReply(chat), ChatRow.isDispute(chat), chat.updatedAt());
    }

    /** Bubbles in the order given, with a day header on the first message of each local day. */
    List<MessageRow> messageRows(List<ChatMessage> messages) {
        List<MessageRow> rows = new ArrayList<>(messages.size());
        LocalDate previousDay = null;
        for (ChatMessage message : messages) {
            ZonedDateTime local = local(message.createdAt());
            LocalDate day = local == null ? null : local.toLocalDate();
            String header = day != null && !day.equals(previousDay) ? dayHeader(day) : null;
            rows.add(messageRow(message, local, header));
            previousDay = day == null ? previousDay : day;
        }
        return rows;
    }

    private MessageRow messageRow(ChatMessage message, ZonedDateTime local, String dayHeader) {
        MessageRow.Side side = switch (message.sender()) {
            case PARTNER -> MessageRow.Side.OWN;
            case CUSTOMER -> MessageRow.Side.BUYER;
            default -> MessageRow.Side.SYSTEM;
        };
        List<String> files = message.payload().stream().map(this::attachmentLine).toList();
        return new MessageRow(message.messageId(), side, texts.text("message.sender." + message.sender()),
                message.message() == null ? "" : message.message(), files,
                local == null ? "" : timeFormat.format(local), dayHeader);
    }

    private String dayHeader(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day.equals(today)) {
            return texts.text("day.today");
        }
        if (day.equals(today.minusDays(1))) {
            return texts.text("day.yesterday");
        }
        return (day.getYear() == today.getYear() ? dayFormat : dayWithYearFormat).format(day);
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
