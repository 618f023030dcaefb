package com.marketchats.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting, addressing and stopping sandboxes. */
class SandboxServerTest {

    @Test
    void theDemoStartsOnAFreePortWithDataAndBuyers() {
        try (SandboxServer server = SandboxServer.startDemo()) {
            SandboxHttp.Answer answer = new SandboxHttp(server).post("chats?limit=20", "{}");

            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.result().get("chats")).hasSize(20);
            assertThat(server.buyerSimulator()).get().extracting(BuyerSimulator::isRunning).isEqualTo(true);
            assertThat(server.demoBusinessId()).isEqualTo(SandboxConfig.DEFAULT_BUSINESS_ID);
        }
    }

    @Test
    void aGivenPortIsUsedAndFreedOnClose() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SandboxConfig config = SandboxConfig.builder().port(port).dataset(Dataset.EMPTY).build();

        try (SandboxServer first = SandboxServer.start(config)) {
            assertThat(first.port()).isEqualTo(port);
        }
        try (SandboxServer again = SandboxServer.start(config)) {
            assertThat(new SandboxHttp(again).post("chats", "{}").result().get("chats")).isEmpty();
        }
    }

    @Test
    void twoSandboxesKeepSeparateState() {
        try (SandboxServer a = SandboxServer.start(SandboxConfig.defaults());
             SandboxServer b = SandboxServer.start(SandboxConfig.defaults())) {
            new SandboxHttp(a).post("chats/message?chatId=7000001", "{\"message\":\"Только в первом\"}");

            assertThat(a.port()).isNotEqualTo(b.port());
            assertThat(a.state().partnerMessageCount(7_000_001L)).isEqualTo(1);
            assertThat(b.state().partnerMessageCount(7_000_001L)).isZero();
        }
    }
}
