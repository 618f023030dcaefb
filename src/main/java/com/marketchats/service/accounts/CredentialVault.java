package com.marketchats.service.accounts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps each cabinet's API key out of the settings, under the account's id. Implementations never put
 * a key into a log line, an exception message or {@code toString}. Failures are
 * {@link VaultException}s.
 */
public interface CredentialVault {

    /** Stores the key for the account, replacing any earlier one. */
    void save(String accountId, String apiKey);

    /** The account's key, or empty when none is stored. */
    Optional<String> read(String accountId);

    /** Forgets the account's key; nothing happens when none is stored. */
    void delete(String accountId);

    VaultKind kind();

    /** The file the keys are kept in, for telling the user; empty for the keychain. */
    default Optional<Path> location() {
        return Optional.empty();
    }
}
