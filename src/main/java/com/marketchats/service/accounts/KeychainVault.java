package com.marketchats.service.accounts;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * Keys in the operating system's keychain through java-keyring, one entry per account under the
 * service name {@value #SERVICE}. A missing entry reads as empty: the backends report "not found" as
 * an access error, so a read failure cannot be told apart from an absent key.
 */
public final class KeychainVault implements CredentialVault {

    public static final String SERVICE = "Market Chats";

    private final Keyring keyring;

    private KeychainVault(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Connects to the system keychain; fails when this system has none the library can use. */
    public static KeychainVault open() {
        try {
            return new KeychainVault(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw new VaultException("no usable system keychain: " + e, e);
        }
    }

    @Override
    public void save(String accountId, String apiKey) {
        try {
            keyring.setPassword(SERVICE, accountId, apiKey);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new VaultException("cannot store the key of account " + accountId + " in the keychain", e);
        }
    }

    @Override
    public Optional<String> read(String accountId) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, accountId));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new VaultException("cannot read the key of account " + accountId + " from the keychain", e);
        }
    }

    @Override
    public void delete(String accountId) {
        try {
            keyring.deletePassword(SERVICE, accountId);
        } catch (PasswordAccessException e) {
            // Most backends report a missing entry this way; deleting nothing is what was asked.
            return;
        } catch (RuntimeException e) {
            throw new VaultException("cannot delete the key of account " + accountId + " from the keychain", e);
        }
    }

    @Override
    public VaultKind kind() {
        return VaultKind.KEYCHAIN;
    }

    @Override
    public String toString() {
        return "KeychainVault[" + keyring.getKeyringStorageType() + "]";
    }
}
