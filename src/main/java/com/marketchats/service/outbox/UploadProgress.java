package com.marketchats.service.outbox;

/**
 * How far the upload of a FILE item has got, as the HTTP client pulls the request body: the bytes sent
 * and the request's total (the file plus the multipart framing, so slightly more than the file).
 */
public record UploadProgress(long itemId, long bytesSent, long totalBytes) {

    /** From 0 to 1; 0 while the total is unknown. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesSent / totalBytes);
    }

    /** True when the whole request body has gone out (the answer may still be on its way). */
    public boolean complete() {
        return totalBytes > 0 && bytesSent >= totalBytes;
    }
}
