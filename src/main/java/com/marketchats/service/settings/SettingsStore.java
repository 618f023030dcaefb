package com.marketchats.service.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.marketchats.service.settings.SettingsRecovery.Kind;
import com.marketchats.store.DurableFiles;
import com.marketchats.store.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads and writes {@code settings.json} in the data folder. A save replaces the file atomically and
 * durably, keeps the version it replaces as {@code settings.json.bak} when that version is good, and
 * leaves a manifest in each real cabinet's folder ({@link CabinetManifests}). A damaged file is kept
 * aside for support and the settings come from the backup, else from the manifests: a seller's
 * cabinets must not vanish because a power loss cut the file, and bad settings must never stop the app
 * from starting.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    public static final String BACKUP_NAME = FILE_NAME + ".bak";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDirectory;
    private final Path file;
    private final Path backup;
    private final CabinetManifests manifests;
    // Set by a load, read from any thread. Loads and saves themselves are synchronized: a save reads the
    // file it replaces (for the backup and the removed cabinets' manifests) and a recovering load saves.
    private volatile SettingsRecovery recovery;

    /** The settings {@link #saveLater} has yet to write; null when it has written them all. */
    private final AtomicReference<AppSettings> newest = new AtomicReference<>();

    public SettingsStore(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.file = dataDirectory.resolve(FILE_NAME);
        this.backup = dataDirectory.resolve(BACKUP_NAME);
        this.manifests = new CabinetManifests(dataDirectory);
    }

    public Path file() {
        return file;
    }

    /**
     * Like {@link #load(Supplier, Predicate)} with no key found for any cabinet: it cannot tell a lost
     * cabinet from a removed one, so it recovers from the backup only. For callers that read settings
     * after start-up, when a recovery has already been done and saved.
     */
    public AppSettings load(Supplier<List<QuickReply>> defaultReplies) {
        return load(defaultReplies, accountId -> false);
    }

    /**
     * The saved settings, or the defaults with {@code defaultReplies} on a first start. When the file
     * is damaged or unreadable, a copy is kept aside and the settings come from the backup, else from
     * the cabinet manifests whose account {@code keyExists} (a removed cabinet's key is deleted, so it
     * does not come back), else the defaults; {@link #recovery()} tells which. A missing file next to
     * a usable backup or manifest is recovered the same way: settings were there and got lost.
     * Recovered settings are saved at once so that the next start finds a good file.
     */
    public synchronized AppSettings load(Supplier<List<QuickReply>> defaultReplies, Predicate<String> keyExists) {
        Objects.requireNonNull(keyExists, "keyExists");
        Optional<SavedSettings> current;
        try {
            current = SavedSettings.parse(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            return recover(defaultReplies, keyExists, false)
                    .orElseGet(() -> AppSettings.defaults(defaultReplies.get()));
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
            current = Optional.empty();
        }
        if (current.isPresent()) {
            return current.get().settings().toSettings(defaultReplies);
        }
        return recover(defaultReplies, keyExists, true).orElseGet(() -> startAfresh(defaultReplies));
    }

    /**
     * What the last load of this store that met a damaged file did instead. It stays after later loads,
     * which find the repaired file, so that the window can still tell the seller once it is up.
     */
    public Optional<SettingsRecovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    /**
     * Saves on {@code background} and returns at once; of two such saves the newer settings always reach the
     * disk last, whichever order the executor's threads run them in (a pause from the tray just after the
     * open cabinet changed must not be undone by the older write).
     */
    public void saveLater(AppSettings settings, Executor background) {
        newest.set(Objects.requireNonNull(settings, "settings"));
        background.execute(() -> {
            synchronized (this) {
                AppSettings toWrite = newest.getAndSet(null);
                if (toWrite != null) {
                    save(toWrite);
                }
            }
        });
    }

    /**
     * Writes the settings atomically and durably, keeping the file it replaces as the backup when that
     * file is good; fails with {@link UncheckedIOException} when the disk refuses, and then the old
     * file is left as it was.
     */
    public synchronized void save(AppSettings settings) {
        Objects.requireNonNull(settings, "settings");
        try {
            byte[] json = SettingsJson.MAPPER.writeValueAsBytes(SettingsFile.of(settings));
            OwnerOnlyFiles.createDirectories(dataDirectory);
            Optional<SavedSettings> previous = SavedSettings.readGood(file);
            if (previous.isPresent()) {
                keepAsBackup(previous.get().content());
            }
            DurableFiles.replace(file, json);
            manifests.update(settings.accounts(),
                    previous.map(saved -> saved.settings().toSettings(List::of).accounts()).orElse(List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the settings to " + file, e);
        }
    }

    /** The settings from the backup, else from the manifests, saved as the settings; empty if neither has any. */
    private Optional<AppSettings> recover(Supplier<List<QuickReply>> defaultReplies, Predicate<String> keyExists,
            boolean damagedFile) {
        Optional<AppSettings> fromBackup = SavedSettings.readGood(backup)
                .map(saved -> saved.settings().toSettings(defaultReplies));
        if (fromBackup.isPresent()) {
            return Optional.of(repair(Kind.RESTORED_FROM_BACKUP, fromBackup.get(), damagedFile));
        }
        List<AccountRef> found = manifests.find(keyExists);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(repair(Kind.CABINETS_FOUND_ON_DISK,
                AppSettings.defaults(defaultReplies.get()).withAccounts(found), damagedFile));
    }

    /**
     * Keeps a copy of the damaged file and saves the recovered settings over it: the file is replaced in
     * one step, so a crash here leaves the damaged file to recover from again, never no file at all.
     */
    private AppSettings repair(Kind kind, AppSettings recovered, boolean damagedFile) {
        Optional<Path> damaged = damagedFile ? setAside(false) : Optional.empty();
        recovery = new SettingsRecovery(kind, damaged, recovered.accounts());
        LOG.warn("{} was {}; recovered {} cabinet(s) ({}), the damaged file is kept at {}", file,
                damagedFile ? "damaged" : "missing", recovered.accounts().size(), kind,
                damaged.map(Path::toString).orElse("no copy"));
        try {
            save(recovered);
        } catch (UncheckedIOException e) {
            LOG.warn("Cannot save the recovered settings; the next start recovers again: {}", e.toString());
        }
        return recovered;
    }

    /**
     * Nothing to recover from: the file is moved rather than copied aside, so that the next start is a
     * first start, as the app has always treated a damaged file.
     */
    private AppSettings startAfresh(Supplier<List<QuickReply>> defaultReplies) {
        Optional<Path> damaged = setAside(true);
        recovery = new SettingsRecovery(Kind.DEFAULTS, damaged, List.of());
        LOG.warn("{} was damaged and nothing could be recovered; starting with the default settings", file);
        return AppSettings.defaults(defaultReplies.get());
    }

    /** Keeps the damaged file as {@code settings.damaged-<stamp>.json} for support; never deletes it. */
    private Optional<Path> setAside(boolean move) {
        String stamp = STAMP.format(LocalDateTime.now());
        try {
            Path target = dataDirectory.resolve("settings.damaged-" + stamp + ".json");
            for (int attempt = 1; Files.exists(target); attempt++) {
                target = dataDirectory.resolve("settings.damaged-" + stamp + "-" + attempt + ".json");
            }
            return Optional.of(move ? Files.move(file, target)
                    : Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES));
        } catch (IOException e) {
            LOG.warn("Cannot keep a copy of the damaged {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Rewrites the backup only when it would change, so that a save forces no more than it must. */
    private void keepAsBackup(byte[] previous) throws IOException {
        Optional<byte[]> kept = SavedSettings.readBytes(backup);
        if (kept.isEmpty() || !Arrays.equals(kept.get(), previous)) {
            DurableFiles.replace(backup, previous);
        }
    }
}
