package com.marketchats.viewmodel.compose;

import java.nio.file.Path;

/**
 * One file in the send sheet.
 *
 * @param path      where it is on disk (a pasted image: a temporary file the sheet made)
 * @param name      its name as the buyer will see it
 * @param sizeText  its size as people read it ("12.4 KB"); empty when unknown
 * @param image     true when the sheet shows a thumbnail of it
 * @param refusal   why it cannot be sent, in the user's language; empty when it can
 * @param pasted    true for a pasted image, whose temporary file the sheet deletes once it is done with it
 */
public record SheetFile(Path path, String name, String sizeText, boolean image, String refusal, boolean pasted) {

    public boolean sendable() {
        return refusal.isEmpty();
    }

    SheetFile refusedBecause(String reason) {
        return new SheetFile(path, name, sizeText, false, reason, pasted);
    }
}
