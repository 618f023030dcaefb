package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;

/**
 * Opens a chat again once its cabinet is on screen: the cabinets open in the background, so the chat
 * the seller had open (before a restart, before a new language) can only be selected when its cabinet's
 * panes are up. Acts once; a cabinet that never comes on screen leaves nothing to do.
 */
final class ChatReopener {

    private final MainViewModel main;
    private final String cabinetId;
    private final Long chatId;
    private final Consumer<CabinetViewModels> then;
    private final ChangeListener<CabinetViewModels> cabinetShown = (property, old, models) -> tryNow();

    private ChatReopener(MainViewModel main, String cabinetId, Long chatId, Consumer<CabinetViewModels> then) {
        this.main = main;
        this.cabinetId = cabinetId;
        this.chatId = chatId;
        this.then = then;
    }

    /**
     * Selects chat {@code chatId} (none when null) when cabinet {@code cabinetId} comes on screen, then
     * hands its view-models to {@code then} once that chat is the selected one.
     */
    static void reopen(MainViewModel main, String cabinetId, Long chatId, Consumer<CabinetViewModels> then) {
        if (cabinetId != null) {
            ChatReopener reopener = new ChatReopener(main, cabinetId, chatId, then);
            main.activeModelsProperty().addListener(reopener.cabinetShown);
            reopener.tryNow();
        }
    }

    private void tryNow() {
        CabinetEntry active = main.activeProperty().get();
        CabinetViewModels models = main.activeModelsProperty().get();
        if (models == null || active == null || !active.account().id().equals(cabinetId)) {
            return;
        }
        main.activeModelsProperty().removeListener(cabinetShown);
        ChatListItem shown = models.chatList().selectedProperty().get();
        if (chatId == null || shown != null && shown.chatId() == chatId) {
            then.accept(models);
            return;
        }
        ChangeListener<ChatListItem> selected = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ChatListItem> property, ChatListItem old, ChatListItem item) {
                if (item != null && item.chatId() == chatId) {
                    property.removeListener(this);
                    then.accept(models);
                }
            }
        };
        models.chatList().selectedProperty().addListener(selected);
        models.openChat(chatId);
    }
}
