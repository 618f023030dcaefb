package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each question the spec leaves open, answered both ways by its switch. */
class SpecAmbiguitySwitchesTest extends SandboxPerTestFixture {

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void chatsComeInTheConfiguredOrderOfUpdatedAtAcrossPages(SortOrder order) {
        start(SandboxConfig.builder().chatOrder(order));

        List<OffsetDateTime> updated = new ArrayList<>();
        String token = null;
        do {
            JsonNode result = http.post("chats?limit=6" + (token == null ? "" : "&pageToken=" + token), "{}").result();
            result.get("chats").forEach(chat -> updated.add(OffsetDateTime.parse(chat.get("updatedAt").asText())));
            token = result.get("paging").has("nextPageToken") ? result.get("paging").get("nextPageToken").asText() : null;
        } while (token != null);

        assertThat(updated).hasSize(40);
        Comparator<OffsetDateTime> ascending = Comparator.naturalOrder();
        assertThat(updated).isSortedAccordingTo(order == SortOrder.OLDEST_FIRST ? ascending : ascending.reversed());
    }

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void historyComesInTheConfiguredOrderOfIdsAcrossPages(SortOrder order) {
        start(SandboxConfig.builder().historyOrder(order));

        List<Long> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode result = http.post("chats/history?chatId=7000017&limit=2"
                    + (token == null ? "" : "&pageToken=" + token), "{}").result();
            result.get("messages").forEach(m -> ids.add(m.get("messageId").asLong()));
            token = result.get("paging").has("nextPageToken") ? result.get("paging").get("nextPageToken").asText() : null;
        } while (token != null);

        assertThat(ids).hasSize(9).doesNotHaveDuplicates();
        Comparator<Long> ascending = Comparator.naturalOrder();
        assertThat(ids).isSortedAccordingTo(order == SortOrder.OLDEST_FIRST ? ascending : ascending.reversed());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void messageIdFromIncludesThatMessageOnlyWhenInclusive(boolean inclusive) {
        start(SandboxConfig.builder().messageIdFromInclusive(inclusive));
        List<SandboxMessage> all = server.state().history(7_000_017L);
        long from = all.get(3).messageId();

        JsonNode messages = http.post("chats/history?chatId=7000017", "{\"messageIdFrom\":" + from + "}")
                .result().get("messages");

        List<Long> ids = new ArrayList<>();
        messages.forEach(m -> ids.add(m.get("messageId").asLong()));
        List<Long> expected = all.stream().map(SandboxMessage::messageId)
                .filter(id -> inclusive ? id >= from : id > from).toList();
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(ids.contains(from)).isEqualTo(inclusive);
    }

    @Test
    void attachmentsNeedTheKeyWhenSoSwitched() {
        start(SandboxConfig.builder().attachmentsRequireKey(true));
        String path = attachmentPath();

        assertThat(http.send(http.request(path).GET()).status()).isEqualTo(401);
        assertThat(http.send(http.request(path).header("Api-Key", "ACMA:wrong:00").GET()).status()).isEqualTo(401);
        assertThat(http.send(http.request(path).header("Api-Key", server.readOnlyApiKey()).GET()).status()).isEqualTo(200);
        assertThat(http.send(http.request(path).header("Authorization", "Bearer " + server.demoOAuthToken()).GET())
                .status()).isEqualTo(200);
    }

    @Test
    void attachmentsAreOpenToAnyoneWhenSoSwitched() {
        start(SandboxConfig.builder().attachmentsRequireKey(false));

        SandboxHttp.Answer answer = http.send(http.request(attachmentPath()).GET());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("image/jpeg");
    }

    @Test
    void anAttachmentUrlWithAWrongNameIsNotFound() {
        start(SandboxConfig.builder().attachmentsRequireKey(false));
        String path = attachmentPath();

        SandboxHttp.Answer answer = http.send(http.request(path.substring(0, path.lastIndexOf('/')) + "/other.jpg").GET());

        assertThat(answer.status()).isEqualTo(404);
    }

    /** The path of the buyer's photo in chat 7000003, whose name has Cyrillic letters and a space. */
    private String attachmentPath() {
        JsonNode payload = http.post("chats/history?chatId=7000003", "{}").result().get("messages").get(1)
                .get("payload").get(0);
        return payload.get("url").asText().substring(server.baseUrl().length());
    }
}
