package com.marketchats.service.accounts;

/** The vault could not store, read or delete a key. The message names the account, never the key. */
public final class VaultException extends RuntimeException {

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
