package com.marketchats.api;

import com.marketchats.api.ApiException.Kind;
import com.marketchats.api.ScriptedServer.Recorded;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.GetChatsRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The paging helpers follow nextPageToken to its end, with the same limit and body on every page. */
class PagingTest extends ScriptedClientFixture {

    @Test
    void getAllChatsReadsThreePagesWithTheSameLimitAndFilter() {
        // Ids out of order, and an empty middle page with a token: neither may end the paging early.
        server.enqueue(
                json(200, ok(chatsPage("p2", 30, 10))),
                json(200, ok(chatsPage("p3"))),
                json(200, ok(chatsPage(null, 20, 5))));

        List<ChatInfo> chats = api.getAllChats(GetChatsRequest.withStatuses(List.of(ChatStatus.WAITING_FOR_PARTNER)));

        assertThat(chats).extracting(ChatInfo::chatId).containsExactly(30L, 10L, 20L, 5L);
        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(r -> r.query().get("limit")).containsOnly("20");
        assertThat(requests).extracting(r -> r.query().get("pageToken")).containsExactly(null, "p2", "p3");
        assertThat(requests).extracting(Recorded::bodyText).containsOnly("{\"statuses\":[\"WAITING_FOR_PARTNER\"]}");
    }

    @Test
    void getAllHistoryReadsThreePagesWithTheSameLimitAndMessageIdFrom() {
        server.enqueue(
                json(200, ok(historyPage("h2", 101, 102))),
                json(200, ok(historyPage("h3", 103))),
                json(200, ok(historyPage(null, 104, 105))));

        List<ChatMessage> messages = api.getAllHistory(7, 100L);

        assertThat(messages).extracting(ChatMessage::messageId).containsExactly(101L, 102L, 103L, 104L, 105L);
        List<Recorded> requests = server.requests();
        assertThat(requests).extracting(r -> r.query().get("limit")).containsExactly("100", "100", "100");
        assertThat(requests).extracting(r -> r.query().get("chatId")).containsOnly("7");
        assertThat(requests).extracting(r -> r.query().get("pageToken")).containsExactly(null, "h2", "h3");
        assertThat(requests).extracting(Recorded::bodyText).containsOnly("{\"messageIdFrom\":100}");
    }

    @Test
    void aServerRepeatingTheSameTokenIsStopped() {
        server.enqueue(
                json(200, ok(chatsPage("same", 1))),
                json(200, ok(chatsPage("same", 2))),
                json(200, ok(chatsPage("same", 3))));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getAllChats(GetChatsRequest.ALL));

        assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(e.operation()).isEqualTo(ApiOperation.GET_CHATS);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aServerCyclingThroughTokensIsStopped() {
        server.enqueue(
                json(200, ok(historyPage("a", 1))),
                json(200, ok(historyPage("b", 2))),
                json(200, ok(historyPage("a", 3))));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getAllHistory(7, null));

        assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aFailingPageFailsTheWholeWalk() {
        server.enqueue(json(200, ok(chatsPage("p2", 1))), json(500, "{\"status\":\"ERROR\"}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getAllChats(GetChatsRequest.ALL));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    }

    private static String chatsPage(String nextToken, long... chatIds) {
        String chats = Arrays.stream(chatIds).mapToObj(TestClients::chatJson).collect(Collectors.joining(","));
        return "{\"chats\":[" + chats + "]" + paging(nextToken) + "}";
    }

    private static String historyPage(String nextToken, long... messageIds) {
        String messages = Arrays.stream(messageIds).mapToObj(TestClients::messageJson).collect(Collectors.joining(","));
        return "{\"context\":{\"type\":\"ORDER\",\"orderId\":5},\"messages\":[" + messages + "]" + paging(nextToken) + "}";
    }

    private static String paging(String nextToken) {
        return nextToken == null ? ",\"paging\":{}" : ",\"paging\":{\"nextPageToken\":\"" + nextToken + "\"}";
    }
}
