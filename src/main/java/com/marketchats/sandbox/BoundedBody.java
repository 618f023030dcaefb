package com.marketchats.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read up to a size limit. A larger body is still drained (up to a generous cap) so
 * that the client finishes sending and then reads the 400, instead of failing on a broken pipe.
 *
 * @param bytes  the body, or the part read before the limit was passed
 * @param tooBig whether the body was larger than the limit
 */
record BoundedBody(byte[] bytes, boolean tooBig) {

    /** Beyond this the sandbox stops reading and lets the connection drop. */
    private static final long DRAIN_CAP_BYTES = 64L * 1024 * 1024;

    static BoundedBody read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (total + n <= maxBytes) {
                out.write(buffer, 0, n);
            } else if (total <= maxBytes) {
                out.write(buffer, 0, (int) (maxBytes - total));
            }
            total += n;
            if (total > DRAIN_CAP_BYTES) {
                break;
            }
        }
        return new BoundedBody(out.toByteArray(), total > maxBytes);
    }
}
