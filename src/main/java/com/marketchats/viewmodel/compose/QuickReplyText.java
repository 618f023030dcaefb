package com.marketchats.viewmodel.compose;

import com.marketchats.store.ChatSummary;

import java.util.regex.Pattern;

/**
 * Fills a quick reply's variables from a chat. A variable the chat has no value for becomes empty,
 * and the gap it leaves is tidied: "по заказу {orderId}." reads "по заказу." for a chat without an order.
 */
final class QuickReplyText {

    private static final Pattern SPACE_RUNS = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([,.!?;:)»])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|«\\s*»|\"\\s*\"");
    private static final Pattern TRAILING_LINE_SPACE = Pattern.compile("[ \\t]+(?=\\n|$)");
    private static final Pattern NUMBER_SIGN_WITHOUT_NUMBER = Pattern.compile("№(?![ \\t]*\\d)");

    private QuickReplyText() {
    }

    /**
     * @param buyerFallback what {@code {buyerName}} becomes when the chat has no buyer name
     */
    static String expand(String template, ChatSummary chat, String buyerFallback) {
        String buyer = chat == null || chat.customerName() == null || chat.customerName().isBlank()
                ? buyerFallback : chat.customerName().strip();
        String filled = template
                .replace("{buyerName}", buyer)
                .replace("{orderId}", number(orderId(chat)))
                .replace("{returnId}", number(chat == null ? null : chat.returnId()));
        return tidy(filled);
    }

    private static Long orderId(ChatSummary chat) {
        if (chat == null) {
            return null;
        }
        return chat.orderId() != null ? chat.orderId() : chat.legacyOrderId();
    }

    private static String number(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    private static String tidy(String text) {
        String tidied = NUMBER_SIGN_WITHOUT_NUMBER.matcher(text).replaceAll("");
        tidied = EMPTY_BRACKETS.matcher(tidied).replaceAll("");
        tidied = SPACE_RUNS.matcher(tidied).replaceAll(" ");
        tidied = SPACE_BEFORE_PUNCTUATION.matcher(tidied).replaceAll("$1");
        tidied = TRAILING_LINE_SPACE.matcher(tidied).replaceAll("");
        return tidied.strip();
    }
}
