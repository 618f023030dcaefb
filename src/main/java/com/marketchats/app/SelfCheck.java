package com.marketchats.app;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.CredentialVaults;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code --self-check}: proves that an installed copy works without opening a window. It runs the same
 * service layer the window uses against the embedded sandbox in a throw-away data folder (sync, one text
 * and one file through the outbox), then the credentials store and TLS, which only the packaged runtime
 * can get wrong (a module left out of the jlink image). One line per check; the exit status says whether
 * all passed.
 */
final class SelfCheck {

    /** Long enough for a slow first start (sqlite extracts its native library), short enough for CI. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final String TEXT = "Self-check message";
    private static final String FILE_NAME = "self-check.txt";

    private final PrintStream out;
    private final Duration wait;
    private int failures;

    SelfCheck(PrintStream out, Duration wait) {
        this.out = out;
        this.wait = wait;
    }

    /** Runs every check and returns the process exit status: 0 when all passed, 1 otherwise. */
    int run() {
        out.println("Market Chats " + AppVersion.current() + " self-check");
        Path folder = createTempFolder();
        try {
            checkServices(folder.resolve("data"));
            checkVault(folder.resolve("vault"));
            checkTls();
        } finally {
            deleteRecursively(folder);
        }
        out.println(failures == 0 ? "Self-check passed" : "Self-check FAILED: " + failures + " check(s)");
        return failures == 0 ? 0 : 1;
    }

    private void checkServices(Path dataFolder) {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().build())) {
            ok("sandbox started on " + sandbox.baseUrl());
            try (AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                    sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), dataFolder))) {
                ok("store opened in " + dataFolder);
                services.start();
                if (!await("first sync", () -> services.sync().status().firstSync().done())) {
                    return;
                }
                int chats = sandbox.state().chats(sandbox.demoBusinessId()).size();
                ok("first sync: " + chats + " chats");
                long chatId = sandbox.state().chats(sandbox.demoBusinessId()).get(0).chatId();
                services.inbox().sendText(chatId, TEXT);
                if (await("text message delivered", () -> delivered(sandbox, chatId, message -> TEXT.equals(message.text())))) {
                    ok("text message delivered through the outbox to chat " + chatId);
                }
                Path file = Files.writeString(dataFolder.resolve(FILE_NAME), "Market Chats self-check\n");
                services.inbox().sendFile(chatId, file);
                if (await("file delivered", () -> delivered(sandbox, chatId, message -> message.attachments().stream()
                        .anyMatch(attachment -> FILE_NAME.equals(attachment.name()))))) {
                    ok("file delivered through the outbox to chat " + chatId);
                }
            }
        } catch (RuntimeException | IOException | LinkageError e) {
            fail("services: " + e);
        }
    }

    private void checkVault(Path folder) {
        try {
            CredentialVault vault = CredentialVaults.open(folder);
            String account = "self-check-" + UUID.randomUUID();
            vault.save(account, "self-check-key");
            boolean readBack = vault.read(account).filter("self-check-key"::equals).isPresent();
            vault.delete(account);
            boolean deleted = vault.read(account).isEmpty();
            String where = switch (vault.kind()) {
                case KEYCHAIN -> "system keychain";
                case OWNER_ONLY_FILE -> "owner-only file (no usable system keychain here)";
            };
            if (readBack && deleted) {
                ok("credentials store: " + where + ", save/read/delete");
            } else {
                fail("credentials store: " + where + " did not give back or forget a test key");
            }
        } catch (RuntimeException | LinkageError e) {
            fail("credentials store: " + e);
        }
    }

    /** Offline: the real API is HTTPS, so the runtime needs TLS 1.3, its ciphers and the CA certificates. */
    private void checkTls() {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, null, null);
            SSLEngine engine = context.createSSLEngine("api.partner.market.yandex.ru", 443);
            engine.setUseClientMode(true);
            engine.beginHandshake();
            boolean tls13Suites = Arrays.stream(engine.getEnabledCipherSuites()).anyMatch(suite -> suite.startsWith("TLS_AES_"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            int authorities = Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .mapToInt(manager -> ((X509TrustManager) manager).getAcceptedIssuers().length).sum();
            if (tls13Suites && authorities > 0) {
                ok("TLS 1.3 client ready, " + authorities + " trusted certificate authorities");
            } else {
                fail("TLS: TLS 1.3 suites " + (tls13Suites ? "present" : "missing") + ", " + authorities + " trusted authorities");
            }
        } catch (Exception e) {
            fail("TLS: " + e);
        }
    }

    private boolean delivered(SandboxServer sandbox, long chatId, Predicate<SandboxMessage> which) {
        List<SandboxMessage> history = sandbox.state().history(chatId);
        return history.stream().filter(message -> message.sender() == MessageSender.PARTNER).anyMatch(which);
    }

    /** Polls until the condition holds or the wait is over; a timeout is reported as a failed check. */
    private boolean await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(wait);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail(what + ": not within " + wait.toSeconds() + " s");
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(what + ": interrupted");
                return false;
            }
        }
        return true;
    }

    private void ok(String line) {
        out.println("OK   " + line);
    }

    private void fail(String line) {
        failures++;
        out.println("FAIL " + line);
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("market-chats-self-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the check's verdict stands.
        }
    }
}
