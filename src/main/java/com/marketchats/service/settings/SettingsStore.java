package com.marketchats.service.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.marketchats.store.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes {@code settings.json} in the data folder. A write goes to a temporary file that is
 * then moved over the old one, so a crash mid-write leaves the previous settings whole. A file that
 * cannot be read is moved aside (kept for support, never deleted) and the defaults are used: bad
 * settings must never stop the app from starting.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Path dataDirectory;
    private final Path file;
    private volatile Path damagedCopy;

    public SettingsStore(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * The saved settings, or the defaults with {@code defaultReplies} when there are none yet or the
     * file is damaged (then it is moved aside first, see {@link #damagedCopy()}).
     */
    public AppSettings load(Supplier<List<QuickReply>> defaultReplies) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return AppSettings.defaults(defaultReplies.get());
        } catch (IOException e) {
            LOG.warn("Cannot read {}, using the default settings: {}", file, e.toString());
            return AppSettings.defaults(defaultReplies.get());
        }
        try {
            SettingsFile saved = MAPPER.readValue(content, SettingsFile.class);
            if (saved == null) {
                throw new IOException("the file holds no settings");
            }
            return saved.toSettings(defaultReplies);
        } catch (IOException | RuntimeException e) {
            moveAside(e);
            return AppSettings.defaults(defaultReplies.get());
        }
    }

    /** Where the last {@link #load} put a damaged settings file, if it found one. */
    public Optional<Path> damagedCopy() {
        return Optional.ofNullable(damagedCopy);
    }

    /** Writes the settings atomically; fails with {@link UncheckedIOException} when the disk refuses. */
    public void save(AppSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Path temporary = null;
        try {
            OwnerOnlyFiles.createDirectories(dataDirectory);
            byte[] json = MAPPER.writeValueAsBytes(SettingsFile.of(settings));
            temporary = Files.createTempFile(dataDirectory, "settings-", ".tmp");
            Files.write(temporary, json);
            moveOver(temporary, file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot save the settings to " + file, e);
        }
    }

    private void moveAside(Exception reason) {
        String stamp = STAMP.format(LocalDateTime.now());
        try {
            Path target = dataDirectory.resolve("settings.damaged-" + stamp + ".json");
            for (int attempt = 1; Files.exists(target); attempt++) {
                target = dataDirectory.resolve("settings.damaged-" + stamp + "-" + attempt + ".json");
            }
            damagedCopy = Files.move(file, target);
            LOG.warn("{} could not be read ({}); moved it to {} and started with the default settings",
                    file, reason.toString(), target);
        } catch (IOException e) {
            LOG.warn("{} could not be read ({}) nor moved aside ({}); using the default settings",
                    file, reason.toString(), e.toString());
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.debug("cannot delete the temporary file {}: {}", temporary, e.toString());
        }
    }
}
