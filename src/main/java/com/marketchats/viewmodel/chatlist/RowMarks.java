package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.inbox.ChatMarks;

/**
 * The markers of one chat list row.
 *
 * @param draft        the chat has a saved draft (a pencil in the row)
 * @param notSent      a message of the chat was not sent and needs the seller (a red marker)
 * @param markedUnread the seller marked the chat unread; it shows as unread until opened again
 */
public record RowMarks(boolean draft, boolean notSent, boolean markedUnread) {

    public static final RowMarks NONE = new RowMarks(false, false, false);

    static RowMarks of(ChatMarks marks, long chatId) {
        return new RowMarks(marks.drafts().contains(chatId), marks.notSent().contains(chatId),
                marks.markedUnread().contains(chatId));
    }
}
