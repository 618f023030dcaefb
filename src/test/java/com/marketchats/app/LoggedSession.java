package com.marketchats.app;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.store.StoredMessage;
import com.marketchats.testing.DemoCabinet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * What {@link LogFileTest} runs in a JVM of its own, so that logback starts from the app's logback.xml as
 * the app's does: {@link LogSetup} first, then the first logger. {@code session DATA}: the demo cabinet's
 * real services at DEBUG receive a buyer's message, send a text and a file, and sync, through a sandbox
 * that fails some requests (500s and lost answers to applied writes), so that the error and retry paths
 * log too; the secrets used are written to {@code DATA/secrets.txt} for the test to look for. {@code rotate DATA}: enough INFO lines
 * to roll the file over a few times at the size limit the test sets. {@code console-only DATA}: a warning
 * without {@link LogSetup}, as the self-check logs.
 */
public final class LoggedSession {

    static final String TEXT = "ZZSECRETTEXT456 the seller's answer";
    static final String BUYER_TEXT = "ZZSECRETBUYER321 the buyer's question";
    static final String FILE_CONTENT = "ZZSECRETFILE789 the attached file's content";
    static final String ROTATE_LINE = "A line to fill the log file up to its size limit, number ";
    static final int ROTATE_LINES = 400;
    static final String CONSOLE_LINE = "A warning with no log folder set";

    private LoggedSession() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[1]);
        switch (args[0]) {
            case "rotate" -> {
                LogSetup.configure(data, false);
                Logger log = LoggerFactory.getLogger(LoggedSession.class);
                for (int i = 0; i < ROTATE_LINES; i++) {
                    log.info("{}{}", ROTATE_LINE, i);
                }
            }
            case "console-only" -> LoggerFactory.getLogger(LoggedSession.class).warn(CONSOLE_LINE);
            default -> {
                LogSetup.configure(data, true);
                session(data);
            }
        }
        // The services' pools may keep non-daemon threads for a while after closing.
        System.exit(0);
    }

    private static void session(Path data) throws IOException {
        FaultPlan faults = FaultPlan.NONE.withFailureRate(0.2).withFailAfterCommitRate(0.3);
        try (DemoCabinet cabinet = DemoCabinet.open(SandboxConfig.builder().faults(faults).build(), data)) {
            Files.write(data.resolve("secrets.txt"), List.of(cabinet.sandbox().demoApiKey(), TEXT, BUYER_TEXT, FILE_CONTENT));
            SandboxState sandbox = cabinet.sandbox().state();
            long chatId = sandbox.chats(cabinet.sandbox().demoBusinessId()).get(0).chatId();
            sandbox.addBuyerMessage(chatId, BUYER_TEXT);
            cabinet.inbox().sendText(chatId, TEXT);
            Path file = Files.writeString(data.resolve("note.txt"), FILE_CONTENT);
            cabinet.inbox().sendFile(chatId, file);
            await().atMost(Duration.ofSeconds(60)).until(() -> sandbox.history(chatId).stream()
                    .filter(message -> message.sender() == MessageSender.PARTNER)
                    .anyMatch(message -> message.attachments().stream().anyMatch(a -> a.name().equals("note.txt"))));
            cabinet.services().sync().setOpenChat(chatId);
            cabinet.services().sync().refreshNow();
            await().atMost(Duration.ofSeconds(60)).until(() -> cabinet.inbox().messages(chatId, null, 100).stream()
                    .map(StoredMessage::text).toList().containsAll(List.of(TEXT, BUYER_TEXT)));
        }
    }
}
