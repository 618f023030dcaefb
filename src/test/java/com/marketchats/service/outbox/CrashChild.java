package com.marketchats.service.outbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The process {@link OutboxCrashTest} kills: opens the store, starts the sender against the parent's
 * sandbox, queues {@code count} messages round-robin over the chats, prints {@value #READY} and waits to
 * be killed. Arguments: base URL, business id, API key, data folder, chat ids (comma-separated), count.
 */
public final class CrashChild {

    static final String READY = "ENQUEUED";

    private CrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Long> chats = Arrays.stream(args[4].split(",")).map(Long::valueOf).toList();
        int count = Integer.parseInt(args[5]);
        RealOutbox real = new RealOutbox(args[0], Long.parseLong(args[1]), args[2], Path.of(args[3]),
                Duration.ofHours(1), RealOutbox.fastSettings(Duration.ofSeconds(1)));
        real.sender.start();
        for (int i = 0; i < count; i++) {
            long chat = chats.get(i % chats.size());
            real.outbox.sendText(chat, text(i, chat));
        }
        System.out.println(READY + " " + count);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    static String text(int i, long chat) {
        return "Сообщение " + i + " в чат " + chat;
    }
}
