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
}
