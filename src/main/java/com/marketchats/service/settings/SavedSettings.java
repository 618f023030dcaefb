package com.marketchats.service.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A settings file as read and found good: its bytes, which become the backup when the file is
 * replaced, and what they hold. Anything short of that (unreadable, empty, cut off, holding no
 * settings) is damage.
 */
record SavedSettings(byte[] content, SettingsFile settings) {

    private static final Logger LOG = LoggerFactory.getLogger(SavedSettings.class);

    /** The settings in {@code path} when it exists, is readable and parses; empty otherwise. */
    static Optional<SavedSettings> readGood(Path path) {
        return readBytes(path).flatMap(content -> parse(content, path));
    }

    /** The file's bytes; empty when it is missing or unreadable. */
    static Optional<byte[]> readBytes(Path path) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", path, e.toString());
            return Optional.empty();
        }
    }

    /** What {@code content} holds if it is whole settings; {@code source} names it in the log. */
    static Optional<SavedSettings> parse(byte[] content, Path source) {
        try {
            SettingsFile saved = SettingsJson.MAPPER.readValue(content, SettingsFile.class);
            if (saved == null) {
                throw new IOException("the file holds no settings");
            }
            // toSettings skips what it cannot use, but a value it still rejects must count as damage
            // here rather than fail the start later.
            saved.toSettings(List::of);
            return Optional.of(new SavedSettings(content, saved));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read as settings: {}", source, e.toString());
            return Optional.empty();
        }
    }
}
