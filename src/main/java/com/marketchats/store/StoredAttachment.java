package com.marketchats.store;

/** A file attached to a message: its metadata only (the file itself stays on the server). */
public record StoredAttachment(String name, String url, int size) {
}
