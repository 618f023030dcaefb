package com.marketchats.viewmodel.conversation;

import com.marketchats.viewmodel.conversation.ConversationItem.DaySeparator;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;

import java.util.List;

/** The chat as plain text for the clipboard: the title, each day, then "time sender: text" and the files. */
public final class Transcript {

    private Transcript() {
    }

    public static String of(String title, List<ConversationItem> items) {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (ConversationItem item : items) {
            if (item instanceof DaySeparator day) {
                text.append('\n').append(day.text()).append('\n');
            } else if (item instanceof MessageBubble message) {
                text.append(message.timeText()).append(' ').append(message.senderLabel()).append(": ")
                        .append(message.text()).append('\n');
                for (AttachmentItem file : message.attachments()) {
                    text.append("    ").append(file.name()).append(" (").append(file.sizeText()).append(")\n");
                }
            }
        }
        return text.toString();
    }
}
