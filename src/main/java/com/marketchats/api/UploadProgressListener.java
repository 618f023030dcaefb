package com.marketchats.api;

/** Told how far a file upload has got; called from the HTTP client's threads. */
@FunctionalInterface
public interface UploadProgressListener {

    UploadProgressListener NONE = (sent, total) -> { };

    void onProgress(long bytesSent, long totalBytes);
}
