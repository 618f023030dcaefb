package com.marketchats.testing;

import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.VaultException;
import com.marketchats.service.accounts.VaultKind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keychain stand-in in memory, which can be told to refuse saving; subclasses may misbehave otherwise. */
public class MemoryVault implements CredentialVault {

    private final Map<String, String> keys = new HashMap<>();
    private boolean refuseSaves;

    public void refuseSaves() {
        refuseSaves = true;
    }

    public Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    @Override
    public void save(String accountId, String apiKey) {
        if (refuseSaves) {
            throw new VaultException("refused for the test", null);
        }
        keys.put(accountId, apiKey);
    }

    @Override
    public Optional<String> read(String accountId) {
        return Optional.ofNullable(keys.get(accountId));
    }

    @Override
    public void delete(String accountId) {
        keys.remove(accountId);
    }

    @Override
    public VaultKind kind() {
        return VaultKind.KEYCHAIN;
    }
}
