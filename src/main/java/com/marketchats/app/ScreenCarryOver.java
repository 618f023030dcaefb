package com.marketchats.app;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.store.ChatGroup;
import com.marketchats.view.MainWindow;
import com.marketchats.view.conversation.ScrollPlace;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.MainViewModel;

/**
 * What the seller has on screen, carried into the window's content when it is built again in another
 * language: the cabinet, the open chat and where its messages were scrolled to, and the list's tab,
 * topic filter and search. The compose box's text needs no carrying: disposing the old content writes
 * it as the chat's draft, and the chat opened again reads it back.
 *
 * @param cabinetId null when no cabinet was on screen
 * @param chatId    null when no chat was open
 * @param scroll    null when the conversation was at its newest message
 */
record ScreenCarryOver(String cabinetId, Long chatId, ChatGroup group, ChatContextType topic, String search,
                       ScrollPlace scroll) {

    static ScreenCarryOver of(MainViewModel main, MainWindow window) {
        CabinetEntry cabinet = main.activeProperty().get();
        CabinetViewModels models = main.activeModelsProperty().get();
        if (cabinet == null || models == null) {
            return new ScreenCarryOver(cabinet == null ? null : cabinet.account().id(), null, null, null, null, null);
        }
        ChatListViewModel list = models.chatList();
        ChatListItem chat = list.selectedProperty().get();
        return new ScreenCarryOver(cabinet.account().id(), chat == null ? null : chat.chatId(), list.groupProperty().get(),
                list.contextFilterProperty().get(), list.searchProperty().get(), window.conversationPlace().orElse(null));
    }

    /**
     * Brings it all back once the cabinet is on screen in the new content. The chat is selected first,
     * on an unfiltered list, and the filters set after: a chat the seller kept reading while searching
     * for another stays open, as it did before.
     */
    void restoreInto(MainViewModel main, MainWindow window) {
        ChatReopener.reopen(main, cabinetId, chatId, models -> {
            ChatListViewModel list = models.chatList();
            list.groupProperty().set(group == null ? ChatGroup.ALL : group);
            list.contextFilterProperty().set(topic);
            list.searchProperty().set(search == null ? "" : search);
            if (scroll != null) {
                window.returnConversationTo(scroll);
            }
        });
    }
}
