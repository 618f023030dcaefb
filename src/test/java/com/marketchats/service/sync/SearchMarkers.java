package com.marketchats.service.sync;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words found in no other message, written by buyers into the first, middle and last chat of a cabinet
 * before a first sync; the search box must then find each in its chat alone. The datasets' texts come
 * from shared pools, so only a planted word tells whether the search index holds every synced chat.
 */
final class SearchMarkers {

    private static final List<String> WORDS = List.of("кварцеворонка", "зеброфлакон", "тапиродрель");

    private final Map<Long, String> byChat;

    private SearchMarkers(Map<Long, String> byChat) {
        this.byChat = byChat;
    }

    /** Plants one word into each of three chats spread over the business's chats (fewer for a small one). */
    static SearchMarkers plant(SandboxState sandbox, long businessId) {
        List<SandboxChat> chats = sandbox.chats(businessId);
        List<Long> chosen = List.of(chats.get(0).chatId(), chats.get(chats.size() / 2).chatId(),
                chats.get(chats.size() - 1).chatId()).stream().distinct().toList();
        Map<Long, String> byChat = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            String word = WORDS.get(i);
            sandbox.addBuyerMessage(chosen.get(i), "Здравствуйте, где мой " + word + "?");
            byChat.put(chosen.get(i), word);
        }
        return new SearchMarkers(byChat);
    }

    /** The chats each planted word finds in the store, by the word's chat. */
    Map<Long, List<Long>> found(ChatStore store) {
        return byChat.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry ->
                store.chatList().list(ChatQuery.of(ChatGroup.ALL).withSearch(entry.getValue())).stream()
                        .map(ChatSummary::chatId).toList()));
    }

    /** Whether each planted word finds its chat and no other. */
    boolean allFound(ChatStore store) {
        return found(store).entrySet().stream().allMatch(entry -> entry.getValue().equals(List.of(entry.getKey())));
    }
}
