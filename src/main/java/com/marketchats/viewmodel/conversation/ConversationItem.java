package com.marketchats.viewmodel.conversation;

import com.marketchats.store.OutboxState;

import java.util.List;

/** One row of the conversation: a day separator, the "new messages" divider, a message or a pending message. */
public sealed interface ConversationItem {

    /** Where a message bubble stands: the seller's own on the right, the buyer's on the left, Market's in the middle. */
    enum Side { SELLER, BUYER, SYSTEM }

    /** "Today", "Yesterday" or the date, above the first message of each day. */
    record DaySeparator(String text) implements ConversationItem {
    }

    /** Above the first message the seller had not read when the chat was opened. */
    record UnreadDivider(String text) implements ConversationItem {
    }

    /** A message the server has. */
    record MessageBubble(long messageId, Side side, String senderLabel, String text, String timeText,
                         List<AttachmentItem> attachments, String accessibleText) implements ConversationItem {

        public MessageBubble {
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * A message of the seller's that the server has not confirmed yet.
     *
     * @param text        the text, or the file's name and size
     * @param progress    the upload's progress from 0 to 1, or -1 when there is none to show
     * @param failureText why the last attempt failed (empty when it did not)
     */
    record PendingBubble(long outboxId, String text, OutboxState state, String stateText, double progress,
                         String failureText, boolean canRetry, boolean canDelete) implements ConversationItem {

        /** The state as the view draws it (the view may not see the store's own enum). */
        public PendingPhase phase() {
            return switch (state) {
                case QUEUED -> PendingPhase.QUEUED;
                case SENDING -> PendingPhase.SENDING;
                case SENT -> PendingPhase.SENT;
                case FAILED, CANCELLED -> PendingPhase.FAILED;
            };
        }

        public boolean hasProgress() {
            return progress >= 0;
        }
    }

    /** The states of a pending message that the view tells apart by icon and colour. */
    enum PendingPhase { QUEUED, SENDING, SENT, FAILED }
}
