package com.marketchats.sandbox;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running sandbox: the JDK's HttpServer on 127.0.0.1 serving the seven Chats operations, the
 * attachment files, and (when configured) simulated buyers writing in. Start one per test or one for
 * the app's demo mode; close it when done.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    /** Enough queued connections for a benchmark's bursts. */
    private static final int BACKLOG = 256;
    /** The demo's buyers write about once a minute: lively, not noisy. */
    private static final double DEMO_BUYER_MESSAGES_PER_MINUTE = 1.0;

    static {
        // The JDK server sends an answer's head and body in two writes; without TCP_NODELAY the body
        // waits for the client's delayed ACK, about 40 ms per answer. Read once, when the first
        // HttpServer of the JVM is made; a value set by the embedding application wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxConfig config;
    private final SandboxState state;
    private final AnswerStats answers = new AnswerStats();
    private final FaultInjector faults;
    private final SandboxKeys keys = new SandboxKeys();
    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final BuyerSimulator buyers;

    private SandboxServer(SandboxConfig config) throws IOException {
        this.config = config;
        this.state = new SandboxState();
        state.addBusiness(config.businessId());
        config.dataset().populate(state, config.businessId());
        this.faults = new FaultInjector(state.clock(), config.faults());

        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), BACKLOG);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        AnswerWriter writer = new AnswerWriter(answers, config.untilRoundedDown());
        OperationContext context = new OperationContext(state, new DtoMapper(baseUrl), config.ambiguities());
        RateLimiter limiter = new RateLimiter(state.clock(), config.hourLength(), config.limitsEnabled(), config::limit);
        server.createContext("/v2/businesses/", new ApiRouter(context, limiter, faults, keys, writer));
        server.createContext(DtoMapper.FILES_PATH,
                new FileDownloadHandler(state, config.ambiguities().attachmentsRequireKey(), keys, writer));
        server.createContext("/", new NotFoundHandler(writer));
        this.executor = Executors.newCachedThreadPool(daemonThreads("sandbox-http-"));
        server.setExecutor(executor);
        server.start();

        this.buyers = config.buyerMessagesPerMinute() > 0
                ? new BuyerSimulator(state, config.businessId(), config.buyerMessagesPerMinute(), config.hourLength())
                : null;
        if (buyers != null) {
            buyers.start();
        }
        LOG.info("Sandbox listening on {} for business {} (hour = {}, limits {})", baseUrl, config.businessId(),
                config.hourLength(), config.limitsEnabled() ? "on" : "off");
    }

    /** Starts a sandbox as configured; the port is bound before this returns. */
    public static SandboxServer start(SandboxConfig config) {
        try {
            return new SandboxServer(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox on port " + config.port(), e);
        }
    }

    /** The app's demo mode: a free port, the Russian demo data, real-time limits and a few buyers writing in. */
    public static SandboxServer startDemo() {
        return start(SandboxConfig.builder()
                .buyerMessagesPerMinute(DEMO_BUYER_MESSAGES_PER_MINUTE)
                .build());
    }

    /** E.g. {@code http://127.0.0.1:41234}; the API's paths go right after it. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public long demoBusinessId() {
        return config.businessId();
    }

    /** An Api-Key with scope {@code communication}: every method works. */
    public String demoApiKey() {
        return SandboxCredentials.DEMO_API_KEY;
    }

    /** An Api-Key with scope {@code all-methods:read-only}: reads work, writes get 403. */
    public String readOnlyApiKey() {
        return SandboxCredentials.READ_ONLY_API_KEY;
    }

    /** A legacy OAuth token, accepted as {@code Authorization: Bearer <token>}. */
    public String demoOAuthToken() {
        return SandboxCredentials.DEMO_OAUTH_TOKEN;
    }

    public SandboxConfig config() {
        return config;
    }

    /** The data, for tests to inspect and change directly. */
    public SandboxState state() {
        return state;
    }

    /** How many answers of each status the server has given, by operation. */
    public AnswerStats answers() {
        return answers;
    }

    /** The fault switches, changeable while the server runs. */
    public FaultInjector faults() {
        return faults;
    }

    /** Keys issued for one business and revoked keys, changeable while the server runs. */
    public SandboxKeys keys() {
        return keys;
    }

    /** The buyer simulator, if the configuration asked for one. */
    public Optional<BuyerSimulator> buyerSimulator() {
        return Optional.ofNullable(buyers);
    }

    /** Stops the buyers and the server at once; requests in flight are abandoned. */
    @Override
    public void close() {
        if (buyers != null) {
            buyers.stop();
        }
        server.stop(0);
        executor.shutdownNow();
        LOG.info("Sandbox on {} stopped", baseUrl);
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
