package com.marketchats.text;

/**
 * Whether a text shows anything at all. {@link String#isBlank()} knows only whitespace, so a message of
 * no-break spaces, zero-width characters or Hangul fillers passes it and reaches the buyer as an empty
 * bubble; every layer that decides "is there a message to send" asks this class instead, so that the
 * compose box, the outbox, the store and the API client agree.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** True for null, empty, and a text of only characters that draw nothing (see {@link #isInvisible}). */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(VisibleText::isInvisible);
    }

    /**
     * Whitespace and separators of every width (including U+00A0 and U+2003), control and format
     * characters (zero-width space and joiners, U+2060, U+FEFF, bidi marks, U+180E), Unicode's other
     * default-ignorable code points (Hangul fillers, variation selectors, the combining grapheme joiner,
     * tags) and the braille blank U+2800, which fonts draw as an empty cell.
     */
    static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return true;
        }
        return isDefaultIgnorable(codePoint) || codePoint == 0x2800;
    }

    /** The Default_Ignorable_Code_Point ranges of Unicode 15 that are neither format nor control characters. */
    private static boolean isDefaultIgnorable(int codePoint) {
        return codePoint == 0x034F
                || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x17B4 || codePoint == 0x17B5
                || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0x2060 && codePoint <= 0x206F)
                || codePoint == 0x3164
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || codePoint == 0xFFA0
                || (codePoint >= 0xFFF0 && codePoint <= 0xFFF8)
                || (codePoint >= 0xE0000 && codePoint <= 0xE0FFF);
    }
}
