package com.marketchats.app.tray;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The tray icon's picture: the app icon at the tray's size with the unread count in a red disc at its top
 * right, as Telegram Desktop draws it. Over 99 reads "99+". A tray shows a picture only, so the count has
 * to be drawn into it. While notifications are paused the disc is grey, as a muted chat's count is in
 * Telegram: the count still tells how many wait, the colour that nobody will be told.
 */
final class TrayBadge {

    /** The same red as the chat list's unread pills, readable with white digits (5.6:1). */
    static final Color DISC = new Color(0xD32F2F);
    /** Grey with white digits at 4.6:1. */
    static final Color PAUSED_DISC = new Color(0x757575);
    private static final String ICON = "/com/marketchats/app/icons/market-chats-64.png";

    private final BufferedImage base;

    private TrayBadge(BufferedImage base) {
        this.base = base;
    }

    /** The app's own icon as the base. */
    static TrayBadge ofAppIcon() {
        try (InputStream in = TrayBadge.class.getResourceAsStream(ICON)) {
            if (in == null) {
                throw new IOException(ICON + " is missing from the build");
            }
            return new TrayBadge(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the disc says for {@code count}; empty for none. */
    static String label(int count) {
        if (count <= 0) {
            return "";
        }
        return count > 99 ? "99+" : Integer.toString(count);
    }

    /** The icon at {@code size} pixels square with {@code count} on it (none drawn for zero). */
    BufferedImage draw(int size, int count) {
        return draw(size, count, false);
    }

    /** As {@link #draw(int, int)}, the disc grey while notifications are {@code paused}. */
    BufferedImage draw(int size, int count, boolean paused) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(base, 0, 0, size, size, null);
            String text = label(count);
            if (!text.isEmpty()) {
                drawDisc(g, size, text, paused ? PAUSED_DISC : DISC);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawDisc(Graphics2D g, int size, String text, Color disc) {
        int diameter = (int) Math.round(size * (text.length() > 1 ? 0.7 : 0.6));
        int left = size - diameter;
        g.setColor(disc);
        g.fillOval(left, 0, diameter, diameter);
        g.setColor(Color.WHITE);
        float share = text.length() > 2 ? 0.42f : text.length() > 1 ? 0.55f : 0.72f;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(7, Math.round(diameter * share))));
        FontMetrics metrics = g.getFontMetrics();
        int x = left + (diameter - metrics.stringWidth(text)) / 2;
        int y = (diameter - metrics.getHeight()) / 2 + metrics.getAscent();
        g.drawString(text, x, y);
    }
}
