package com.marketchats.app.tray;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The app's icon in the desktop's tray (notification area), where the desktop has one: the unread count
 * drawn on it, a menu, a click that brings the window back, and balloons for notifications where the desktop
 * has no notification service of its own (Windows, macOS). Everything AWT runs on the AWT event thread; the
 * actions hop to the FX thread themselves ({@link TrayActions}).
 */
public final class AppTray implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppTray.class);
    /** How long after a balloon a click on the icon still means "open that chat". */
    private static final Duration BALLOON_CLICK = Duration.ofSeconds(15);

    private final TrayIcon icon;
    private final TrayMenu menu;
    private final TrayBadge badge;
    private final TrayActions actions;
    private final Clock clock;
    private TrayTexts texts;
    private int unread;
    private Instant pausedUntil;
    private Long balloonChat;
    private Instant balloonShownAt = Instant.MIN;

    private AppTray(TrayTexts texts, TrayActions actions, Clock clock) {
        this.texts = texts;
        this.actions = actions;
        this.clock = clock;
        this.badge = TrayBadge.ofAppIcon();
        this.menu = new TrayMenu(texts, actions);
        this.icon = new TrayIcon(badge.draw(iconSize(), 0), texts.tooltip(0, null), menu.popup());
        icon.setImageAutoSize(false);
        icon.addActionListener(event -> clicked());
        icon.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                // Double clicks already come as an action; a single left click opens the window too, as in Telegram.
                if (event.getButton() == MouseEvent.BUTTON1 && event.getClickCount() == 1) {
                    clicked();
                }
            }
        });
    }

    /** Whether this process can reach a tray now: a desktop with a tray, not headless. Any thread. */
    public static boolean available() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return SystemTray.isSupported();
        } catch (RuntimeException | Error noDisplay) {
            // XToolkit throws AWTError when no X server answers, instead of saying "unsupported".
            LOG.debug("No tray: {}", noDisplay.toString());
            return false;
        }
    }

    /**
     * Puts the icon into the tray; completes empty where there is none or it refused the icon. Returns at
     * once: asking for the tray starts AWT's toolkit (a connection to the display, hundreds of classes), which
     * runs on a thread of its own so that it does not hold up the window's first frame, and the icon is made on
     * the AWT event thread.
     */
    public static CompletableFuture<Optional<AppTray>> install(TrayTexts texts, TrayActions actions, Clock clock) {
        CompletableFuture<Optional<AppTray>> installed = new CompletableFuture<>();
        Thread asking = new Thread(() -> {
            if (!available()) {
                installed.complete(Optional.empty());
                return;
            }
            EventQueue.invokeLater(() -> {
                try {
                    AppTray tray = new AppTray(texts, actions, clock);
                    SystemTray.getSystemTray().add(tray.icon);
                    LOG.info("Tray icon installed ({} px)", iconSize());
                    installed.complete(Optional.of(tray));
                } catch (AWTException | RuntimeException e) {
                    LOG.warn("The desktop's tray refused the icon; closing the window will quit: {}", e.toString());
                    installed.complete(Optional.empty());
                }
            });
        }, "tray");
        asking.setDaemon(true);
        asking.setPriority(Thread.MIN_PRIORITY);
        asking.start();
        return installed;
    }

    /** The unread total drawn on the icon and named in its tooltip. Any thread. */
    public void setUnread(int count) {
        EventQueue.invokeLater(() -> {
            if (count == unread) {
                return;
            }
            unread = count;
            redraw();
        });
    }

    /** @param until the end of a pause of notifications; null when they are on. Any thread. */
    public void setPausedUntil(Instant until) {
        EventQueue.invokeLater(() -> {
            pausedUntil = until;
            menu.setPausedUntil(until);
            redraw();
        });
    }

    /** The window's language changed. Any thread. */
    public void setTexts(TrayTexts newTexts) {
        EventQueue.invokeLater(() -> {
            texts = newTexts;
            menu.setTexts(newTexts);
            icon.setToolTip(texts.tooltip(unread, pausedUntil));
        });
    }

    /**
     * A notification as the tray's balloon (a toast on Windows, a notification on macOS); a click on it opens
     * {@code chatId}, or just the window when null. Any thread.
     */
    public void showMessage(String title, String body, Long chatId) {
        EventQueue.invokeLater(() -> {
            balloonChat = chatId;
            balloonShownAt = clock.instant();
            icon.displayMessage(title, body, TrayIcon.MessageType.NONE);
        });
    }

    /** The unread count now on the icon, as last drawn; on the AWT thread's view. */
    int unread() {
        return unread;
    }

    /** The chat the last balloon was about, while a click still means it. */
    Long balloonChat() {
        return balloonChat;
    }

    TrayIcon icon() {
        return icon;
    }

    TrayMenu menu() {
        return menu;
    }

    private void redraw() {
        icon.setImage(badge.draw(iconSize(), unread, pausedUntil != null));
        icon.setToolTip(texts.tooltip(unread, pausedUntil));
    }

    private void clicked() {
        Long chat = balloonChat;
        boolean fresh = clock.instant().isBefore(balloonShownAt.plus(BALLOON_CLICK));
        balloonChat = null;
        if (chat != null && fresh) {
            actions.openChat(chat);
        } else {
            actions.open();
        }
    }

    private static int iconSize() {
        return SystemTray.getSystemTray().getTrayIconSize().height;
    }

    /** Takes the icon out of the tray: a JVM with an icon in the tray does not exit. Any thread; waits. */
    @Override
    public void close() {
        Runnable remove = () -> SystemTray.getSystemTray().remove(icon);
        if (EventQueue.isDispatchThread()) {
            remove.run();
            return;
        }
        try {
            EventQueue.invokeAndWait(remove);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            LOG.debug("Removing the tray icon failed: {}", e.getCause().toString());
        }
    }
}
