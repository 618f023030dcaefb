package com.marketchats.viewmodel.window;

import com.marketchats.i18n.I18n;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;
import com.marketchats.text.ShownFileNames;

/**
 * The words of a notification: who it is from (the buyer's name, Market, Market support, a dispute) and
 * what it says. With the text hidden (a shared screen), the body says only that something came.
 */
final class NotificationTexts {

    private static final int LONGEST_LINE = 140;

    private final I18n texts;

    NotificationTexts(I18n texts) {
        this.texts = texts;
    }

    String buyer(ChatSummary chat) {
        return chat.customerName() == null || chat.customerName().isBlank()
                ? texts.text("notification.buyer") : chat.customerName();
    }

    String title(DesktopNotification.Kind kind, ChatSummary chat) {
        return switch (kind) {
            case BUYER -> buyer(chat);
            case MARKET -> texts.text("notification.market.title", buyer(chat));
            case SUPPORT -> texts.text("notification.support.title", buyer(chat));
            case DISPUTE -> texts.text("notification.dispute.title", buyer(chat));
            case SUMMARY -> texts.text("notification.more.title");
            case DEADLINE -> texts.text("chatlist.deadline.warning.title", buyer(chat));
        };
    }

    /** "Когда доставка?"; for a burst "3 новых сообщения" over the newest one; hidden: "Новое сообщение" or the count. */
    String body(StoredMessage newest, int count, boolean hideText) {
        String counted = counted("notification.count", count);
        if (hideText) {
            return count == 1 ? texts.text("notification.hidden") : counted;
        }
        String shown = shown(newest);
        return count > 1 ? counted + "\n" + shown : shown;
    }

    String dispute() {
        return texts.text("notification.dispute");
    }

    String more(int messages) {
        return counted("notification.more", messages);
    }

    String awayTitle() {
        return texts.text("notification.away.title");
    }

    /**
     * What a hold summary says: "5 чатов ждут ответа", or, when no chat waits, "3 новых сообщения"; a
     * line for new disputes below; empty when there is nothing to say.
     */
    String away(int waiting, int messages, int disputes) {
        String first = waiting > 0 ? counted("notification.away.waiting", waiting)
                : messages > 0 ? counted("notification.count", messages) : "";
        String second = disputes > 0 ? counted("notification.away.disputes", disputes) : "";
        return first.isEmpty() || second.isEmpty() ? first + second : first + "\n" + second;
    }

    private String counted(String key, int count) {
        return texts.text(key + CountForms.suffix(texts.locale(), count), count);
    }

    private String shown(StoredMessage message) {
        if (message.text() != null && !message.text().isBlank()) {
            String line = message.text().strip().replaceAll("\\s+", " ");
            return line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE - 1) + "\u2026" : line;
        }
        return message.attachments().isEmpty() ? ""
                : texts.text("notification.file", ShownFileNames.of(message.attachments().get(0).name()));
    }
}
