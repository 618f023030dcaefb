package com.marketchats.viewmodel.window;

import java.util.Locale;

/**
 * The plural form of a count, as the bundles spell it: {@code .one}, {@code .few} or {@code .many}. Russian
 * needs three (1 and 21 "сообщение", 2–4 and 22–24 "сообщения", 5–20 and 11–14 "сообщений"), which
 * MessageFormat's choice cannot express past 20.
 */
final class CountForms {

    private CountForms() {
    }

    static String suffix(Locale locale, long count) {
        long n = Math.abs(count);
        if (!"ru".equals(locale.getLanguage())) {
            return n == 1 ? ".one" : ".many";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return ".one";
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? ".few" : ".many";
    }
}
