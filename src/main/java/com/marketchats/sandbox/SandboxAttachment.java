package com.marketchats.sandbox;

/** A message's reference to a stored file; the download URL is built per answer from the server's address. */
public record SandboxAttachment(long fileId, String name, int size) {
}
