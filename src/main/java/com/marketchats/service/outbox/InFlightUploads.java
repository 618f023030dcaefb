package com.marketchats.service.outbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which items are being sent by which worker thread, so that the seller can abort a file upload: a
 * cancel request is remembered for the item and, while its upload runs, interrupts that thread, which
 * makes the HTTP client give up on the request. The interrupt only ever hits a thread inside
 * {@link #upload}, never one writing to the store.
 */
final class InFlightUploads {

    /** A blocking call that may be aborted by an interrupt. */
    @FunctionalInterface
    interface Upload {
        void run();
    }

    private final Map<Long, Thread> uploading = new HashMap<>();
    private final Set<Long> cancelRequested = new HashSet<>();

    /** Runs {@code upload} for the item on the calling thread, abortable by {@link #requestCancel}. */
    void upload(long itemId, Upload upload) {
        synchronized (this) {
            uploading.put(itemId, Thread.currentThread());
            if (cancelRequested.contains(itemId)) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            upload.run();
        } finally {
            synchronized (this) {
                uploading.remove(itemId);
                // An abort that came as the upload ended must not reach the next thing this thread does.
                Thread.interrupted();
            }
        }
    }

    /** Remembers that the seller cancelled the item and aborts its upload if one is running. */
    synchronized void requestCancel(long itemId) {
        cancelRequested.add(itemId);
        Thread thread = uploading.get(itemId);
        if (thread != null) {
            thread.interrupt();
        }
    }

    synchronized boolean cancelRequested(long itemId) {
        return cancelRequested.contains(itemId);
    }

    /** The item's attempt is over: forget its cancel request. */
    synchronized void finished(long itemId) {
        cancelRequested.remove(itemId);
    }
}
