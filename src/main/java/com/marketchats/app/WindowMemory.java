package com.marketchats.app;

import com.marketchats.service.settings.WindowLayout;
import com.marketchats.service.settings.WindowLayout.Bounds;
import com.marketchats.view.window.ListDivider;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * The main window's layout as the seller leaves it: size, position, maximised state, the divider and
 * the open chat. {@link #placeStage()} puts the stage where it was before it is first shown, so nothing
 * jumps; every later change is saved soon after ({@link LayoutSaver}) and once more on close. The
 * bounds kept are the un-maximised ones, so that un-maximising after a restart goes back to them.
 */
final class WindowMemory {

    private final Stage stage;
    private final LayoutSaver saver;
    private final DoubleProperty listShare = new SimpleDoubleProperty(this, "listShare", ListDivider.DEFAULT_POSITION);
    private final ChangeListener<ChatListItem> chatSelected = (property, old, item) -> chatShown(item);
    private final ChangeListener<CabinetViewModels> cabinetShown = (property, old, models) -> {
        if (old != null) {
            old.chatList().selectedProperty().removeListener(chatSelected);
        }
        if (models != null) {
            models.chatList().selectedProperty().addListener(chatSelected);
        }
    };
    private WindowLayout layout;
    /** The un-maximised bounds, kept while the window is maximised. */
    private Bounds restoreTo;
    private MainViewModel main;

    WindowMemory(Stage stage, WindowLayout saved, LayoutSaver saver) {
        this.stage = stage;
        this.layout = saved;
        this.saver = saver;
    }

    /** Sizes and places the stage as it was left, or as a first start has it; call before the stage is shown. */
    void placeStage() {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = WindowPlacement.restored(layout.bounds(), primary, WindowMemory::screenOf);
        Dimension2D min = WindowPlacement.minimumSize(screenOf(bounds).orElse(primary));
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(layout.maximized());
        layout = layout.withBounds(new Bounds(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()));
        if (layout.divider() != null) {
            listShare.set(layout.divider());
        }
        InvalidationListener moved = property -> boundsChanged();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        restoreTo = layout.bounds();
        stage.maximizedProperty().addListener((property, was, maximized) -> maximizedChanged(maximized));
        listShare.addListener((property, old, share) -> update(layout.withDivider(share.doubleValue())));
    }

    /** The divider's position that the window's content follows and reports to. */
    DoubleProperty listShareProperty() {
        return listShare;
    }

    /** Opens the chat that was open when the window was last closed, once its cabinet is on screen. */
    void reopenLastChat(MainViewModel shown) {
        ChatReopener.reopen(shown, layout.cabinetId(), layout.chatId(), models -> { });
    }

    /** Follows the open chat of this window's content (a new one after each rebuild). */
    void follow(MainViewModel next) {
        if (main != null) {
            main.activeModelsProperty().removeListener(cabinetShown);
            cabinetShown.changed(main.activeModelsProperty(), main.activeModelsProperty().get(), null);
        }
        main = next;
        main.activeModelsProperty().addListener(cabinetShown);
        cabinetShown.changed(main.activeModelsProperty(), null, main.activeModelsProperty().get());
    }

    /** Saves the layout as it is now, on the calling thread, and stops saving. */
    void close() {
        saver.close(layout);
    }

    private void chatShown(ChatListItem item) {
        CabinetEntry cabinet = main.activeProperty().get();
        if (cabinet != null) {
            update(layout.withOpenChat(cabinet.account().id(), item == null ? null : item.chatId()));
        }
    }

    /**
     * Un-maximising goes back to the remembered bounds: a window shown maximised after a restart has no
     * other size the window manager knows to go back to, so GTK keeps it as large as the screen.
     */
    private void maximizedChanged(boolean maximized) {
        if (maximized) {
            restoreTo = layout.bounds();
        } else if (restoreTo != null) {
            Bounds back = restoreTo;
            Platform.runLater(() -> {
                if (!stage.isMaximized()) {
                    stage.setX(back.x());
                    stage.setY(back.y());
                    stage.setWidth(back.width());
                    stage.setHeight(back.height());
                }
            });
        }
        update(layout.withMaximized(maximized));
    }

    private void boundsChanged() {
        // While maximised (or minimised, or full screen) the stage's bounds are the screen's, not the seller's.
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            update(layout.withBounds(new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        }
    }

    private void update(WindowLayout changed) {
        if (!changed.equals(layout)) {
            layout = changed;
            saver.saveSoon(changed);
        }
    }

    /** The visual bounds of a screen the rectangle touches; empty when it is off every screen. */
    private static Optional<Rectangle2D> screenOf(Rectangle2D bounds) {
        return Screen.getScreensForRectangle(bounds).stream().findFirst().map(Screen::getVisualBounds);
    }
}
