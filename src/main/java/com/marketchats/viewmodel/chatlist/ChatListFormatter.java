package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ReplyCountdown;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.ApiValueTexts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns store summaries into chat list rows in the user's language and time zone: titles, subjects,
 * previews, relative times and waiting timers. Runs on a background thread; holds no state but the
 * clock and the texts.
 */
public final class ChatListFormatter {

    private static final int WEEK_DAYS = 7;

    private final I18n texts;
    private final Clock clock;
    private final ReplyDeadlines deadlines;
    private final Locale locale;
    private final DateTimeFormatter timeOfDay;
    private final DateTimeFormatter date;

    /** A formatter that measures waits against the default reply target. */
    public ChatListFormatter(I18n texts, Clock clock) {
        this(texts, clock, new ReplyDeadlines(texts, clock));
    }

    public ChatListFormatter(I18n texts, Clock clock, ReplyDeadlines deadlines) {
        this.texts = texts;
        this.clock = clock;
        this.deadlines = deadlines;
        this.locale = texts.locale();
        this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern(texts.text("chatlist.time.datePattern"), locale);
    }

    /** The row for a chat with its markers, with its times as of now. */
    public ChatListItem item(ChatSummary chat, RowMarks marks) {
        String title = blank(chat.customerName()) ? texts.text("chatlist.buyer.anonymous") : chat.customerName().strip();
        String initial = new String(Character.toChars(Character.toUpperCase(title.codePointAt(0))));
        String status = statusText(chat);
        return withTimes(new ChatListItem(chat.chatId(), chat, title, initial, subject(chat), preview(chat), null,
                chat.unreadCount(), status, StatusKind.of(chat), null, RowDeadline.NONE, StatusKind.isDispute(chat), null, null, marks));
    }

    /** The same row with its time, waiting timer, reply countdown and accessible text recomputed for now. */
    public ChatListItem withTimes(ChatListItem item) {
        ChatSummary chat = item.summary();
        OffsetDateTime lastActivity = chat.lastMessageAt() != null ? chat.lastMessageAt() : chat.updatedAt();
        String time = timeText(lastActivity);
        Duration waited = chat.needsReply() && chat.waitingSince() != null
                ? nonNegative(Duration.between(chat.waitingSince().toInstant(), clock.instant())) : null;
        String waiting = waited == null ? null : waitingText(waited);
        RowDeadline deadline = deadline(chat, waiting);
        return new ChatListItem(item.chatId(), chat, item.title(), item.initial(), item.subject(), item.preview(),
                time, item.unreadCount(), item.statusText(), item.statusKind(), waiting, deadline, item.dispute(),
                accessibleText(item, time, waiting, deadline.text()), item.subjectMatch(), item.marks());
    }

    /**
     * When something happened, as short as a chat list shows it: the time today, "Yesterday", a short
     * weekday within the last week, else a date; empty when unknown.
     */
    public String timeText(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime local = time.atZoneSameInstant(clock.getZone());
        LocalDate day = local.toLocalDate();
        LocalDate today = LocalDate.now(clock);
        if (!day.isBefore(today)) {
            return day.equals(today) ? timeOfDay.format(local) : date.format(local);
        }
        if (day.equals(today.minusDays(1))) {
            return texts.text("chatlist.time.yesterday");
        }
        if (day.isAfter(today.minusDays(WEEK_DAYS))) {
            return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        }
        return date.format(local);
    }

    /** "waiting 45 min", "waiting 3 h", "waiting 2 d" (whole units, rounded down); "waiting under a minute" before that. */
    public String waitingText(Duration waited) {
        if (waited.toMinutes() < 1) {
            return texts.text("chatlist.waiting.justNow");
        }
        if (waited.toHours() < 1) {
            return texts.text("chatlist.waiting.minutes", waited.toMinutes());
        }
        if (waited.toDays() < 1) {
            return texts.text("chatlist.waiting.hours", waited.toHours());
        }
        return texts.text("chatlist.waiting.days", waited.toDays());
    }

    private RowDeadline deadline(ChatSummary chat, String waiting) {
        ReplyCountdown countdown = deadlines.of(chat);
        if (countdown == null) {
            return RowDeadline.NONE;
        }
        return new RowDeadline(deadlines.text(countdown), ReplyDeadlines.state(countdown), countdown.left(),
                texts.text("chatlist.deadline.tooltip", waiting, deadlines.amount(countdown.target())));
    }

    private String subject(ChatSummary chat) {
        if (chat.contextType() == null) {
            return texts.text("chatlist.subject.UNKNOWN");
        }
        Long orderId = chat.orderId() != null ? chat.orderId() : chat.legacyOrderId();
        return switch (chat.contextType()) {
            // String.valueOf: a number through MessageFormat would get grouping spaces ("12 345").
            case ORDER -> orderId == null ? texts.text("chatlist.subject.ORDER.noNumber")
                    : texts.text("chatlist.subject.ORDER", String.valueOf(orderId));
            case RETURN -> chat.returnId() == null ? texts.text("chatlist.subject.RETURN.noNumber")
                    : texts.text("chatlist.subject.RETURN", String.valueOf(chat.returnId()));
            case DIRECT -> texts.text("chatlist.subject.DIRECT");
            case UNKNOWN -> ApiValueTexts.of(texts, "chatlist.subject.", ChatContextType.class, chat.contextTypeName());
        };
    }

    private String preview(ChatSummary chat) {
        if (blank(chat.lastMessagePreview())) {
            return texts.text("chatlist.preview.none");
        }
        return chat.lastMessageSender() == MessageSender.PARTNER
                ? texts.text("chatlist.preview.own", chat.lastMessagePreview()) : chat.lastMessagePreview();
    }

    /**
     * The row's chip. A dispute says only "Dispute": with its state ("Dispute · Needs your reply") the chip
     * took the order number's room in a narrow list; whether it waits for the seller shows in the
     * waiting time below it, and the accessible text says the whole.
     */
    private String statusText(ChatSummary chat) {
        return chat.type() == ChatType.ARBITRAGE ? texts.text("chatlist.status.dispute") : fullStatusText(chat);
    }

    private String fullStatusText(ChatSummary chat) {
        String status = ApiValueTexts.of(texts, "chatlist.status.", ChatStatus.class, chat.statusName());
        return chat.type() == ChatType.ARBITRAGE ? texts.text("chatlist.status.arbitrage", status) : status;
    }

    private String accessibleText(ChatListItem item, String time, String waiting, String deadline) {
        List<String> parts = new ArrayList<>(List.of(item.title(), item.subject(), fullStatusText(item.summary())));
        if (item.unreadCount() > 0) {
            parts.add(texts.text("chatlist.accessible.unread", item.unreadCount()));
        } else if (item.marks().markedUnread()) {
            parts.add(texts.text("chatlist.accessible.markedUnread"));
        }
        if (item.marks().notSent()) {
            parts.add(texts.text("chatlist.accessible.notSent"));
        }
        if (item.marks().draft()) {
            parts.add(texts.text("chatlist.accessible.draft"));
        }
        if (waiting != null) {
            parts.add(waiting);
        }
        if (deadline != null) {
            parts.add(deadline);
        }
        if (!time.isEmpty()) {
            parts.add(time);
        }
        parts.add(texts.text("chatlist.accessible.preview", item.preview()));
        return String.join(", ", parts);
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
