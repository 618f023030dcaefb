package com.marketchats.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files the sandbox serves: the demo's photos and PDF and every upload, each under an id of its
 * own. Thread-safe without the state's lock, because a stored file never changes.
 */
public final class FileStore {

    private final Map<Long, StoredFile> files = new ConcurrentHashMap<>();
    private final AtomicLong nextFileId = new AtomicLong(1);

    /** Keeps the bytes under a new id; the caller must not change the array afterwards. */
    public StoredFile store(String name, String contentType, byte[] bytes) {
        StoredFile file = new StoredFile(nextFileId.getAndIncrement(), name, contentType, bytes);
        files.put(file.fileId(), file);
        return file;
    }

    public Optional<StoredFile> find(long fileId) {
        return Optional.ofNullable(files.get(fileId));
    }
}
