package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.store.ChatSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a quick reply's variables from a chat. A variable may name a fallback after a bar,
 * {@code {buyerName|покупатель}}, used when the chat has no value for it. A variable with neither a value
 * nor a fallback is never guessed at and never dropped: it becomes a bracketed name ("[имя покупателя]")
 * that the compose box selects, so the seller types the right words over it.
 */
final class QuickReplyText {

    private static final Pattern VARIABLE = Pattern.compile("\\{(buyerName|orderId|returnId)(?:\\|([^{}]*))?}");

    private QuickReplyText() {
    }

    /**
     * The text to insert and the spans of the variables left for the seller, in order.
     *
     * @param texts where the names of missing variables come from, in the window's language
     */
    static Filled expand(String template, ChatSummary chat, I18n texts) {
        StringBuilder filled = new StringBuilder();
        List<TextSpan> gaps = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(template);
        int copied = 0;
        while (variable.find()) {
            filled.append(template, copied, variable.start());
            copied = variable.end();
            String value = value(variable.group(1), chat);
            String fallback = variable.group(2) == null ? "" : variable.group(2).strip();
            if (value != null) {
                filled.append(value);
            } else if (!fallback.isEmpty()) {
                filled.append(fallback);
            } else {
                int start = filled.length();
                filled.append(texts.text("quickReply.missing." + variable.group(1)));
                gaps.add(new TextSpan(start, filled.length()));
            }
        }
        filled.append(template, copied, template.length());
        return new Filled(filled.toString(), List.copyOf(gaps));
    }

    /**
     * {@code current} with {@code filled} in place of the text between {@code caret} and {@code selectionEnd},
     * and what to select next: the first gap, else an empty span right after the reply.
     */
    static Insertion insert(String current, Filled filled, int caret, int selectionEnd) {
        int start = Math.max(0, Math.min(Math.min(caret, selectionEnd), current.length()));
        int end = Math.max(start, Math.min(Math.max(caret, selectionEnd), current.length()));
        int after = start + filled.text().length();
        TextSpan select = filled.gaps().isEmpty() ? new TextSpan(after, after) : filled.gaps().get(0).shiftedBy(start);
        return new Insertion(current.substring(0, start) + filled.text() + current.substring(end), select);
    }

    private static String value(String name, ChatSummary chat) {
        if (chat == null) {
            return null;
        }
        return switch (name) {
            case "buyerName" -> chat.customerName() == null || chat.customerName().isBlank()
                    ? null : chat.customerName().strip();
            case "orderId" -> number(chat.orderId() != null ? chat.orderId() : chat.legacyOrderId());
            default -> number(chat.returnId());
        };
    }

    private static String number(Long value) {
        return value == null ? null : Long.toString(value);
    }

    /**
     * A filled quick reply.
     *
     * @param text the text to insert
     * @param gaps where the variables without a value sit in {@code text}, for the seller to type over
     */
    record Filled(String text, List<TextSpan> gaps) {
    }

    /**
     * The compose text after a quick reply went in.
     *
     * @param text   the whole new text
     * @param select what the compose box selects next
     */
    record Insertion(String text, TextSpan select) {
    }
}
