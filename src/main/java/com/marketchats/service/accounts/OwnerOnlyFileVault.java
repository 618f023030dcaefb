package com.marketchats.service.accounts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.marketchats.store.DurableFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keys in {@code credentials.json} in the data folder, for systems without a usable keychain. The file
 * is readable by its owner only from the first moment of every write and is replaced atomically and
 * durably on every change ({@link DurableFiles}), so a crash or a power loss leaves either the old keys
 * or the new ones, never a cut file.
 * Exception messages here never carry the parser's text, which could quote a key.
 */
public final class OwnerOnlyFileVault implements CredentialVault {

    public static final String FILE_NAME = "credentials.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final TypeReference<TreeMap<String, String>> KEYS_BY_ACCOUNT = new TypeReference<>() {
    };

    private final Path file;

    public OwnerOnlyFileVault(Path dataDirectory) {
        this.file = Objects.requireNonNull(dataDirectory, "dataDirectory").resolve(FILE_NAME);
    }

    @Override
    public synchronized void save(String accountId, String apiKey) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(apiKey, "apiKey");
        Map<String, String> keys = readAll();
        keys.put(accountId, apiKey);
        writeAll(keys, "cannot store the key of account " + accountId);
    }

    @Override
    public synchronized Optional<String> read(String accountId) {
        return Optional.ofNullable(readAll().get(accountId));
    }

    @Override
    public synchronized void delete(String accountId) {
        Map<String, String> keys = readAll();
        if (keys.remove(accountId) != null) {
            writeAll(keys, "cannot delete the key of account " + accountId);
        }
    }

    @Override
    public VaultKind kind() {
        return VaultKind.OWNER_ONLY_FILE;
    }

    @Override
    public Optional<Path> location() {
        return Optional.of(file);
    }

    @Override
    public String toString() {
        return "OwnerOnlyFileVault[" + file + "]";
    }

    private Map<String, String> readAll() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new VaultException("cannot read " + file + ": " + e.getClass().getSimpleName(), null);
        }
        try {
            TreeMap<String, String> keys = MAPPER.readValue(content, KEYS_BY_ACCOUNT);
            return keys == null ? new TreeMap<>() : keys;
        } catch (IOException e) {
            throw new VaultException(file + " is damaged; connect the cabinets again after moving it away", null);
        }
    }

    private void writeAll(Map<String, String> keys, String failure) {
        try {
            DurableFiles.replace(file, MAPPER.writeValueAsBytes(keys));
        } catch (IOException e) {
            throw new VaultException(failure + " in " + file + ": " + e.getClass().getSimpleName(), null);
        }
    }
}
