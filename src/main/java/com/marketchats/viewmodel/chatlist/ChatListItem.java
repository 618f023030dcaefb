package com.marketchats.viewmodel.chatlist;

import com.marketchats.store.ChatSummary;

/**
 * One row of the chat list with every text already formatted, so a cell only places them.
 *
 * @param title          the buyer's name, or a neutral "Buyer"
 * @param initial        the first letter of the title, for the avatar
 * @param subject        what the chat is about: "Order 12345", "Return 678", "Product question"
 * @param preview        the last message on one line, or "No messages yet"
 * @param timeText       when the chat was last active: a time today, "Yesterday", a weekday or a date
 * @param statusText     the status chip's text
 * @param waitingText    "waiting 3 h" for a chat that needs a reply and whose wait is known; else null. The row
 *                       shows its {@code deadline} instead; this stays in the tooltip and the accessible text
 * @param deadline       the reply countdown against the cabinet's target; {@link RowDeadline#NONE} without a wait
 * @param dispute        whether the chat is an open or finished dispute (it is marked in the list)
 * @param accessibleText the whole row in one sentence, for screen readers
 * @param subjectMatch   the part of {@code subject} that a searched number matched, shown highlighted; null for none
 * @param marks          draft, not-sent and marked-unread markers
 */
public record ChatListItem(
        long chatId,
        ChatSummary summary,
        String title,
        String initial,
        String subject,
        String preview,
        String timeText,
        int unreadCount,
        String statusText,
        StatusKind statusKind,
        String waitingText,
        RowDeadline deadline,
        boolean dispute,
        String accessibleText,
        MatchRange subjectMatch,
        RowMarks marks) {

    /** Unread messages, or marked unread by the seller (then the badge shows no number). */
    public boolean unread() {
        return unreadCount > 0 || marks.markedUnread();
    }

    /** The same row with {@code match} highlighted in its subject (null: nothing highlighted). */
    public ChatListItem withSubjectMatch(MatchRange match) {
        return new ChatListItem(chatId, summary, title, initial, subject, preview, timeText, unreadCount, statusText,
                statusKind, waitingText, deadline, dispute, accessibleText, match, marks);
    }

    public boolean needsReply() {
        return summary.needsReply();
    }
}
