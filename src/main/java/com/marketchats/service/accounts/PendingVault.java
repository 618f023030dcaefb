package com.marketchats.service.accounts;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The vault {@link CredentialVaults#open} chooses, chosen in the background: its keychain probe may take
 * seconds on a desktop whose keyring is locked, and the window must not wait for it. Each call waits
 * for the choice only when it needs the vault, which at start-up is a background thread opening a cabinet.
 */
public final class PendingVault implements CredentialVault {

    private final CompletableFuture<CredentialVault> chosen;

    private PendingVault(CompletableFuture<CredentialVault> chosen) {
        this.chosen = chosen;
    }

    /** Starts choosing the vault of {@code dataDirectory} on {@code background} and returns at once. */
    public static PendingVault open(Path dataDirectory, Executor background) {
        return new PendingVault(CompletableFuture.supplyAsync(() -> CredentialVaults.open(dataDirectory), background));
    }

    @Override
    public void save(String accountId, String apiKey) {
        chosen.join().save(accountId, apiKey);
    }

    @Override
    public Optional<String> read(String accountId) {
        return chosen.join().read(accountId);
    }

    @Override
    public void delete(String accountId) {
        chosen.join().delete(accountId);
    }

    @Override
    public VaultKind kind() {
        return chosen.join().kind();
    }

    @Override
    public Optional<Path> location() {
        return chosen.join().location();
    }

    @Override
    public String toString() {
        return "PendingVault[" + (chosen.isDone() ? chosen.join() : "choosing") + "]";
    }
}
