package com.marketchats.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own, for trying the app or another client against it:
 * {@code mvn -q compile exec:java -Dexec.mainClass=com.marketchats.sandbox.SandboxMain -Dexec.args="--port 8765"}.
 * Prints where it listens and the demo credentials, then serves until the process is stopped.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(SandboxOptions.USAGE);
            return;
        }
        SandboxServer server = SandboxServer.start(options.config());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-shutdown"));
        // The keys are printed (never logged) because the person who started the sandbox needs them
        // to point a client at it; they are the sandbox's fixed, public demo credentials.
        System.out.println("Market Chats sandbox is running");
        System.out.println("  Base URL:        " + server.baseUrl());
        System.out.println("  Business id:     " + server.demoBusinessId());
        System.out.println("  Api-Key (full):  " + server.demoApiKey());
        System.out.println("  Api-Key (read):  " + server.readOnlyApiKey());
        System.out.println("  OAuth token:     " + server.demoOAuthToken() + "  (Authorization: Bearer ...)");
        System.out.println("Stop it with Ctrl+C.");
        new CountDownLatch(1).await();
    }
}
