package com.marketchats.sandbox;

/**
 * A file the sandbox serves at {@code /sandbox/files/{fileId}/{name}}. The bytes are never changed
 * after storing, so sharing the array is safe.
 */
public record StoredFile(long fileId, String name, String contentType, byte[] bytes) {

    public SandboxAttachment asAttachment() {
        return new SandboxAttachment(fileId, name, bytes.length);
    }
}
