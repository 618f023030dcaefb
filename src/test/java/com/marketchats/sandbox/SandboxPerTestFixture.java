package com.marketchats.sandbox;

import org.junit.jupiter.api.AfterEach;

/**
 * The fixture of the sandbox tests that need a sandbox of their own: {@link #start} one (each test
 * or a {@code @BeforeEach} chooses its configuration), talk to it with plain HTTP through
 * {@link #http}; it is closed after the test.
 */
abstract class SandboxPerTestFixture {

    protected SandboxServer server;
    protected SandboxHttp http;

    protected void start(SandboxConfig.Builder config) {
        server = SandboxServer.start(config.build());
        http = new SandboxHttp(server);
    }

    @AfterEach
    void stopSandbox() {
        if (server != null) {
            server.close();
        }
    }
}
