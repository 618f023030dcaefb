package com.marketchats.api.dto;

import java.util.List;

/** One page of getChats (spec: GetChatsInfoDTO). */
public record ChatsPage(List<ChatInfo> chats, Paging paging) {

    public ChatsPage {
        chats = chats == null ? List.of() : List.copyOf(chats);
        paging = paging == null ? Paging.LAST : paging;
    }
}
