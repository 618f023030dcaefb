package com.marketchats.viewmodel.window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something the app had to recover, told to the seller in a banner until they close it: a damaged file
 * moved aside, settings restored from their backup.
 *
 * @param text   what happened and what was kept, in the window's language
 * @param folder where the damaged file was put, for a "Show folder" button; empty when there is none
 */
public record RecoveryNotice(String text, Optional<Path> folder) {
}
