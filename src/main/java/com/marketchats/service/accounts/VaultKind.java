package com.marketchats.service.accounts;

/** Where API keys are kept. */
public enum VaultKind {
    /** The operating system's keychain (Secret Service, Windows Credential Manager, macOS Keychain). */
    KEYCHAIN,
    /** A file in the data folder that only the user's own account may read. */
    OWNER_ONLY_FILE
}
