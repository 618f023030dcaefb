package com.marketchats.service.outbox;

import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.testing.ChildJvm;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app killed mid-send: a child JVM ({@link CrashChild}, started by {@link ChildJvm}) queues 60
 * messages across 5 chats and sends them to a slow sandbox in this JVM; it is killed with
 * {@code destroyForcibly()} once some but not all have arrived. The sender then runs here on the same
 * store, and every message must arrive exactly once, in order per chat.
 */
class OutboxCrashTest {

    private static final int CHATS = 5;
    private static final int MESSAGES = 60;

    @TempDir
    Path dataDir;

    private SandboxServer server;
    private Process child;
    private RealOutbox restarted;

    @AfterEach
    void close() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (restarted != null) {
            restarted.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void killedWhileSendingEveryMessageArrivesExactlyOnceInOrderAfterTheRestart() throws Exception {
        killMidSendAndRestart(store -> { }, false);
    }

    /**
     * The chat store's write-ahead log lost after the kill (a cleaner, a sync tool, a disk check): the
     * chats roll back to the last checkpoint. The outbox lives in its own file without a WAL, and the
     * restart after the unclean exit looks for every pending item in its chat before sending it.
     */
    @Test
    void killedAndTheChatStoresWalDeletedNothingIsSentTwiceOrLost() throws Exception {
        killMidSendAndRestart(store -> {
            Files.deleteIfExists(store.resolve("chats.db-wal"));
            Files.deleteIfExists(store.resolve("chats.db-shm"));
        }, true);
    }

    private void killMidSendAndRestart(FolderDamage afterKill, boolean uncleanStart) throws Exception {
        server = SandboxServer.start(SandboxConfig.builder()
                .dataset(SandboxChats.emptyChats(CHATS))
                .faults(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(100)).withRandomDelayMax(Duration.ofMillis(200)))
                .build());
        List<Long> chats = SandboxChats.chatIds(server);
        Path log = dataDir.resolve("child.log");
        // A short-lived child: quick start matters more than peak speed.
        child = ChildJvm.start(List.of("-XX:TieredStopAtLevel=1", "-Xmx256m"), CrashChild.class, log, server.baseUrl(), String.valueOf(server.demoBusinessId()),
                server.demoApiKey(), dataDir.resolve("data").toString(),
                chats.stream().map(String::valueOf).collect(Collectors.joining(",")), String.valueOf(MESSAGES));

        try {
            Awaitility.await("the child queued everything and a dozen arrived")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                    .failFast("the child died", () -> !child.isAlive())
                    .until(() -> childSaid(log, CrashChild.READY) && arrived(chats) >= 12);
        } catch (RuntimeException e) {
            throw new AssertionError("The child did not get going; its output:\n"
                    + (Files.exists(log) ? Files.readString(log) : "(none)"), e);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        int arrivedAtKill = arrived(chats);
        assertThat(arrivedAtKill).as("killed mid-send, not after the end").isLessThan(MESSAGES);
        afterKill.apply(dataDir.resolve("data").resolve("business-" + server.demoBusinessId()));

        restarted = new RealOutbox(server.baseUrl(), server.demoBusinessId(), server.demoApiKey(),
                dataDir.resolve("data"), Duration.ofHours(1), RealOutbox.fastSettings(Duration.ofMillis(1_500)));
        List<OutboxItem> leftSending = chats.stream()
                .flatMap(chat -> restarted.store.outbox().pendingForChat(chat).stream())
                .filter(item -> item.state() == OutboxState.SENDING).toList();
        restarted.sender.start(uncleanStart);

        Awaitility.await("all sent after the restart").atMost(Duration.ofSeconds(25))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(restarted.notSent(chats)).isEmpty());
        for (long chat : chats) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                if (chats.get(i % CHATS) == chat) {
                    expected.add(CrashChild.text(i, chat));
                }
            }
            assertThat(SandboxChats.arrived(server, chat)).as("chat %d", chat).containsExactlyElementsOf(expected);
        }
        System.out.printf("Crash test: %d of %d had arrived when the child was killed, %d items were left SENDING%n",
                arrivedAtKill, MESSAGES, leftSending.size());
    }

    /** What happens to the cabinet's folder between the kill and the restart. */
    @FunctionalInterface
    private interface FolderDamage {
        void apply(Path cabinetFolder) throws IOException;
    }

    private int arrived(List<Long> chats) {
        return chats.stream().mapToInt(chat -> server.state().partnerMessageCount(chat)).sum();
    }

    private static boolean childSaid(Path log, String line) throws IOException {
        return Files.exists(log) && Files.readString(log).contains(line);
    }
}
