package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against the sandbox: an API that stops answering, answers 500, rate-limits everything, or refuses the key. */
class ConnectivityTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    private static void firstSync(SyncEngine engine) {
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.status().firstSync().done());
    }

    private static SandboxChat waitingForBuyer(SyncRig rig) {
        return rig.server.state().chats(rig.businessId()).stream()
                .filter(chat -> chat.status() == ChatStatus.WAITING_FOR_CUSTOMER).findFirst().orElseThrow();
    }

    private static boolean stored(SyncRig rig, SandboxMessage message) {
        return rig.store.messages().lastMessageId(message.chatId()).orElse(0) >= message.messageId();
    }

    @Test
    void aRunOf500sIsOfflineAndTheEngineComesBackByItselfWithTheMissedMessages() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SyncEngine engine = rig.start();
            firstSync(engine);

            rig.server.faults().set(FaultPlan.NONE.withFailureRate(1.0));
            await().atMost(WAIT).until(() -> engine.status().connectivity() == Connectivity.OFFLINE);
            assertThat(engine.status().offlineRetryAt()).isNotNull();
            SandboxMessage missed = rig.server.state().addBuyerMessage(waitingForBuyer(rig).chatId(), "Вы тут?");
            rig.server.faults().clear();

            await().atMost(WAIT).until(() -> engine.status().connectivity() == Connectivity.ONLINE);
            await().atMost(WAIT).until(() -> stored(rig, missed));
            assertThat(engine.status().offlineRetryAt()).isNull();
            await().atMost(WAIT).until(() -> rig.eventLog.connectivity().contains(Connectivity.OFFLINE)
                    && rig.eventLog.connectivity().get(rig.eventLog.connectivity().size() - 1) == Connectivity.ONLINE);
        }
    }

    @Test
    void aServerThatIsGoneIsOfflineUntilOneListensOnThePortAgain() throws Exception {
        SandboxServer second = null;
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SyncEngine engine = rig.start();
            firstSync(engine);
            int port = rig.server.port();

            rig.server.close();
            await().atMost(WAIT).until(() -> engine.status().connectivity() == Connectivity.OFFLINE);
            second = SandboxServer.start(SandboxConfig.builder().port(port).build());
            SandboxMessage missed = second.state().addBuyerMessage(
                    second.state().chats(second.demoBusinessId()).get(0).chatId(), "Ответьте, пожалуйста");

            await().atMost(WAIT).until(() -> engine.status().connectivity() == Connectivity.ONLINE);
            SandboxServer restarted = second;
            await().atMost(WAIT).until(() -> restarted.answers().forOperation(ApiOperation.GET_CHAT_HISTORY) > 0
                    && rig.store.messages().lastMessageId(missed.chatId()).orElse(0) >= missed.messageId());
        } finally {
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void a420StormMakesTheEngineWaitNotFail() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SyncEngine engine = rig.start();
            firstSync(engine);
            rig.eventLog.clear();

            rig.server.faults().startStorm(Duration.ofMillis(1500));
            SandboxMessage during = rig.server.state().addBuyerMessage(waitingForBuyer(rig).chatId(), "Алло?");

            await().atMost(WAIT).until(() -> stored(rig, during));
            assertThat(rig.server.answers().withStatus(420)).isPositive();
            assertThat(rig.eventLog.connectivity()).doesNotContain(Connectivity.OFFLINE);
            assertThat(engine.status().connectivity()).isEqualTo(Connectivity.ONLINE);
            assertThat(engine.status().hasAuthProblem()).isFalse();
        }
    }

    @Test
    void aRefusedKeyStopsPollingAndSaysSo() throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().build());
        try (SyncRig rig = new SyncRig(server, folder, "ACMA:ThisKeyWasRevokedLongAgo0000000:00000000")) {
            SyncEngine engine = rig.start();

            await().atMost(WAIT).until(() -> engine.status().hasAuthProblem());
            assertThat(engine.status().authProblem()).isEqualTo(ApiException.Kind.UNAUTHORIZED);
            long answers = server.answers().withStatus(401);
            await().during(Duration.ofMillis(800)).atMost(WAIT)
                    .until(() -> server.answers().withStatus(401) == answers);
            assertThat(answers).as("one refusal is enough").isEqualTo(1);
        }
    }
}
