package com.marketchats.viewmodel.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message's text cut into plain runs and http/https links, so the view can make the links clickable. */
public final class TextRuns {

    /** A piece of the text; {@code link} is the address to open, or null for plain text. */
    public record Run(String text, String link) {

        public boolean isLink() {
            return link != null;
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"«»]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address ("see https://…/page."). */
    private static final String TRAILING = ".,;:!?)]}'";

    private TextRuns() {
    }

    public static List<Run> of(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        int plainFrom = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > plainFrom) {
                runs.add(new Run(text.substring(plainFrom, matcher.start()), null));
            }
            String address = text.substring(matcher.start(), end);
            runs.add(new Run(address, address));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            runs.add(new Run(text.substring(plainFrom), null));
        }
        return runs;
    }
}
