package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The generated big cabinet: its counts, its variety, and that the server pages through it. */
class LargeDatasetTest {

    @Test
    void buildsTenThousandChatsAndTwoHundredThousandMessages() {
        SandboxState state = new SandboxState();
        state.addBusiness(1L);

        long started = System.nanoTime();
        LargeDataset.standard().populate(state, 1L);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("LargeDataset %d chats / %d messages built in %d ms%n",
                LargeDataset.STANDARD_CHATS, LargeDataset.STANDARD_MESSAGES, took.toMillis());

        List<SandboxChat> chats = state.chats(1L);
        assertThat(chats).hasSize(10_000);
        assertThat(state.messageCount()).isEqualTo(200_000);
        assertThat(chats).allSatisfy(chat -> assertThat(state.history(chat.chatId())).isNotEmpty());
        Set<ChatStatus> statuses = chats.stream().map(SandboxChat::status).collect(Collectors.toSet());
        assertThat(statuses).contains(ChatStatus.NEW, ChatStatus.WAITING_FOR_PARTNER, ChatStatus.WAITING_FOR_CUSTOMER,
                ChatStatus.WAITING_FOR_ARBITER, ChatStatus.WAITING_FOR_MARKET, ChatStatus.FINISHED);
        SandboxChat sample = chats.get(1234);
        List<SandboxMessage> history = state.history(sample.chatId());
        assertThat(history).extracting(SandboxMessage::messageId).isSorted();
        assertThat(history).extracting(SandboxMessage::createdAt).isSorted();
        assertThat(sample.updatedAt()).isEqualTo(history.get(history.size() - 1).createdAt());
    }

    @Test
    void theNewerHalfOfChatsAndOfMessagesHasIdsAboveTwoToThe53() {
        SandboxState state = new SandboxState();
        state.addBusiness(1L);

        LargeDataset.of(40, 400, 7).populate(state, 1L);

        List<SandboxChat> chats = state.chats(1L);
        assertThat(chats.get(19).chatId()).isLessThan(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(chats.get(20).chatId()).isEqualTo(Dataset.FIRST_ID_BEYOND_DOUBLE);
        List<Long> messageIds = chats.stream().flatMap(chat -> state.history(chat.chatId()).stream())
                .map(SandboxMessage::messageId).sorted().toList();
        assertThat(messageIds.get(199)).isLessThan(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(messageIds.get(200)).isEqualTo(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(messageIds.get(399)).isEqualTo(Dataset.FIRST_ID_BEYOND_DOUBLE + 199);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        SandboxState first = new SandboxState();
        SandboxState second = new SandboxState();
        first.addBusiness(1L);
        second.addBusiness(1L);

        LargeDataset.of(50, 400, 7).populate(first, 1L);
        LargeDataset.of(50, 400, 7).populate(second, 1L);

        assertThat(first.chats(1L)).extracting(SandboxChat::status, SandboxChat::type)
                .containsExactlyElementsOf(second.chats(1L).stream()
                        .map(c -> tuple(c.status(), c.type())).toList());
    }

    @Test
    void theServerPagesThroughALargeCabinet() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().limitsEnabled(false)
                .dataset(LargeDataset.of(500, 5_000)).build())) {
            SandboxHttp http = new SandboxHttp(server);
            int seen = 0;
            String token = null;
            do {
                JsonNode result = http.post("chats?limit=20" + (token == null ? "" : "&pageToken=" + token), "{}").result();
                seen += result.get("chats").size();
                token = result.get("paging").has("nextPageToken") ? result.get("paging").get("nextPageToken").asText() : null;
            } while (token != null);

            assertThat(seen).isEqualTo(500);
        }
    }
}
