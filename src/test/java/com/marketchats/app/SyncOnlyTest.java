package com.marketchats.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketchats.app.instance.InstanceLock;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --sync-only} end to end against the sandbox on loopback: the real services, a real data folder. */
class SyncOnlyTest {

    @TempDir
    Path folder;

    private SandboxServer sandbox;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startSandbox() {
        sandbox = SandboxServer.start(SandboxConfig.builder().build());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void syncsTheCabinetIntoTheDataFolderAndPrintsOneJsonLine() throws IOException {
        Path keyFile = Files.writeString(folder.resolve("key.txt"), sandbox.demoApiKey() + "\n");

        int status = run(Map.of(), "--sync-only", "--base-url=" + sandbox.baseUrl(),
                "--business-id=" + sandbox.demoBusinessId(), "--key-file=" + keyFile, "--data-dir=" + folder.resolve("data"));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(SyncOnly.DONE);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode figures = new ObjectMapper().readTree(lines.get(0));
        int chats = sandbox.state().chats(sandbox.demoBusinessId()).size();
        assertThat(figures.get("chats").asInt()).isEqualTo(chats);
        assertThat(figures.get("messages").asLong()).isEqualTo(sandbox.state().messageCount());
        assertThat(figures.get("requests").asLong()).isGreaterThanOrEqualTo(chats + 2L);
        assertThat(figures.get("wallSeconds").asDouble()).isPositive();
        assertThat(figures.get("peakHeapMb").asLong()).isPositive();
        assertThat(folder.resolve("data")).isNotEmptyDirectory();
    }

    @Test
    void takesTheKeyFromTheEnvironment() {
        int status = run(Map.of(SyncOnlyOptions.KEY_VARIABLE, sandbox.demoApiKey()), "--sync-only",
                "--base-url=" + sandbox.baseUrl(), "--business-id=" + sandbox.demoBusinessId(),
                "--data-dir=" + folder.resolve("data"));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(SyncOnly.DONE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"chats\":");
    }

    @Test
    void aWrongKeyEndsWithAClearMessageAndNoFigures() {
        int status = run(Map.of(SyncOnlyOptions.KEY_VARIABLE, "not-the-key"), "--sync-only",
                "--base-url=" + sandbox.baseUrl(), "--business-id=" + sandbox.demoBusinessId(),
                "--data-dir=" + folder.resolve("data"));

        assertThat(status).isEqualTo(SyncOnly.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused the key");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerEndsWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int status = run(Map.of(SyncOnlyOptions.KEY_VARIABLE, sandbox.demoApiKey()), "--sync-only",
                "--base-url=http://127.0.0.1:" + closedPort + "/", "--business-id=" + sandbox.demoBusinessId(),
                "--data-dir=" + folder.resolve("data"));

        assertThat(status).isEqualTo(SyncOnly.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("did not answer");
    }

    @Test
    void aKeyOnTheCommandLineOrAMissingOptionIsRefusedWithTheUsage() {
        int onCommandLine = run(Map.of(), "--sync-only", "--base-url=" + sandbox.baseUrl(), "--business-id=1",
                "--data-dir=" + folder, "--key=" + sandbox.demoApiKey());
        int missing = run(Map.of(SyncOnlyOptions.KEY_VARIABLE, "k"), "--sync-only", "--data-dir=" + folder);

        assertThat(onCommandLine).isEqualTo(SyncOnly.WRONG_OPTIONS);
        assertThat(missing).isEqualTo(SyncOnly.WRONG_OPTIONS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not taken on the command line")
                .contains("needs --base-url").contains("--sync-only");
    }

    @Test
    void aDataFolderARunningAppHoldsIsLeftAlone() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        try (InstanceLock app = InstanceLock.tryAcquire(data).orElseThrow()) {
            int status = run(Map.of(SyncOnlyOptions.KEY_VARIABLE, sandbox.demoApiKey()), "--sync-only",
                    "--base-url=" + sandbox.baseUrl(), "--business-id=" + sandbox.demoBusinessId(), "--data-dir=" + data);

            assertThat(status).isEqualTo(SyncOnly.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Market Chats is running on");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(data.resolve("business-" + sandbox.demoBusinessId())).doesNotExist();
        }
    }

    private int run(Map<String, String> environment, String... args) {
        return SyncOnly.run(new ArrayList<>(List.of(args)), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
