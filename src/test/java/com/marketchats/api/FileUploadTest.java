package com.marketchats.api;

import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.ApiException.Kind;
import com.marketchats.api.ScriptedServer.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** sendFileToChat: the multipart body, the 5 MB limit, refused files and upload progress. */
class FileUploadTest extends ScriptedClientFixture {

    @TempDir
    Path folder;

    @Test
    void theFileGoesAsPartFileWithItsNameContentTypeAndBytes() throws IOException {
        byte[] bytes = randomBytes(70_000);
        Path photo = Files.write(folder.resolve("photo.jpg"), bytes);
        server.enqueue(ScriptedServer.ok());

        api.sendFile(7, photo, UploadProgressListener.NONE);

        Recorded request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/businesses/42/chats/file/send");
        assertThat(request.query()).isEqualTo(Map.of("chatId", "7"));
        assertThat(request.header("Api-Key")).isEqualTo(TestClients.API_KEY);
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        List<MultipartParts.Part> parts = MultipartParts.parse(request.header("Content-Type"), request.body());
        assertThat(parts).hasSize(1);
        MultipartParts.Part part = parts.get(0);
        assertThat(part.name()).isEqualTo("file");
        assertThat(part.fileName()).isEqualTo("photo.jpg");
        assertThat(part.contentType()).isEqualTo("image/jpeg");
        assertThat(part.content()).isEqualTo(bytes);
    }

    @Test
    void aCyrillicFileNameArrivesAsUtf8() throws IOException {
        Path file = Files.write(folder.resolve("Фото заказа.png"), new byte[] {1, 2, 3});
        server.enqueue(ScriptedServer.ok());

        api.sendFile(7, file, UploadProgressListener.NONE);

        Recorded request = server.onlyRequest();
        MultipartParts.Part part = MultipartParts.parse(request.header("Content-Type"), request.body()).get(0);
        assertThat(part.fileName()).isEqualTo("Фото заказа.png");
        assertThat(part.contentType()).isEqualTo("image/png");
    }

    @Test
    void aFileOfExactly5MegabytesIsSent() throws IOException {
        byte[] bytes = randomBytes((int) ApiLimits.MAX_FILE_BYTES);
        Path file = Files.write(folder.resolve("scan.pdf"), bytes);
        server.enqueue(ScriptedServer.ok());

        api.sendFile(7, file, UploadProgressListener.NONE);

        Recorded request = server.onlyRequest();
        MultipartParts.Part part = MultipartParts.parse(request.header("Content-Type"), request.body()).get(0);
        assertThat(part.contentType()).isEqualTo("application/pdf");
        assertThat(part.content()).isEqualTo(bytes);
    }

    @Test
    void aFileOneByteOver5MegabytesIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("big.bin"), new byte[(int) ApiLimits.MAX_FILE_BYTES + 1]);

        assertRefused(file, InputProblem.FILE_TOO_LARGE);
    }

    @Test
    void aMissingFileADirectoryAndAnEmptyFileAreRefused() throws IOException {
        assertRefused(folder.resolve("nope.txt"), InputProblem.FILE_MISSING);
        assertRefused(null, InputProblem.FILE_MISSING);
        assertRefused(Files.createDirectory(folder.resolve("photos")), InputProblem.FILE_NOT_REGULAR);
        assertRefused(Files.createFile(folder.resolve("empty.txt")), InputProblem.FILE_EMPTY);
    }

    @Test
    void progressRisesToTheTotalSize() throws IOException {
        Path file = Files.write(folder.resolve("report.xlsx"), randomBytes(300_000));
        server.enqueue(ScriptedServer.ok());
        List<long[]> events = new CopyOnWriteArrayList<>();

        api.sendFile(7, file, (sent, total) -> events.add(new long[] {sent, total}));

        long bodyLength = server.onlyRequest().body().length;
        assertThat(events).hasSizeGreaterThan(2);
        assertThat(events).allSatisfy(event -> assertThat(event[1]).isEqualTo(bodyLength));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i)[0]).isGreaterThan(events.get(i - 1)[0]);
        }
        assertThat(events.get(events.size() - 1)[0]).isEqualTo(bodyLength);
    }

    @Test
    void aFailingProgressListenerDoesNotStopTheUpload() throws IOException {
        Path file = Files.write(folder.resolve("note.txt"), "hello".getBytes());
        server.enqueue(ScriptedServer.ok());

        api.sendFile(7, file, (sent, total) -> {
            throw new IllegalStateException("UI gone");
        });

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void unknownExtensionsGoAsOctetStream() throws IOException {
        Path file = Files.write(folder.resolve("data.zzqx"), new byte[] {1, 2, 3});
        server.enqueue(ScriptedServer.ok());

        api.sendFile(7, file, null);

        Recorded request = server.onlyRequest();
        assertThat(MultipartParts.parse(request.header("Content-Type"), request.body()).get(0).contentType())
                .isEqualTo("application/octet-stream");
    }

    private void assertRefused(Path file, InputProblem problem) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> api.sendFile(7, file, UploadProgressListener.NONE));
        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.inputProblem()).isEqualTo(problem);
        assertThat(e.operation()).isEqualTo(ApiOperation.SEND_FILE_TO_CHAT);
        assertThat(server.requests()).isEmpty();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
