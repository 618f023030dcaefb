package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.service.outbox.ComposeChecks;
import com.marketchats.service.outbox.OutboxInputException;
import com.marketchats.service.outbox.OutboxInputException.Problem;
import com.marketchats.viewmodel.FileSizes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Describes a file put into the send sheet: its name, size, whether a thumbnail can show it, and in plain
 * words why it cannot go. The checks themselves (exists, a regular file, readable, not empty, at most
 * 5 MB) are the outbox's own ({@link ComposeChecks#file}), so the sheet and the outbox never disagree.
 * Blocks on disk: run it on the background.
 */
final class SheetFileChecks {

    /** The formats JavaFX's {@code Image} can draw, so a thumbnail is only offered where one can be shown. */
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private final I18n texts;

    SheetFileChecks(I18n texts) {
        this.texts = texts;
    }

    /** The file as the sheet lists it, refused with the reason when it cannot be sent. */
    SheetFile check(Path file, boolean pasted) {
        String name = displayName(file);
        try {
            long size = ComposeChecks.file(file);
            return new SheetFile(file, name, FileSizes.human(size, texts), isImage(name), "", pasted);
        } catch (OutboxInputException refused) {
            return new SheetFile(file, name, sizeIfKnown(file), false, describe(file, refused.problem()), pasted);
        }
    }

    /** Why the outbox refused a file, naming it; the size too when it is over the limit. */
    String describe(Path file, Problem problem) {
        String name = displayName(file);
        if (problem == Problem.FILE_TOO_LARGE) {
            String size = sizeIfKnown(file);
            return size.isEmpty() ? texts.text("outbox.problem.FILE_TOO_LARGE", name)
                    : texts.text("attach.problem.tooLarge", name, size);
        }
        return texts.text("outbox.problem." + problem, name);
    }

    private String sizeIfKnown(Path file) {
        try {
            return Files.isRegularFile(file) ? FileSizes.human(Files.size(file), texts) : "";
        } catch (IOException | RuntimeException e) {
            // The size could not be read: the reason alone still says what is wrong.
            return "";
        }
    }

    private static boolean isImage(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The file's own name as the seller knows it ("отчёт.pdf"), or the whole path for a root. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
