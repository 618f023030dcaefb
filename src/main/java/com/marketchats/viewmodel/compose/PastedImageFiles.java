package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns a pasted clipboard image into a PNG file the outbox can take, named the way a screenshot tool
 * names it ("Снимок 2026-11-26 14-05.png"), so the buyer sees a sensible file name. Each image gets a
 * temporary folder of its own, so two pastes in the same minute keep the same readable name; the outbox
 * copies the file, after which {@link #delete} removes the temporary one.
 */
final class PastedImageFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PastedImageFiles.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm");

    private final I18n texts;
    private final Clock clock;

    PastedImageFiles(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** Writes the image as a PNG into a new temporary folder (blocks on disk). */
    Path write(int width, int height, int[] argbPixels) {
        byte[] png = PngEncoder.encode(width, height, argbPixels);
        String name = texts.text("attach.pastedImage.name", STAMP.format(LocalDateTime.now(clock)));
        try {
            Path folder = Files.createTempDirectory("market-chats-paste");
            return Files.write(folder.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the pasted image to a temporary file", e);
        }
    }

    /** Removes a file {@link #write} made, with its folder. */
    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary pasted image {}: {}", file, e.toString());
        }
    }
}
