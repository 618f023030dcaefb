package com.marketchats.service.settings;

/**
 * How the seller left the main window: its un-maximised bounds, whether it was maximised, where the
 * divider between the chat list and the conversation stood, and which chat of which cabinet was open.
 * Kept apart from {@link AppSettings}: it changes with every drag, and losing it costs nothing a seller
 * chose on purpose. A field the file did not hold is null.
 *
 * @param bounds    the window's bounds when not maximised, in screen coordinates
 * @param maximized whether the window was maximised
 * @param divider   the divider's position as a share of the window's width (0..1)
 * @param cabinetId the cabinet (an {@link AccountRef#id()}) whose chat {@code chatId} was open
 * @param chatId    the chat open in that cabinet; null for none
 */
public record WindowLayout(Bounds bounds, boolean maximized, Double divider, String cabinetId, Long chatId) {

    /** A first start: nothing remembered. */
    public static final WindowLayout NONE = new WindowLayout(null, false, null, null, null);

    /** A rectangle on the screens: top-left corner and size. */
    public record Bounds(double x, double y, double width, double height) {
    }

    public WindowLayout {
        if (divider != null && !(divider > 0 && divider < 1)) {
            divider = null;
        }
        if (bounds != null && !(bounds.width() > 0 && bounds.height() > 0)) {
            bounds = null;
        }
    }

    public WindowLayout withBounds(Bounds newBounds) {
        return new WindowLayout(newBounds, maximized, divider, cabinetId, chatId);
    }

    public WindowLayout withMaximized(boolean newMaximized) {
        return new WindowLayout(bounds, newMaximized, divider, cabinetId, chatId);
    }

    public WindowLayout withDivider(double newDivider) {
        return new WindowLayout(bounds, maximized, newDivider, cabinetId, chatId);
    }

    /** @param newChatId null when the cabinet shows no chat */
    public WindowLayout withOpenChat(String newCabinetId, Long newChatId) {
        return new WindowLayout(bounds, maximized, divider, newCabinetId, newChatId);
    }
}
