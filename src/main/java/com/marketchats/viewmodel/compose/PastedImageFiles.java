package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns a pasted clipboard image into a PNG file the outbox can take, named the way a screenshot tool
 * names it ("Снимок 2026-11-26 14-05.png"), so the buyer sees a sensible file name. The JDK's ImageIO
 * encodes it. Each image gets a temporary folder of its own, so two pastes in the same minute keep the
 * same readable name; {@link #delete} removes the file and its folder once the sheet is done with it.
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
        String name = texts.text("attach.pastedImage.name", STAMP.format(LocalDateTime.now(clock)));
        try {
            Path folder = Files.createTempDirectory("market-chats-paste");
            Path file = folder.resolve(name);
            writePng(file, width, height, argbPixels);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the pasted image to a temporary file", e);
        }
    }

    /** Writes ARGB pixels (row by row, as JavaFX's {@code PixelReader} gives them) as a PNG file. */
    static void writePng(Path file, int width, int height, int[] argbPixels) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argbPixels, 0, width);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("this Java has no PNG writer");
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
