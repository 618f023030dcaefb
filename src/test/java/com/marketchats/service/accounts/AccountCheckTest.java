package com.marketchats.service.accounts;

import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.accounts.CheckResult.Outcome;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check against the sandbox. The sandbox has no key that lacks the chats read scope (its two keys
 * are {@code communication} and {@code all-methods:read-only}, and both may read chats), so the 403 of
 * a key without {@code communication} comes from a one-answer stub server instead.
 */
class AccountCheckTest {

    private static SandboxServer sandbox;
    private final AccountCheck check = AccountCheck.overHttp();

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.startDemo();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theDemoKeyIsAccepted() {
        CheckResult result = check.check(sandbox.baseUrl(), sandbox.demoBusinessId(), sandbox.demoApiKey());

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.ok()).isTrue();
    }

    @Test
    void aWrongKeyIsWrongKey() {
        CheckResult result = check.check(sandbox.baseUrl(), sandbox.demoBusinessId(), "ACMA:not-a-real-key:00");

        assertThat(result.outcome()).isEqualTo(Outcome.WRONG_KEY);
        assertThat(result.httpStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownCabinetIsNoSuchCabinet() {
        CheckResult result = check.check(sandbox.baseUrl(), sandbox.demoBusinessId() + 999, sandbox.demoApiKey());

        assertThat(result.outcome()).isEqualTo(Outcome.NO_SUCH_CABINET);
    }

    @Test
    void aClosedPortIsNoNetwork() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CheckResult result = check.check("http://127.0.0.1:" + closedPort, 1, sandbox.demoApiKey());

        assertThat(result.outcome()).isEqualTo(Outcome.NO_NETWORK);
        assertThat(result.httpStatus()).isZero();
    }

    @Test
    void aKeyWithoutTheCommunicationScopeIsNoChatsAccess() throws IOException {
        assertThat(outcomeOfStubAnswering(403)).isEqualTo(Outcome.NO_CHATS_ACCESS);
    }

    @Test
    void limitsAndServerFailuresHaveTheirOwnOutcomes() throws IOException {
        assertThat(outcomeOfStubAnswering(420)).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(outcomeOfStubAnswering(500)).isEqualTo(Outcome.SERVER_ERROR);
    }

    @Test
    void inputThatCannotBeSentIsInvalidInput() {
        assertThat(check.check(sandbox.baseUrl(), 0, sandbox.demoApiKey()).outcome()).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(check.check(sandbox.baseUrl(), 1, "  ").outcome()).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(check.check(sandbox.baseUrl(), 1, "ключ").outcome()).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(check.check("not a url", 1, sandbox.demoApiKey()).outcome()).isEqualTo(Outcome.INVALID_INPUT);
    }

    private Outcome outcomeOfStubAnswering(int status) throws IOException {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("{\"status\":\"ERROR\",\"errors\":[{\"code\":\"E" + status + "\",\"message\":\"stub\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        stub.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        stub.start();
        try {
            return check.check("http://127.0.0.1:" + stub.getAddress().getPort(), 5, "ACMA:some-key:01").outcome();
        } finally {
            stub.stop(0);
        }
    }
}
