package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** getChats pages from the sorted view the sandbox keeps as messages move chats, not from a sort per page. */
class ChatListOrderTest extends SandboxPerTestFixture {

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void aChatThatGetsAMessageMovesToTheNewestEndOfTheListing(SortOrder order) {
        start(SandboxConfig.builder().chatOrder(order));
        List<Long> before = listAll();
        long oldest = order == SortOrder.OLDEST_FIRST ? before.get(0) : before.get(before.size() - 1);

        server.state().addBuyerMessage(oldest, "Есть новости по заказу?");

        List<Long> after = listAll();
        assertThat(after).containsExactlyInAnyOrderElementsOf(before).hasSize(before.size());
        assertThat(order == SortOrder.OLDEST_FIRST ? after.get(after.size() - 1) : after.get(0)).isEqualTo(oldest);
    }

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void aFilteredListingPagesThroughEveryMatchingChatOnce(SortOrder order) {
        start(SandboxConfig.builder().chatOrder(order));
        long expected = server.state().chats(server.demoBusinessId()).stream()
                .filter(chat -> "WAITING_FOR_PARTNER".equals(chat.statusName())).count();

        List<Long> listed = list(3, "{\"statuses\":[\"WAITING_FOR_PARTNER\"]}");

        assertThat(expected).isPositive();
        assertThat(listed).doesNotHaveDuplicates().hasSize((int) expected);
    }

    private List<Long> listAll() {
        return list(7, "{}");
    }

    private List<Long> list(int limit, String filter) {
        List<Long> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode result = http.post("chats?limit=" + limit + (token == null ? "" : "&pageToken=" + token), filter)
                    .result();
            result.get("chats").forEach(chat -> ids.add(chat.get("chatId").asLong()));
            token = result.get("paging").has("nextPageToken") ? result.get("paging").get("nextPageToken").asText() : null;
        } while (token != null);
        return ids;
    }
}
