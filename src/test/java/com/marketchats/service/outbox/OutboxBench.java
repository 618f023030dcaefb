package com.marketchats.service.outbox;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ApiException;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.UploadProgressListener;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * How close the whole outbox (store writes before and after every send, per-chat order, the request
 * budget, events) comes to what the API allows, against the sandbox with its real, time-scaled limits.
 * Not a test; run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.marketchats.service.outbox.OutboxBench} (optional arguments: messages, files,
 * hour in milliseconds, chats, latency in milliseconds).
 * <ol>
 *   <li><b>allowed</b>: the same items sent straight through the HTTP client from 8 threads behind a
 *       plain semaphore of four (the API's parallel limit), no store, no order: what four requests in
 *       flight allow on this machine. The window holds the whole burst, so this is the allowed rate.</li>
 *   <li><b>fresh window</b>: the burst queued at once through {@link Outbox} and sent by the
 *       {@link OutboxSender}; achieved ÷ allowed rate.</li>
 *   <li><b>across a window</b>: a neighbour without the budget (the same key, e.g. the app's previous run)
 *       first spends all but 100 sendMessageToChat of the window; the outbox only learns it from the
 *       headers. Ideal: the later of "100 at the allowed rate" and the window's end, plus the rest at the
 *       allowed rate; achieved ÷ allowed is the ideal time over the time taken (texts only).</li>
 * </ol>
 * Loopback answers in well under a millisecond, far faster than the real API, so the fresh window is
 * run twice: as is (which measures the outbox's own cost per item: three store transactions, two of them
 * flushed to the disk, and a queue scan), and with every answer held back {@code latency} ms (50 by
 * default; the real API takes longer), where the network is the bound, as in the app.
 * Every run uses a new sandbox and a new store; the 420s the sandbox answered are counted.
 */
public final class OutboxBench implements AutoCloseable {

    private static final int LEFT_BY_NEIGHBOUR = 100;
    private static final int ROUNDS = 3;

    private final int messages;
    private final int files;
    private final Duration hour;
    private final int chats;
    private final Duration latency;
    private final Path work;
    private final List<Path> attachments;
    private Duration delay = Duration.ZERO;

    private OutboxBench(int messages, int files, Duration hour, int chats, Duration latency) throws IOException {
        this.messages = messages;
        this.files = files;
        this.hour = hour;
        this.chats = chats;
        this.latency = latency;
        this.work = Files.createTempDirectory(Path.of("target"), "outbox-bench-");
        this.attachments = attachments();
    }

    /** 500 messages and 50 files over 50 chats, a 2 s hour, 50 ms answers in the slow run. */
    public static OutboxBench standard() throws IOException {
        return new OutboxBench(500, 50, Duration.ofMillis(2_000), 50, Duration.ofMillis(50));
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Duration hour = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 2_000);
        int chats = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        Duration latency = Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 50);
        try (OutboxBench bench = new OutboxBench(messages, files, hour, chats, latency)) {
            bench.run();
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Outbox bench: %d messages + %d files over %d chats, sandbox limits on "
                + "(1000 per method per window, 4 in flight), hour = %d ms, store in %s%n",
                messages, files, chats, hour.toMillis(), work);
        round();
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(round());
        }
        System.out.printf(Locale.ROOT, "median achieved / allowed: fresh window %.2f, across a window %.2f; "
                + "with %d ms answers %.2f; 420s in all runs: %d%n", median(rounds, Round::fresh),
                median(rounds, Round::acrossAWindow), latency.toMillis(), median(rounds, Round::slowAnswers),
                rounds.stream().mapToLong(Round::rateLimited).sum());
    }

    /**
     * Achieved ÷ allowed of one round of each scenario and the 420s they met.
     *
     * @param fresh         the burst on loopback in a fresh window
     * @param acrossAWindow texts after a neighbour spent all but 100 of the window
     * @param slowAnswers   the burst with every answer held back {@code latency} ms
     */
    public record Round(double fresh, double acrossAWindow, double slowAnswers, long rateLimited) {
    }

    /** One run of every scenario, each against a new sandbox and store. */
    public Round round() throws Exception {
        delay = Duration.ZERO;
        Result baseline = baseline(attachments);
        Result outbox = outbox(attachments);
        System.out.printf(Locale.ROOT, "fresh window   : allowed %.0f items/s, outbox %.0f items/s; "
                + "achieved / allowed = %.2f; 420s: %d%n", baseline.rate(), outbox.rate(),
                outbox.rate() / baseline.rate(), baseline.rateLimited() + outbox.rateLimited());
        Result across = acrossAWindow(baseline.rate());
        delay = latency;
        Result slowBaseline = baseline(attachments);
        Result slowOutbox = outbox(attachments);
        System.out.printf(Locale.ROOT, "%d ms answers : allowed %.0f items/s, outbox %.0f items/s; "
                + "achieved / allowed = %.2f; 420s: %d%n", latency.toMillis(), slowBaseline.rate(), slowOutbox.rate(),
                slowOutbox.rate() / slowBaseline.rate(), slowBaseline.rateLimited() + slowOutbox.rateLimited());
        return new Round(outbox.rate() / baseline.rate(), across.rate(), slowOutbox.rate() / slowBaseline.rate(),
                baseline.rateLimited() + outbox.rateLimited() + across.rateLimited() + slowBaseline.rateLimited()
                        + slowOutbox.rateLimited());
    }

    @Override
    public void close() throws IOException {
        deleteTree(work);
    }

    /** A rate (or a ratio) and the 420s the sandbox answered. */
    private record Result(double rate, long rateLimited) {
    }

    private Result baseline(List<Path> attachments) throws Exception {
        try (SandboxServer server = sandbox()) {
            ChatsApi client = client(server);
            List<Long> chatIds = SandboxChats.chatIds(server);
            Semaphore slots = new Semaphore(4);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger next = new AtomicInteger();
            int total = messages + files;
            long start = System.nanoTime();
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                senders.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long chat = chatIds.get(i % chatIds.size());
                        slots.acquireUninterruptibly();
                        try {
                            int item = i;
                            onceMoreAfterADroppedConnection(() -> {
                                if (item < messages) {
                                    client.sendMessage(chat, text(item));
                                } else {
                                    client.sendFile(chat, attachments.get(item - messages), UploadProgressListener.NONE);
                                }
                            });
                        } finally {
                            slots.release();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return new Result(total / seconds, server.answers().withStatus(420));
        }
    }

    private Result outbox(List<Path> attachments) throws Exception {
        try (SandboxServer server = sandbox(); RealOutbox real = realOutbox(server)) {
            List<Long> chatIds = SandboxChats.chatIds(server);
            real.sender.start();
            long start = System.nanoTime();
            for (int i = 0; i < messages + files; i++) {
                long chat = chatIds.get(i % chatIds.size());
                if (i < messages) {
                    real.outbox.sendText(chat, text(i));
                } else {
                    real.outbox.sendFile(chat, attachments.get(i - messages));
                }
            }
            awaitAllSent(real, chatIds);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result((messages + files) / seconds, server.answers().withStatus(420));
        }
    }

    private Result acrossAWindow(double allowedRate) throws Exception {
        try (SandboxServer server = sandbox()) {
            List<Long> chatIds = SandboxChats.chatIds(server);
            AtomicReference<Instant> until = new AtomicReference<>();
            ChatsApi neighbour = HttpChatsApi.builder().baseUrl(server.baseUrl()).businessId(server.demoBusinessId())
                    .credentials(ApiCredentials.apiKey(server.demoApiKey()))
                    .responseListener((operation, status, info) -> later(until, info)).build();
            spend(neighbour, chatIds, ApiOperation.SEND_MESSAGE_TO_CHAT.hourlyLimit() - LEFT_BY_NEIGHBOUR);
            try (RealOutbox real = realOutbox(server)) {
                real.sender.start();
                Instant start = Instant.now();
                long startNanos = System.nanoTime();
                for (int i = 0; i < messages; i++) {
                    real.outbox.sendText(chatIds.get(i % chatIds.size()), text(i));
                }
                awaitAllSent(real, chatIds);
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                double windowEnd = Duration.between(start, until.get()).toNanos() / 1e9;
                int afterWindow = Math.max(0, messages - LEFT_BY_NEIGHBOUR);
                double ideal = Math.max(windowEnd, (messages - afterWindow) / allowedRate) + afterWindow / allowedRate;
                long rateLimited = server.answers().withStatus(420);
                System.out.printf(Locale.ROOT, "across a window: %.2f s (the window ended %.2f s after the start, "
                        + "ideal %.2f s); achieved / allowed = %.2f; 420s: %d%n",
                        seconds, windowEnd, ideal, ideal / seconds, rateLimited);
                return new Result(ideal / seconds, rateLimited);
            }
        }
    }

    /**
     * The plain client that measures the allowed rate has no outbox to reconcile and retry: when the JDK
     * client reuses a pooled connection the server has just closed ("header parser received no bytes"),
     * it sends once more, so one dropped connection does not void the whole measurement.
     */
    private static void onceMoreAfterADroppedConnection(Runnable send) {
        try {
            send.run();
        } catch (ApiException failure) {
            if (failure.kind() != ApiException.Kind.NETWORK) {
                throw failure;
            }
            send.run();
        }
    }

    private void spend(ChatsApi neighbour, List<Long> chatIds, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            senders.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    int item = i;
                    onceMoreAfterADroppedConnection(
                            () -> neighbour.sendMessage(chatIds.get(item % chatIds.size()), "Сосед " + item));
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        pool.shutdown();
    }

    private static void awaitAllSent(RealOutbox real, List<Long> chatIds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Object monitor = new Object();
        while (!real.allSent(chatIds)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all sent after 5 minutes: " + real.notSent(chatIds).size() + " left");
            }
            synchronized (monitor) {
                monitor.wait(5);
            }
        }
    }

    private SandboxServer sandbox() {
        return SandboxServer.start(SandboxConfig.builder().hourLength(hour)
                .faults(FaultPlan.NONE.withFixedDelay(delay))
                .dataset(SandboxChats.emptyChats(chats)).build());
    }

    private RealOutbox realOutbox(SandboxServer server) throws IOException {
        Path dataDir = Files.createTempDirectory(work, "store-");
        return new RealOutbox(server.baseUrl(), server.demoBusinessId(), server.demoApiKey(), dataDir, hour,
                OutboxSettings.defaults());
    }

    private static HttpChatsApi client(SandboxServer server) {
        return HttpChatsApi.builder().baseUrl(server.baseUrl()).businessId(server.demoBusinessId())
                .credentials(ApiCredentials.apiKey(server.demoApiKey())).build();
    }

    private List<Path> attachments() throws IOException {
        Path folder = Files.createDirectories(work.resolve("attachments"));
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            byte[] bytes = new byte[20_000 + i * 1_000];
            for (int b = 0; b < bytes.length; b++) {
                bytes[b] = (byte) (b * 7 + i);
            }
            paths.add(Files.write(folder.resolve("photo-" + i + ".jpg"), bytes));
        }
        return paths;
    }

    private static String text(int i) {
        return "Здравствуйте! Ваш заказ №" + (100_000 + i) + " передан в доставку.";
    }

    private static void later(AtomicReference<Instant> until, RateLimitInfo info) {
        if (info.until() != null) {
            until.accumulateAndGet(info.until(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        List<Double> sorted = rounds.stream().map(figure::applyAsDouble).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
