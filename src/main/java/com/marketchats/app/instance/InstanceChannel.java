package com.marketchats.app.instance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The local channel between two starts of the app on one data folder: the running one listens on a
 * Unix-domain socket (the JDK has them on Linux, macOS and Windows 10+), a second start hands it its
 * command line and waits for "OK". The socket lives in the owner-only data folder, so no other user can
 * reach it; where that path is longer than a socket address may be, it lives in the temporary folder
 * under a name made from the data folder's path, owner-only too.
 * <p>
 * Request: {@code ACTIVATE}, then each argument, separated by NUL, ended by a newline. Answer: {@code OK}.
 */
public final class InstanceChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceChannel.class);
    static final String SOCKET_NAME = "instance.sock";
    private static final String ACTIVATE = "ACTIVATE";
    private static final String OK = "OK";
    private static final int MAX_REQUEST = 64 * 1024;
    /** sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final Duration RETRY = Duration.ofMillis(100);

    private final ServerSocketChannel server;
    private final Path socket;
    private final Consumer<List<String>> onActivate;

    private InstanceChannel(ServerSocketChannel server, Path socket, Consumer<List<String>> onActivate) {
        this.server = server;
        this.socket = socket;
        this.onActivate = onActivate;
    }

    /**
     * Listens for later starts on {@code dataDirectory}; call it only while holding its {@link InstanceLock},
     * which makes a socket file left by a killed process safe to replace. {@code onActivate} gets each later
     * start's arguments, on the channel's own thread.
     */
    public static InstanceChannel listen(Path dataDirectory, Consumer<List<String>> onActivate) throws IOException {
        Path socket = socketPath(dataDirectory);
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            ownerOnly(socket);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        InstanceChannel channel = new InstanceChannel(server, socket, onActivate);
        Thread thread = new Thread(channel::serve, "instance-channel");
        thread.setDaemon(true);
        thread.start();
        return channel;
    }

    /**
     * Asks the process holding {@code dataDirectory}'s lock to show its window, passing it {@code args}.
     * Tries to connect until {@code timeout} (that process may still be starting), then waits for its
     * answer within the same time.
     *
     * @return true when it answered OK; false when it never did within {@code timeout}
     */
    public static boolean handOver(Path dataDirectory, List<String> args, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socketPath(dataDirectory));
        while (System.nanoTime() < deadline) {
            try (SocketChannel channel = SocketChannel.open(address)) {
                return exchange(channel, args, deadline);
            } catch (IOException notListeningYet) {
                LOG.debug("The running instance does not answer yet: {}", notListeningYet.toString());
                if (!pause()) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The socket's path: in the data folder, or in the temporary folder when that path is too long. */
    static Path socketPath(Path dataDirectory) {
        Path inFolder = dataDirectory.toAbsolutePath().resolve(SOCKET_NAME);
        if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return inFolder;
        }
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("market-chats-" + shortHash(dataDirectory.toAbsolutePath().toString()) + ".sock");
    }

    private static boolean exchange(SocketChannel channel, List<String> args, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        // A hung process accepts (the kernel does) but never answers: closing the channel ends the read.
        CompletableFuture.delayedExecutor(Math.max(remaining, 0), TimeUnit.NANOSECONDS).execute(() -> closeQuietly(channel));
        StringBuilder request = new StringBuilder(ACTIVATE);
        args.forEach(arg -> request.append('\0').append(arg));
        channel.write(ByteBuffer.wrap(request.append('\n').toString().getBytes(StandardCharsets.UTF_8)));
        try {
            return OK.equals(readLine(channel));
        } catch (ClosedChannelException timedOut) {
            return false;
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String request = readLine(client);
                if (request == null || !request.startsWith(ACTIVATE)) {
                    LOG.warn("Ignored a malformed request on the instance channel");
                    continue;
                }
                List<String> parts = Arrays.asList(request.split("\0", -1));
                onActivate.accept(List.copyOf(parts.subList(1, parts.size())));
                client.write(ByteBuffer.wrap((OK + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("A request on the instance channel failed: {}", e.toString());
            }
        }
    }

    /** Reads up to a newline; null when the peer closed first or sent more than a request may hold. */
    private static String readLine(SocketChannel channel) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        while (line.size() <= MAX_REQUEST) {
            buffer.clear();
            if (channel.read(buffer) < 0) {
                return null;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte next = buffer.get();
                if (next == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(next);
            }
        }
        return null;
    }

    private static boolean pause() {
        try {
            Thread.sleep(RETRY.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing only ends a wait; nothing is lost.
        }
    }

    /** On Linux connecting needs write permission on the socket file: owner-only keeps other users out. */
    private static void ownerOnly(Path socket) throws IOException {
        if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Stops listening and removes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("Closing the instance channel: {}", e.toString());
        }
    }
}
