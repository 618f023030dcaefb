package com.marketchats.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the seller types into the search box into the three ways a chat can match: the buyer's
 * name, an order or return id, and words of message text (an FTS5 query).
 * <p>
 * Folding: names are compared lower-cased with ё read as е, from the start of a word. Message text
 * is matched by FTS5's unicode61 tokenizer, which folds case for Cyrillic and Latin letters and removes Latin diacritics
 * but keeps ё and й as they are; the index folds ё to е itself (see {@link SchemaSteps#V3}), and so
 * does {@link #ftsQuery}.
 */
final class SearchText {

    /** Buyers quote the last digits of a number ("заказ …4821"); fewer than four match too many chats. */
    static final int TAIL_DIGITS = 4;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{" + TAIL_DIGITS + ",}");

    private SearchText() {
    }

    /** Lower case with ё read as е. */
    static String fold(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * The key a buyer's name is stored under: folded, its words separated by single spaces and each
     * preceded by one ({@code "Анна-Мария К."} → {@code " анна мария к"}), so that a search matches
     * from the start of a word: "мар" finds Анна-Мария, "анна" does not find Жанна.
     */
    static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = words(fold(name));
        return words.isEmpty() ? "" : " " + String.join(" ", words);
    }

    /** What to look for inside {@link #nameKey name keys}, or empty for a search with no letters or digits. */
    static Optional<String> nameFragment(String search) {
        String key = nameKey(search == null ? "" : search);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The digits of an order or return id when the search is a number ({@code 123 456}, {@code #123}). */
    static Optional<String> idDigits(String search) {
        if (search == null) {
            return Optional.empty();
        }
        String digits = search.strip().replaceFirst("^[#№]", "").replace(" ", "");
        return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The runs of {@value #TAIL_DIGITS} or more digits in a search, each to be found anywhere inside an
     * order or return number: a number typed with spaces ({@code 123 456}) counts as one run.
     */
    static List<String> digitRuns(String search) {
        Optional<String> whole = idDigits(search);
        if (whole.isPresent()) {
            return whole.get().length() >= TAIL_DIGITS ? List.of(whole.get()) : List.of();
        }
        List<String> runs = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(search == null ? "" : search);
        while (run.find()) {
            runs.add(run.group());
        }
        return runs;
    }

    /**
     * An FTS5 query that matches messages containing every word of the search, each as a prefix
     * ({@code "дост"* AND "заказ"*}), or empty when the search has no letters or digits.
     */
    static Optional<String> ftsQuery(String search) {
        List<String> terms = new ArrayList<>();
        for (String word : words(fold(search == null ? "" : search))) {
            terms.add('"' + word + "\"*");
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
    }

    /**
     * Whether every word of the search begins some word of the text, both folded: what {@link #ftsQuery}
     * asks the index, for text that is not in the index yet. False for a search without words.
     */
    static boolean hasWordsOf(String text, String search) {
        List<String> wanted = words(fold(search == null ? "" : search));
        List<String> present = words(fold(text == null ? "" : text));
        return !wanted.isEmpty() && wanted.stream().allMatch(word -> present.stream().anyMatch(w -> w.startsWith(word)));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
