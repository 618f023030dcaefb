package com.marketchats.service.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Chooses where keys are kept on this system: the keychain when it really works, else the owner-only file. */
public final class CredentialVaults {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialVaults.class);
    /** A keychain behind a stuck D-Bus can hang; the first window should not wait on it for long. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final String PROBE_SECRET = "probe";

    private CredentialVaults() {
    }

    /** The vault for this system; never throws. */
    public static CredentialVault open(Path dataDirectory) {
        return open(dataDirectory, KeychainVault::open, PROBE_TIMEOUT);
    }

    /**
     * The keychain {@code keychain} gives when a test entry can be saved, read back and deleted within
     * {@code timeout}; otherwise the owner-only file vault in {@code dataDirectory}.
     */
    static CredentialVault open(Path dataDirectory, Supplier<CredentialVault> keychain, Duration timeout) {
        return probe(keychain, timeout).orElseGet(() -> new OwnerOnlyFileVault(dataDirectory));
    }

    private static Optional<CredentialVault> probe(Supplier<CredentialVault> keychain, Duration timeout) {
        CompletableFuture<CredentialVault> check = new CompletableFuture<>();
        Thread prober = new Thread(() -> {
            try {
                check.complete(checked(keychain.get()));
            } catch (RuntimeException | LinkageError e) {
                check.completeExceptionally(e);
            }
        }, "keychain-probe");
        prober.setDaemon(true);
        prober.start();
        try {
            return Optional.of(check.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            LOG.info("No usable system keychain ({}); API keys go to an owner-only file", e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.info("The system keychain did not answer within {}; API keys go to an owner-only file", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static CredentialVault checked(CredentialVault vault) {
        String probeAccount = "probe-" + UUID.randomUUID();
        vault.save(probeAccount, PROBE_SECRET);
        try {
            if (vault.read(probeAccount).filter(PROBE_SECRET::equals).isEmpty()) {
                throw new VaultException("the keychain did not give back what was stored", null);
            }
        } finally {
            vault.delete(probeAccount);
        }
        return vault;
    }
}
