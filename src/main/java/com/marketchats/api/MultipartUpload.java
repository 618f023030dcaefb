package com.marketchats.api;

import com.github.mizosoft.methanol.MediaType;
import com.github.mizosoft.methanol.MultipartBodyPublisher;
import com.github.mizosoft.methanol.ProgressTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.file.Path;

/**
 * The body of sendFileToChat: {@code multipart/form-data} with one part named {@code file} carrying
 * the file name and a guessed content type, built by Methanol and wrapped in its progress tracker.
 *
 * @param publisher   the body, reporting progress as the HTTP client pulls it
 * @param contentType the request's Content-Type, including the boundary
 */
record MultipartUpload(BodyPublisher publisher, String contentType) {

    static final String PART_NAME = "file";

    private static final Logger LOG = LoggerFactory.getLogger(MultipartUpload.class);

    /** Report progress at most about every this many bytes (plus the start and the end). */
    private static final long PROGRESS_STEP_BYTES = 32 * 1024;

    static MultipartUpload of(Path file, UploadProgressListener listener) throws FileNotFoundException {
        MultipartBodyPublisher multipart = MultipartBodyPublisher.newBuilder()
                .filePart(PART_NAME, file, parseOrOctetStream(ContentTypes.guess(file)))
                .build();
        ProgressTracker tracker = ProgressTracker.newBuilder()
                .bytesTransferredThreshold(PROGRESS_STEP_BYTES)
                // "enclosed" adds a 0-bytes event at the start and a final one at the end, so the
                // listener always sees the upload reach its total even for a tiny file.
                .enclosedProgress(true)
                .build();
        BodyPublisher tracked = tracker.tracking(multipart, new MonotonicProgress(listener));
        return new MultipartUpload(tracked, multipart.mediaType().toString());
    }

    private static MediaType parseOrOctetStream(String contentType) {
        try {
            return MediaType.parse(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /**
     * Forwards only progress that moved forward (the tracker's final event can repeat the last one) and
     * keeps a failing listener from aborting an upload the user is waiting for.
     */
    private static final class MonotonicProgress implements ProgressTracker.Listener {
        private final UploadProgressListener listener;
        private long lastReported = -1;

        MonotonicProgress(UploadProgressListener listener) {
            this.listener = listener == null ? UploadProgressListener.NONE : listener;
        }

        @Override
        public void onNext(ProgressTracker.Progress progress) {
            long sent = progress.totalBytesTransferred();
            if (sent <= lastReported) {
                return;
            }
            lastReported = sent;
            try {
                listener.onProgress(sent, progress.contentLength());
            } catch (RuntimeException e) {
                LOG.warn("Upload progress listener failed; the upload goes on", e);
            }
        }
    }
}
