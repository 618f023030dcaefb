package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;

import java.util.function.Consumer;

/**
 * Opens a chat again once its cabinet is on screen and its list holds the chat: the cabinets open in
 * the background and a list fills as its sync goes (the demo's starts empty every run), so the chat the
 * seller had open (before a restart, before a new language) can only be selected then. A chat the
 * seller picks meanwhile wins; a cabinet that never comes on screen leaves nothing to do.
 */
final class ChatReopener {

    private final MainViewModel main;
    private final String cabinetId;
    private final Long chatId;
    private final Consumer<CabinetViewModels> then;
    private final ChangeListener<CabinetViewModels> cabinetShown = (property, old, models) -> tryNow();
    private final InvalidationListener listChanged = property -> selectIfListed();
    private final ChangeListener<ChatListItem> selectionChanged = (property, old, item) -> selected(item);
    private CabinetViewModels models;

    private ChatReopener(MainViewModel main, String cabinetId, Long chatId, Consumer<CabinetViewModels> then) {
        this.main = main;
        this.cabinetId = cabinetId;
        this.chatId = chatId;
        this.then = then;
    }

    /**
     * Selects chat {@code chatId} when cabinet {@code cabinetId} comes on screen and lists it, then hands
     * the cabinet's view-models to {@code then}; with no chat (null), hands them over once it is on screen.
     */
    static void reopen(MainViewModel main, String cabinetId, Long chatId, Consumer<CabinetViewModels> then) {
        if (cabinetId != null) {
            ChatReopener reopener = new ChatReopener(main, cabinetId, chatId, then);
            main.activeModelsProperty().addListener(reopener.cabinetShown);
            reopener.tryNow();
        }
    }

    private void tryNow() {
        CabinetViewModels shown = main.activeModelsProperty().get();
        if (!onScreen(shown)) {
            return;
        }
        main.activeModelsProperty().removeListener(cabinetShown);
        models = shown;
        if (chatId == null) {
            then.accept(models);
            return;
        }
        ChatListViewModel list = models.chatList();
        if (list.selectedProperty().get() != null) {
            selected(list.selectedProperty().get());
            return;
        }
        list.selectedProperty().addListener(selectionChanged);
        list.items().addListener(listChanged);
        selectIfListed();
    }

    private boolean onScreen(CabinetViewModels shown) {
        CabinetEntry active = main.activeProperty().get();
        return shown != null && active != null && active.account().id().equals(cabinetId);
    }

    private void selectIfListed() {
        ChatListViewModel list = models.chatList();
        if (list.items().stream().anyMatch(item -> item.chatId() == chatId.longValue())) {
            list.items().removeListener(listChanged);
            list.select(chatId.longValue());
        }
    }

    /** The first chat selected in the list: this one, or the one the seller chose instead. */
    private void selected(ChatListItem item) {
        if (item == null) {
            return;
        }
        models.chatList().selectedProperty().removeListener(selectionChanged);
        models.chatList().items().removeListener(listChanged);
        if (item.chatId() == chatId.longValue()) {
            then.accept(models);
        }
    }
}
