package com.marketchats.viewmodel.compose;

import com.marketchats.service.inbox.ChatInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Writes drafts on the background so typing never waits on disk. Saves asked for while a write is
 * under way are coalesced: only the last text of each chat is written, and writes keep their order, so
 * the last text always wins.
 */
final class DraftSaver {

    private static final Logger LOG = LoggerFactory.getLogger(DraftSaver.class);

    private final ChatInbox inbox;
    private final Executor background;
    /** Texts not written yet, by chat; guarded by itself. */
    private final Map<Long, String> pending = new LinkedHashMap<>();
    /** Held while a batch is taken and written, so two writers never reorder the same chat's texts. */
    private final Object writeLock = new Object();
    private boolean drainScheduled;

    DraftSaver(ChatInbox inbox, Executor background) {
        this.inbox = inbox;
        this.background = background;
    }

    /** Remembers a chat's text (blank deletes its draft) and writes it soon on the background. */
    void save(long chatId, String text) {
        synchronized (pending) {
            pending.put(chatId, text == null ? "" : text);
            if (drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        background.execute(this::drain);
    }

    /** Writes every pending text now, on the calling thread (blocks on disk: for closing the app). */
    void flush() {
        drain();
    }

    /** A chat's draft, including a text not written yet (blocks on disk: call it on the background). */
    Optional<String> read(long chatId) {
        synchronized (writeLock) {
            synchronized (pending) {
                if (pending.containsKey(chatId)) {
                    String text = pending.get(chatId);
                    return text.isBlank() ? Optional.empty() : Optional.of(text);
                }
            }
            return inbox.draft(chatId);
        }
    }

    private void drain() {
        synchronized (writeLock) {
            while (true) {
                Map<Long, String> batch;
                synchronized (pending) {
                    if (pending.isEmpty()) {
                        drainScheduled = false;
                        return;
                    }
                    batch = new LinkedHashMap<>(pending);
                    pending.clear();
                }
                batch.forEach(this::write);
            }
        }
    }

    private void write(long chatId, String text) {
        try {
            inbox.saveDraft(chatId, text);
        } catch (RuntimeException e) {
            // The text is still in the compose box; the next keystroke or chat switch saves it again.
            LOG.warn("Could not save the draft of chat {}: {}", chatId, e.toString());
        }
    }
}
