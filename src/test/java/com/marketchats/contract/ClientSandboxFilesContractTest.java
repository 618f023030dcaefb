package com.marketchats.contract;

import com.marketchats.api.ApiException;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.sandbox.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * sendFileToChat and attachment downloads with the real client against the sandbox, through the
 * recording proxy: uploads (a PNG, a PDF, a Cyrillic file name) reach the chat once, with their name,
 * size and bytes, and every recorded request (multipart included) and answer conforms to the spec.
 * Attachment URLs point at the sandbox itself, not at the proxy, so downloads are not recorded; they
 * are not one of the spec's operations either.
 */
class ClientSandboxFilesContractTest {

    private static final String DEMO_FILES = "/com/marketchats/sandbox/files/";

    @RegisterExtension
    static final SharedSandboxRig SHARED = new SharedSandboxRig(SandboxConfig.builder().build(),
            seen -> assertThat(seen.get("sendFileToChat")).containsExactly(200));

    private SandboxBehindProxy rig;
    private SandboxState state;
    private HttpChatsApi client;

    @TempDir
    Path folder;

    @BeforeEach
    void useTheSharedRig() {
        rig = SHARED.rig();
        state = rig.sandbox().state();
        client = rig.client();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "kettle-label.png, label.png",
            "receipt.pdf, invoice-51234567808.pdf",
            "size-chart.png, Фото коробки №2 (вид сбоку).png"})
    void anUploadedFileAppearsInTheChatOnceWithItsNameSizeAndBytes(String demoFile, String fileName)
            throws IOException {
        long chatId = 7_000_005L;
        byte[] content = demoFile(demoFile);
        Path file = Files.write(folder.resolve(fileName), content);
        int partnerMessages = state.partnerMessageCount(chatId);
        AtomicLong reported = new AtomicLong();

        client.sendFile(chatId, file, (sent, total) -> reported.set(sent));

        assertThat(reported.get()).as("upload progress").isGreaterThan(content.length);
        assertThat(state.partnerMessageCount(chatId)).isEqualTo(partnerMessages + 1);
        List<ChatMessage> withFile = client.getAllHistory(chatId, null).stream()
                .filter(m -> m.payload().stream().anyMatch(a -> a.name().equals(fileName))).toList();
        assertThat(withFile).singleElement().satisfies(message -> {
            assertThat(message.sender()).isEqualTo(MessageSender.PARTNER);
            assertThat(message.payload()).singleElement().satisfies(attachment -> {
                assertThat(attachment.size()).isEqualTo(content.length);
                assertThat(storedFile(attachment).bytes()).isEqualTo(content);
            });
        });
        ChatAttachment attachment = withFile.get(0).payload().get(0);
        Path downloaded = folder.resolve("downloaded-" + fileName);
        rig.unrecordedClient().downloadAttachment(attachment.url(), downloaded);
        assertThat(downloaded).hasBinaryContent(content);
        RecordedExchange upload = rig.exchanges().get(0);
        assertThat(upload.requestContentType()).startsWith("multipart/form-data; boundary=");
    }

    @Test
    void aDemoAttachmentDownloadsWithTheKeyFromTheApisOrigin() throws IOException {
        SandboxMessage held = state.history(7_000_008L).stream().filter(m -> !m.attachments().isEmpty())
                .findFirst().orElseThrow();
        ChatMessage message = client.getChatMessage(7_000_008L, held.messageId());
        ClientSandboxContractTest.assertSameMessage(message, held);
        ChatAttachment attachment = message.payload().get(0);
        assertThat(attachment.name()).isEqualTo("Кассовый чек 51234567808.pdf");
        Path target = folder.resolve("чек.pdf");

        rig.unrecordedClient().downloadAttachment(attachment.url(), target);

        assertThat(target).hasBinaryContent(demoFile("receipt.pdf"));
        assertThat(Files.size(target)).isEqualTo(attachment.size());
    }

    @Test
    void theClientSendsNoKeyToAnAttachmentHostThatIsNotItsApiOrigin() {
        ChatMessage message = client.getAllHistory(7_000_003L, null).stream()
                .filter(m -> !m.payload().isEmpty()).findFirst().orElseThrow();
        String url = message.payload().get(0).url();
        assertThat(URI.create(url).getPort()).isNotEqualTo(rig.proxy().port());
        Path target = folder.resolve("photo.jpg");

        // The sandbox asks for the key on downloads (its default); this client's API origin is the proxy.
        assertThatThrownBy(() -> client.downloadAttachment(url, target))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.UNAUTHORIZED);
                    assertThat(e.httpStatus()).isEqualTo(401);
                });
        assertThat(target).doesNotExist();
    }

    private StoredFile storedFile(ChatAttachment attachment) {
        String[] segments = URI.create(attachment.url()).getPath().split("/"); // /sandbox/files/{id}/{name}
        return state.files().find(Long.parseLong(segments[3])).orElseThrow();
    }

    private static byte[] demoFile(String name) {
        try (InputStream in = ClientSandboxFilesContractTest.class.getResourceAsStream(DEMO_FILES + name)) {
            assertThat(in).as("demo file " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
