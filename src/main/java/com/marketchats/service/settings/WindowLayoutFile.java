package com.marketchats.service.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.marketchats.store.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code window.json} in the data folder. A save replaces the file atomically, so a
 * crash leaves the old layout or the new one; a missing or damaged file is a first start, since a
 * layout is not worth a backup or a recovery notice.
 */
public final class WindowLayoutFile {

    public static final String FILE_NAME = "window.json";
    private static final Logger LOG = LoggerFactory.getLogger(WindowLayoutFile.class);

    private final Path file;

    public WindowLayoutFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The saved layout, or {@link WindowLayout#NONE} when there is none that can be read. */
    public WindowLayout load() {
        try {
            WindowLayout saved = SettingsJson.MAPPER.readValue(Files.readAllBytes(file), WindowLayout.class);
            return saved == null ? WindowLayout.NONE : saved;
        } catch (NoSuchFileException e) {
            return WindowLayout.NONE;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read as a window layout; the window opens as on a first start: {}", file,
                    e.toString());
            return WindowLayout.NONE;
        }
    }

    /** Writes the layout; fails with {@link UncheckedIOException} when the disk refuses. */
    public synchronized void save(WindowLayout layout) {
        try {
            DurableFiles.replace(file, SettingsJson.MAPPER.writeValueAsBytes(layout));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a window layout cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the window layout to " + file, e);
        }
    }
}
