package com.marketchats.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;

/**
 * The fixture of the client tests that script the server's answers: a fresh {@link ScriptedServer}
 * per test and an {@link HttpChatsApi} pointed at it ({@link TestClients#clientFor}).
 */
abstract class ScriptedClientFixture {

    protected ScriptedServer server;
    protected HttpChatsApi api;

    @BeforeEach
    void startScriptedServer() throws IOException {
        server = ScriptedServer.start();
        api = TestClients.clientFor(server);
    }

    @AfterEach
    void stopScriptedServer() {
        server.close();
    }
}
