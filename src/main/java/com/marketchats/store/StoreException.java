package com.marketchats.store;

/** A failure of the local store: the database could not be opened, read or written. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
