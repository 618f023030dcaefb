package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.ApiLimits;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** sendFileToChat: multipart upload, storage, the payload link and serving the file back. */
class FileUploadTest extends SandboxPerTestFixture {

    private static final int MAX_FILE_BYTES = Math.toIntExact(ApiLimits.MAX_FILE_BYTES);

    @BeforeEach
    void startDemoSandbox() {
        start(SandboxConfig.builder());
    }

    @Test
    void anUploadedFileIsStoredLinkedFromHistoryAndServedBackWithTheKey() {
        byte[] content = randomBytes(300_000);

        var answer = http.send(http.upload(7_000_005L, "file", "Фото замены.png", content));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().toString()).isEqualTo("{\"status\":\"OK\"}");
        JsonNode messages = http.post("chats/history?chatId=7000005", "{}").result().get("messages");
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.get("sender").asText()).isEqualTo("PARTNER");
        assertThat(last.has("message")).isFalse();
        JsonNode payload = last.get("payload").get(0);
        assertThat(payload.get("name").asText()).isEqualTo("Фото замены.png");
        assertThat(payload.get("size").asInt()).isEqualTo(content.length);

        var download = http.send(http.request(payload.get("url").asText().substring(server.baseUrl().length()))
                .header("Api-Key", server.demoApiKey()).GET());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.body()).isEqualTo(content);
        assertThat(server.state().chat(7_000_005L).orElseThrow().status().name()).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(server.state().history(7_000_005L).get(messages.size() - 1).sender()).isEqualTo(MessageSender.PARTNER);
    }

    @Test
    void exactlyFiveMegabytesIsAcceptedAndOneByteMoreIsRefused() {
        var atLimit = http.send(http.upload(7_000_005L, "file", "scan.pdf", new byte[MAX_FILE_BYTES]));
        int messagesBefore = server.state().history(7_000_005L).size();
        var overLimit = http.send(http.upload(7_000_005L, "file", "scan.pdf", new byte[MAX_FILE_BYTES + 1]));

        assertThat(atLimit.status()).isEqualTo(200);
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.errorMessage()).startsWith("File is too big");
        assertThat(server.state().history(7_000_005L)).hasSize(messagesBefore);
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedAsTooBig() {
        var answer = http.send(http.upload(7_000_005L, "file", "video.mp4", new byte[8 * 1024 * 1024]));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).isEqualTo("The request is too big");
    }

    @Test
    void aFormWithoutAFilePartIsRefused() {
        var answer = http.send(http.upload(7_000_005L, "document", "a.txt", "text".getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).isEqualTo("Missing multipart part 'file'");
    }

    @Test
    void aBodyThatIsNotMultipartIsRefused() {
        var answer = http.send(http.request(http.path("chats/file/send?chatId=7000005"))
                .header("Api-Key", server.demoApiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":\"aGVsbG8=\"}")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).startsWith("Content-Type must be multipart/form-data");
    }

    @Test
    void demoAttachmentsAreRealFilesOfTheAnnouncedSize() {
        JsonNode payload = http.post("chats/history?chatId=7000008", "{}").result().get("messages").get(2)
                .get("payload").get(0);

        var download = http.send(http.request(payload.get("url").asText().substring(server.baseUrl().length()))
                .header("Api-Key", server.demoApiKey()).GET());

        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.body()).hasSize(payload.get("size").asInt());
        assertThat(new String(Arrays.copyOf(download.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
