package com.marketchats.app.instance;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.app.Main;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.accounts.PendingVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.store.ChatStore;
import com.marketchats.store.NewOutboxItem;
import com.marketchats.store.StoreOpener;
import com.marketchats.testing.ChildJvm;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real app processes on one data folder, as a double click or autostart plus a manual start makes
 * them: the second hands over to the first and exits 0 without opening any store, the first brings its
 * window to the front, and every queued reply reaches the server exactly once.
 */
class SingleInstanceProcessTest {

    /** The app's own window code on the headless Monocle toolkit, as the window tests run it. */
    private static final List<String> HEADLESS_APP = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-XX:TieredStopAtLevel=1", "-Xmx256m");
    private static final int REPLIES = 8;

    @TempDir
    Path temp;
    private SandboxServer server;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSecondStartHandsOverToTheRunningAppAndNoReplyIsSentTwice() throws Exception {
        // Every answer takes 400 ms, so the first app is still sending when the second one starts.
        server = SandboxServer.start(SandboxConfig.builder()
                .faults(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(400))).build());
        Path data = temp.resolve("data");
        long chat = server.state().chats(server.demoBusinessId()).get(0).chatId();
        List<String> replies = IntStream.rangeClosed(1, REPLIES)
                .mapToObj(i -> "Reply " + i + " of " + REPLIES + " " + UUID.randomUUID()).toList();
        connectCabinetWithQueuedReplies(data, chat, replies);

        Path firstLog = temp.resolve("first.log");
        Process first = start(firstLog, "--data-dir=" + data, "--lang=en");
        awaitUntil("the first app sends", Duration.ofSeconds(60), first, firstLog,
                () -> arrived(chat, replies).size() >= 1);

        Path secondLog = temp.resolve("second.log");
        Process second = start(secondLog, "--data-dir=" + data, "--lang=en");
        assertThat(second.waitFor(20, TimeUnit.SECONDS)).as("the second start ends by itself").isTrue();
        assertThat(second.exitValue()).as(Files.readString(secondLog)).isZero();
        assertThat(Files.readString(secondLog)).contains("already running");
        assertThat(arrived(chat, replies)).as("the first app was still sending when the second ended")
                .hasSizeLessThan(REPLIES);

        awaitUntil("the first app is asked for its window", Duration.ofSeconds(10), first, firstLog,
                () -> Files.readString(firstLog).contains("bringing it to the front"));
        awaitUntil("every reply arrived", Duration.ofSeconds(60), first, firstLog,
                () -> arrived(chat, replies).size() >= REPLIES);
        assertThat(arrived(chat, replies)).as("each reply once, in order").containsExactlyElementsOf(replies);
        assertThat(first.isAlive()).isTrue();
    }

    @Test
    void aSecondDemoStartLeavesTheRunningDemoStoreAlone() throws Exception {
        Path data = temp.resolve("data");
        Path firstLog = temp.resolve("first.log");
        Process first = start(firstLog, "--data-dir=" + data, "--demo", "--lang=ru");
        Path demoStore = data.resolve("demo").resolve("business-" + SandboxConfig.DEFAULT_BUSINESS_ID).resolve("chats.db");
        awaitUntil("the demo store is open", Duration.ofSeconds(60), first, firstLog, () -> Files.exists(demoStore));
        Object storeIdentity = identity(demoStore);

        Path secondLog = temp.resolve("second.log");
        Process second = start(secondLog, "--data-dir=" + data, "--demo", "--lang=ru");
        assertThat(second.waitFor(20, TimeUnit.SECONDS)).as("the second start ends by itself").isTrue();
        assertThat(second.exitValue()).as(Files.readString(secondLog)).isZero();
        assertThat(Files.readString(secondLog)).contains("уже запущен");

        awaitUntil("the first app is asked for its window", Duration.ofSeconds(10), first, firstLog,
                () -> Files.readString(firstLog).contains("bringing it to the front"));
        assertThat(identity(demoStore)).as("the running demo's store was neither deleted nor made anew")
                .isEqualTo(storeIdentity);
        assertThat(first.isAlive()).isTrue();
    }

    @Test
    void theDataFolderAndEverythingTheAppWritesInItAreOwnerOnly() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path older = Files.writeString(data.resolve("written-by-an-older-version.txt"), "x");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));
        Path log = temp.resolve("app.log");
        Process app = start(log, "--data-dir=" + data, "--demo", "--lang=en");
        Path cabinet = data.resolve("demo").resolve("business-" + SandboxConfig.DEFAULT_BUSINESS_ID);
        awaitUntil("the demo store is written", Duration.ofSeconds(60), app, log,
                () -> Files.exists(cabinet.resolve("chats.db-wal")) && Files.exists(cabinet.resolve("outbox.db")));

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(older)).as("tightened at start").isEqualTo("rw-------");
        assertThat(permissions(data.resolve("demo"))).isEqualTo("rwx------");
        assertThat(permissions(cabinet)).isEqualTo("rwx------");
        for (String file : List.of("chats.db", "chats.db-wal", "chats.db-shm", "outbox.db", "../../instance.lock")) {
            assertThat(permissions(cabinet.resolve(file).normalize())).as(file).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private Process start(Path log, String... args) throws Exception {
        List<String> options = new ArrayList<>(HEADLESS_APP);
        options.add(ChildJvm.appLogging());
        Process process = ChildJvm.start(options, Main.class, log, args);
        processes.add(process);
        return process;
    }

    private void connectCabinetWithQueuedReplies(Path data, long chat, List<String> replies) throws Exception {
        AccountRef account = new AccountRef("cabinet-test", "Shop", server.demoBusinessId(), server.baseUrl(), false);
        new SettingsStore(data).save(AppSettings.defaults(List.of()).withAccount(account).withLastAccountId(account.id()));
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            PendingVault.open(data, background).save(account.id(), server.demoApiKey());
        } finally {
            background.shutdown();
        }
        try (ChatStore store = new StoreOpener().open(data, server.demoBusinessId()).store()) {
            for (String reply : replies) {
                store.outbox().enqueue(NewOutboxItem.text(chat, reply, UUID.randomUUID().toString()));
            }
        }
    }

    /** The seller's messages in the sandbox's history of {@code chat} that are among {@code replies}, in order. */
    private List<String> arrived(long chat, List<String> replies) {
        return server.state().history(chat).stream()
                .filter(message -> message.sender() == MessageSender.PARTNER)
                .map(SandboxMessage::text)
                .filter(replies::contains)
                .toList();
    }

    private static Object identity(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(attributes.fileKey()), attributes.creationTime());
    }

    private static void awaitUntil(String what, Duration atMost, Process app, Path log,
                                   java.util.concurrent.Callable<Boolean> condition) throws IOException {
        try {
            Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(100))
                    .failFast("the app ended", () -> !app.isAlive())
                    .until(condition);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": not seen; the app's output:\n"
                    + (Files.exists(log) ? Files.readString(log) : "(none)"), e);
        }
    }
}
