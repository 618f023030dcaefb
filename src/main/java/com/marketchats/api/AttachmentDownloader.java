package com.marketchats.api;

import com.marketchats.api.ApiException.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Downloads a message attachment to a file. The spec does not say whether attachment URLs need the
 * token, so it is sent only to the API's own origin (scheme, host and port) and never to any other
 * host, also not after a redirect, which is why redirects are followed here hop by hop. The body goes
 * to a temporary file beside the target, moved into place only when complete, so a failed download
 * never leaves a half-written file under the real name.
 */
final class AttachmentDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentDownloader.class);
    private static final int MAX_REDIRECTS = 5;
    private static final byte[] NO_BODY = new byte[0];

    private final HttpClient client;
    private final URI apiOrigin;
    private final ApiCredentials credentials;
    private final Duration timeout;

    AttachmentDownloader(HttpClient client, URI apiOrigin, ApiCredentials credentials, Duration timeout) {
        this.client = client;
        this.apiOrigin = apiOrigin;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    void download(String url, Path target) {
        URI uri = httpUri(url);
        if (target == null) {
            throw ApiException.invalidInput(null, InputProblem.TARGET_UNWRITABLE, "no target file given");
        }
        Path destination = target.toAbsolutePath();
        Path temp = createTempBeside(destination);
        try {
            fetch(uri, temp);
            moveIntoPlace(temp, destination);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("Could not delete the temporary download file {}", temp.getFileName());
            }
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private void fetch(URI first, Path temp) {
        URI uri = first;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, temp);
            int status = response.statusCode();
            if (status >= 200 && status <= 299) {
                return;
            }
            if (status >= 300 && status <= 399 && response.headers().firstValue("Location").isPresent()) {
                if (hop == MAX_REDIRECTS) {
                    throw ApiException.unexpected(null, "more than " + MAX_REDIRECTS + " redirects");
                }
                uri = redirectTarget(uri, response.headers().firstValue("Location").get());
                continue;
            }
            throw ApiException.errorAnswer(null, status, AnswerParts.errors(response.body(), credentials),
                    RateLimitInfo.fromHeaders(response.headers()), AnswerParts.traceId(response.headers()));
        }
    }

    private HttpResponse<byte[]> send(URI uri, Path temp) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (sameOrigin(uri, apiOrigin)) {
            request.header(credentials.headerName(), credentials.headerValue());
        }
        // Only a success body goes to the file; an error body is kept in memory for the exception.
        HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() >= 200 && info.statusCode() <= 299
                ? BodySubscribers.mapping(BodySubscribers.ofFile(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING), written -> NO_BODY)
                : BodySubscribers.ofByteArray();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), handler);
            LOG.debug("downloadAttachment GET {}{} -> {} in {} ms", uri.getHost(), uri.getPath(),
                    response.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return response;
        } catch (IOException e) {
            LOG.debug("downloadAttachment GET {}{} -> no answer: {}", uri.getHost(), uri.getPath(),
                    e.getClass().getSimpleName());
            throw NetworkFailures.noAnswer(null, e, credentials);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.network(null, true, "interrupted while downloading", e);
        }
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            URI next = from.resolve(new URI(location.trim()));
            if (isHttp(next)) {
                return next;
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // reported below like any other unusable redirect
        }
        throw ApiException.unexpected(null, "a redirect to a location that is not an http(s) URL");
    }

    private static URI httpUri(String url) {
        try {
            URI uri = url == null ? null : new URI(url.trim());
            if (uri != null && isHttp(uri)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiException.invalidInput(null, InputProblem.URL_INVALID, "not an absolute http(s) URL");
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Path createTempBeside(Path destination) {
        Path folder = destination.getParent();
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, ".download-", ".part");
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.invalidInput(null, InputProblem.TARGET_UNWRITABLE,
                    "cannot create a file in the target folder: " + e.getClass().getSimpleName());
        }
    }

    private static void moveIntoPlace(Path temp, Path destination) {
        try {
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ApiException.invalidInput(null, InputProblem.TARGET_UNWRITABLE,
                    "cannot move the download into place: " + e.getClass().getSimpleName());
        }
    }
}
