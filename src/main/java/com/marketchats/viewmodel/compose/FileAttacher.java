package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.OutboxInputException;
import com.marketchats.service.outbox.OutboxInputException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues files for a chat one by one, in the order given, and says in plain words why each refused
 * file was refused, naming it. The checks themselves (exists, a regular file, readable, not empty,
 * at most 5 MB) are the outbox's: {@link ChatInbox#sendFile} runs them before it stores anything, so
 * the compose box and the outbox can never disagree. Blocks on disk: run it on the background.
 */
final class FileAttacher {

    private static final Logger LOG = LoggerFactory.getLogger(FileAttacher.class);
    private static final double BYTES_PER_MEGABYTE = 1024.0 * 1024.0;

    private final ChatInbox inbox;
    private final I18n texts;

    FileAttacher(ChatInbox inbox, I18n texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    /** Queues every acceptable file; answers one message per refused file, in the order given. */
    List<String> attach(long chatId, List<Path> files) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                inbox.sendFile(chatId, file);
            } catch (OutboxInputException refused) {
                problems.add(describe(file, refused.problem()));
            } catch (RuntimeException failure) {
                LOG.warn("Could not queue a file for chat {}: {}", chatId, failure.toString());
                problems.add(texts.text("attach.problem.unexpected", displayName(file)));
            }
        }
        return problems;
    }

    private String describe(Path file, Problem problem) {
        String name = displayName(file);
        if (problem == Problem.FILE_TOO_LARGE) {
            try {
                String size = texts.text("size.megabytes", Files.size(file) / BYTES_PER_MEGABYTE);
                return texts.text("attach.problem.tooLarge", name, size);
            } catch (IOException | RuntimeException e) {
                // The size could not be read again: the message without it still names the file.
                return texts.text("outbox.problem.FILE_TOO_LARGE", name);
            }
        }
        return texts.text("outbox.problem." + problem, name);
    }

    /** The file's own name as the seller knows it ("отчёт.pdf"), or the whole path for a root. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
