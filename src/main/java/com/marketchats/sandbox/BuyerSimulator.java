package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated buyers: at a steady pace they write into open chats of a business and now and then start
 * a new DIRECT chat, so that the app has something new to sync. The pace is per minute of the
 * sandbox's scaled time (an hour of {@code hourLength}), on a daemon thread of its own.
 */
public final class BuyerSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BuyerSimulator.class);
    /** One new chat in ten messages: buyers mostly continue conversations. */
    private static final double NEW_CHAT_SHARE = 0.1;

    private final SandboxState state;
    private final long businessId;
    private final Duration interval;
    private final Random random;
    private final AtomicLong messagesWritten = new AtomicLong();
    private final AtomicLong chatsOpened = new AtomicLong();
    private ScheduledExecutorService scheduler;

    public BuyerSimulator(SandboxState state, long businessId, double messagesPerMinute, Duration hourLength) {
        this(state, businessId, messagesPerMinute, hourLength, new Random());
    }

    /** With a seeded {@code random}, the same buyers write the same lines. */
    public BuyerSimulator(SandboxState state, long businessId, double messagesPerMinute, Duration hourLength,
            Random random) {
        if (!(messagesPerMinute > 0) || Double.isInfinite(messagesPerMinute)) {
            throw new IllegalArgumentException("messages per minute must be positive: " + messagesPerMinute);
        }
        this.state = state;
        this.businessId = businessId;
        long scaledMinuteNanos = hourLength.toNanos() / 60;
        this.interval = Duration.ofNanos(Math.max(1_000_000L, (long) (scaledMinuteNanos / messagesPerMinute)));
        this.random = random;
    }

    /** Time between two buyer messages in real time. */
    public Duration interval() {
        return interval;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(SandboxServer.daemonThreads("sandbox-buyers-"));
        scheduler.scheduleAtFixedRate(this::writeOne, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
        LOG.info("Buyer simulator writes every {} ms into business {}", interval.toMillis(), businessId);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Buyer messages written so far, first messages of new chats included. */
    public long messagesWritten() {
        return messagesWritten.get();
    }

    /** DIRECT chats opened so far. */
    public long chatsOpened() {
        return chatsOpened.get();
    }

    /** One buyer action; never throws, or the scheduler would silently stop calling it. */
    private void writeOne() {
        try {
            List<SandboxChat> open = state.chats(businessId).stream()
                    .filter(chat -> chat.type() == ChatType.CHAT && chat.status() != ChatStatus.FINISHED)
                    .toList();
            if (open.isEmpty() || random.nextDouble() < NEW_CHAT_SHARE) {
                SandboxChat chat = state.openDirectChat(businessId, RussianTexts.customer(random),
                        RussianTexts.pick(RussianTexts.BUYER_QUESTIONS, random));
                chatsOpened.incrementAndGet();
                LOG.trace("Buyer opened chat {}", chat.chatId());
            } else {
                SandboxChat chat = RussianTexts.pick(open, random);
                state.addBuyerMessage(chat.chatId(), RussianTexts.pick(RussianTexts.BUYER_FOLLOW_UPS, random));
                LOG.trace("Buyer wrote into chat {}", chat.chatId());
            }
            messagesWritten.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("Buyer simulator step failed", e);
        }
    }
}
