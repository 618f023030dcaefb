package com.marketchats.service.outbox;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.UploadProgressListener;
import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.testing.UnusedChatsApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ChatsApi for unit tests: a little server (one history per chat) behind sends that follow a script
 * per chat. With no script left a send simply arrives. History reads answer every message after
 * {@code messageIdFrom}, newest first and repeating the boundary message, to prove that the outbox
 * depends on neither the order nor the inclusiveness.
 */
final class ScriptedChatsApi extends UnusedChatsApi {

    /** What one send call does. */
    @FunctionalInterface
    interface Step {
        void run(Call call) throws InterruptedException;
    }

    /** One send call: commit() makes the message arrive on the server. */
    final class Call {
        final long chatId;
        final String text;
        final Path file;
        final UploadProgressListener progress;

        Call(long chatId, String text, Path file, UploadProgressListener progress) {
            this.chatId = chatId;
            this.text = text;
            this.file = file;
            this.progress = progress;
        }

        void commit() {
            arrive(this);
        }

        /** Reports progress: {@code sent} of the request's bytes (the file size plus 200 of framing). */
        void progress(long sent) {
            progress.onProgress(sent, total());
        }

        long total() {
            try {
                return Files.size(file) + 200;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Step ok() {
        return Call::commit;
    }

    static Step fail(ApiException failure) {
        return call -> {
            throw failure;
        };
    }

    static Step commitThenFail(ApiException failure) {
        return call -> {
            call.commit();
            throw failure;
        };
    }

    /** Waits for the gate (an interrupt aborts it as the HTTP client would), then does {@code then}. */
    static Step await(CountDownLatch gate, Step then) {
        return call -> {
            gate.await();
            then.run(call);
        };
    }

    private final Clock clock;
    private final Map<Long, Deque<Step>> scripts = new HashMap<>();
    private final Map<Long, List<ChatMessage>> histories = new HashMap<>();
    private final Deque<ApiException> historyFailures = new ArrayDeque<>();
    private final AtomicInteger sendCalls = new AtomicInteger();
    private final AtomicInteger historyCalls = new AtomicInteger();
    private long nextMessageId = 1_000;

    ScriptedChatsApi(Clock clock) {
        this.clock = clock;
    }

    /** Appends steps for the next sends to this chat. */
    synchronized ScriptedChatsApi script(long chatId, Step... steps) {
        Deque<Step> script = scripts.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        Collections.addAll(script, steps);
        return this;
    }

    /** The next history read fails with this. */
    synchronized void failNextHistoryRead(ApiException failure) {
        historyFailures.add(failure);
    }

    /** A message that is on the server already (e.g. the buyer's, or the seller's from the web). */
    synchronized ChatMessage addMessage(long chatId, MessageSender sender, String text, ChatAttachment file) {
        ChatMessage message = new ChatMessage(nextMessageId++, clock.instant().atOffset(ZoneOffset.UTC), sender, text,
                file == null ? List.of() : List.of(file));
        histories.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
        return message;
    }

    /** The chat's messages on the server, oldest first. */
    synchronized List<ChatMessage> history(long chatId) {
        return List.copyOf(histories.getOrDefault(chatId, List.of()));
    }

    /** What the seller's messages in the chat say (a file as its name), oldest first. */
    synchronized List<String> arrived(long chatId) {
        return history(chatId).stream().filter(m -> m.sender() == MessageSender.PARTNER)
                .map(m -> m.message() != null ? m.message() : m.payload().get(0).name()).toList();
    }

    int sendCalls() {
        return sendCalls.get();
    }

    int historyCalls() {
        return historyCalls.get();
    }

    @Override
    public void sendMessage(long chatId, String text) {
        perform(new Call(chatId, text, null, UploadProgressListener.NONE));
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        if (!Files.isRegularFile(file)) {
            throw ApiException.invalidInput(ApiOperation.SEND_FILE_TO_CHAT, ApiException.InputProblem.FILE_MISSING,
                    "the file does not exist");
        }
        perform(new Call(chatId, null, file, progress));
    }

    @Override
    public List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
        historyCalls.incrementAndGet();
        synchronized (this) {
            ApiException failure = historyFailures.poll();
            if (failure != null) {
                throw failure;
            }
            List<ChatMessage> answer = new ArrayList<>(histories.getOrDefault(chatId, List.of()).stream()
                    .filter(m -> messageIdFrom == null || m.messageId() >= messageIdFrom).toList());
            Collections.reverse(answer);
            return answer;
        }
    }

    private void perform(Call call) {
        sendCalls.incrementAndGet();
        Step step;
        synchronized (this) {
            Deque<Step> script = scripts.get(call.chatId);
            step = script == null || script.isEmpty() ? ok() : script.poll();
        }
        try {
            step.run(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.network(Failures.SEND, true, "interrupted while waiting for the answer", e);
        }
    }

    private synchronized void arrive(Call call) {
        if (call.file != null) {
            call.progress(0);
            call.progress(call.total());
            addMessage(call.chatId, MessageSender.PARTNER, null, new ChatAttachment(call.file.getFileName().toString(),
                    "https://files.example/" + nextMessageId, (int) (call.total() - 200)));
        } else {
            addMessage(call.chatId, MessageSender.PARTNER, call.text, null);
        }
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        throw new UnsupportedOperationException("the outbox reads history with getAllHistory");
    }

}
