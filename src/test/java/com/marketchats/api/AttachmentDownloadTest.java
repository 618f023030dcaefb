package com.marketchats.api;

import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.ApiException.Kind;
import com.marketchats.api.ScriptedServer.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.marketchats.api.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Attachments: the token goes to the API's own origin only; files appear whole or not at all. */
class AttachmentDownloadTest {

    private static final byte[] CONTENT = "%PDF-1.4 attachment bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private ScriptedServer apiHost;
    private ScriptedServer otherHost;
    private HttpChatsApi api;

    @BeforeEach
    void start() throws IOException {
        apiHost = ScriptedServer.start();
        otherHost = ScriptedServer.start();
        api = TestClients.clientFor(apiHost);
    }

    @AfterEach
    void stop() {
        apiHost.close();
        otherHost.close();
    }

    @Test
    void anAttachmentOnTheApiHostIsFetchedWithTheToken() throws IOException {
        apiHost.enqueue(ScriptedServer.raw(200, "application/pdf", CONTENT));
        Path target = folder.resolve("invoice.pdf");

        api.downloadAttachment(apiHost.baseUrl() + "/files/123/invoice.pdf?sig=abc", target);

        Recorded request = apiHost.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/files/123/invoice.pdf");
        assertThat(request.header("Api-Key")).isEqualTo(API_KEY);
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(folderContents()).containsExactly("invoice.pdf");
    }

    @Test
    void anAttachmentOnAnotherHostIsFetchedWithoutAnyCredentials() throws IOException {
        otherHost.enqueue(ScriptedServer.raw(200, "application/pdf", CONTENT));
        Path target = folder.resolve("invoice.pdf");

        api.downloadAttachment(otherHost.baseUrl() + "/storage/invoice.pdf", target);

        Recorded request = otherHost.onlyRequest();
        assertThat(request.hasHeader("Api-Key")).isFalse();
        assertThat(request.hasHeader("Authorization")).isFalse();
        assertThat(apiHost.requests()).isEmpty();
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    }

    @Test
    void aRedirectFromTheApiHostToAnotherHostDropsTheToken() throws IOException {
        apiHost.enqueue(new ScriptedServer.Canned(302, Map.of("Location", otherHost.baseUrl() + "/s3/obj"),
                new byte[0], ScriptedServer.Behaviour.ANSWER));
        otherHost.enqueue(ScriptedServer.raw(200, "image/png", CONTENT));
        Path target = folder.resolve("photo.png");

        api.downloadAttachment(apiHost.baseUrl() + "/files/1", target);

        assertThat(apiHost.onlyRequest().header("Api-Key")).isEqualTo(API_KEY);
        Recorded redirected = otherHost.onlyRequest();
        assertThat(redirected.path()).isEqualTo("/s3/obj");
        assertThat(redirected.hasHeader("Api-Key")).isFalse();
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    }

    @Test
    void anExistingTargetIsReplacedWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("photo.png"), "an older, longer version of the file");
        apiHost.enqueue(ScriptedServer.raw(200, "image/png", CONTENT));

        api.downloadAttachment(apiHost.baseUrl() + "/files/1", target);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    }

    @Test
    void aFailedDownloadLeavesNoFileBehind() throws IOException {
        apiHost.enqueue(ScriptedServer.json(404, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"NOT_FOUND\"}]}"));
        Path target = folder.resolve("gone.pdf");

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> api.downloadAttachment(apiHost.baseUrl() + "/files/9", target));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.operation()).isNull();
        assertThat(e.errors()).hasSize(1);
        assertThat(folderContents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/x.jar!/a", "/relative/path", "not a url", ""})
    void aUrlThatIsNotHttpIsRefused(String url) {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> api.downloadAttachment(url, folder.resolve("x")));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.inputProblem()).isEqualTo(InputProblem.URL_INVALID);
        assertThat(apiHost.requests()).isEmpty();
    }

    @Test
    void theOriginComparisonUsesSchemeHostAndEffectivePort() {
        URI api = URI.create("https://api.partner.market.yandex.ru");

        assertThat(AttachmentDownloader.sameOrigin(URI.create("https://API.partner.market.yandex.ru:443/f"), api)).isTrue();
        assertThat(AttachmentDownloader.sameOrigin(URI.create("http://api.partner.market.yandex.ru/f"), api)).isFalse();
        assertThat(AttachmentDownloader.sameOrigin(URI.create("https://api.partner.market.yandex.ru:8443/f"), api)).isFalse();
        assertThat(AttachmentDownloader.sameOrigin(URI.create("https://api.partner.market.yandex.ru.evil.example/f"), api)).isFalse();
        assertThat(AttachmentDownloader.sameOrigin(URI.create("http://localhost:8080/f"), URI.create("http://127.0.0.1:8080"))).isFalse();
    }

    private List<String> folderContents() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
