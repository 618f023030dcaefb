package com.marketchats.service.settings;

import com.marketchats.store.AccountFiles;
import com.marketchats.store.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small file in each real cabinet's folder ({@link AccountFiles#cabinetManifest()}) with the facts
 * the settings keep about it, so that the cabinets can be found again when both {@code settings.json}
 * and its backup are lost: the cabinet's chats and queued replies are in that folder, and a seller
 * who lost the settings must not lose the way to them. Demo cabinets get none: they hold nothing that
 * cannot be made again.
 */
final class CabinetManifests {

    private static final Logger LOG = LoggerFactory.getLogger(CabinetManifests.class);

    /** The file's shape; no key, ever. */
    record Manifest(String id, String label, Long businessId, String baseUrl, ReplyTargetEntry replyTarget,
                    QuietHoursEntry quietHours) {

        static Manifest of(AccountRef cabinet) {
            return new Manifest(cabinet.id(), cabinet.label(), cabinet.businessId(), cabinet.baseUrl(),
                    ReplyTargetEntry.of(cabinet.replyTarget()), QuietHoursEntry.of(cabinet.quietHours()));
        }

        boolean valid() {
            return id != null && !id.isBlank() && businessId != null && businessId > 0 && baseUrl != null;
        }

        AccountRef toAccount() {
            return new AccountRef(id, label, businessId, baseUrl, false, ReplyTargetEntry.toTarget(replyTarget),
                    QuietHoursEntry.toQuietHours(quietHours));
        }
    }

    private final Path dataDirectory;

    CabinetManifests(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Brings the manifests in line with a save: writes those of {@code cabinets} that changed and
     * deletes those of the cabinets in {@code previous} that are gone. The settings file is already
     * saved when this runs, so a failure here is logged rather than reported as a failed save.
     */
    void update(List<AccountRef> cabinets, List<AccountRef> previous) {
        cabinets.stream().filter(cabinet -> !cabinet.demo()).forEach(this::write);
        Set<String> kept = cabinets.stream().map(AccountRef::id).collect(Collectors.toSet());
        previous.stream().filter(cabinet -> !cabinet.demo() && !kept.contains(cabinet.id()))
                .forEach(this::deleteIfStillFor);
    }

    /**
     * The cabinets whose manifests are on disk and whose key {@code keyExists}, by business id. A key
     * check that fails (a locked keychain) keeps the cabinet: showing a cabinet that asks for its key
     * again costs the seller a click, hiding one with queued replies costs them the replies.
     */
    List<AccountRef> find(Predicate<String> keyExists) {
        List<AccountRef> found = new ArrayList<>();
        if (!Files.isDirectory(dataDirectory)) {
            return found;
        }
        try (Stream<Path> children = Files.list(dataDirectory)) {
            children.filter(Files::isDirectory).map(this::read).flatMap(Optional::stream)
                    .filter(cabinet -> hasKey(cabinet, keyExists)).forEach(found::add);
        } catch (IOException e) {
            LOG.warn("Cannot look for cabinets in {}: {}", dataDirectory, e.toString());
        }
        found.sort(Comparator.comparingLong(AccountRef::businessId));
        return found;
    }

    private void write(AccountRef cabinet) {
        Path manifest = AccountFiles.of(dataDirectory, cabinet.businessId()).cabinetManifest();
        try {
            byte[] json = SettingsJson.MAPPER.writeValueAsBytes(Manifest.of(cabinet));
            // Every save rewrites the settings; skipping unchanged manifests keeps that from forcing
            // one file per cabinet to the disk each time the seller switches cabinets.
            if (Files.isRegularFile(manifest) && Arrays.equals(Files.readAllBytes(manifest), json)) {
                return;
            }
            DurableFiles.replace(manifest, json);
        } catch (IOException e) {
            LOG.warn("Cannot write the manifest of cabinet {} to {}: {}", cabinet.businessId(), manifest,
                    e.toString());
        }
    }

    private void deleteIfStillFor(AccountRef removed) {
        Path manifest = AccountFiles.of(dataDirectory, removed.businessId()).cabinetManifest();
        // Another cabinet of the same business may have been added since; its manifest stays.
        if (read(manifest.getParent()).filter(cabinet -> cabinet.id().equals(removed.id())).isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(manifest);
            DurableFiles.forceFolder(manifest.getParent());
        } catch (IOException e) {
            LOG.warn("Cannot delete the manifest {} of a removed cabinet: {}", manifest, e.toString());
        }
    }

    /** The cabinet of a folder, if its manifest is readable and belongs to that very folder. */
    private Optional<AccountRef> read(Path folder) {
        Path manifest = new AccountFiles(dataDirectory, folder).cabinetManifest();
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            Manifest saved = SettingsJson.MAPPER.readValue(Files.readAllBytes(manifest), Manifest.class);
            // A folder copied or renamed by hand would otherwise show another cabinet's chats.
            if (saved == null || !saved.valid()
                    || !AccountFiles.of(dataDirectory, saved.businessId()).folder().equals(folder)) {
                return Optional.empty();
            }
            return Optional.of(saved.toAccount());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the cabinet manifest {}: {}", manifest, e.toString());
            return Optional.empty();
        }
    }

    private static boolean hasKey(AccountRef cabinet, Predicate<String> keyExists) {
        try {
            return keyExists.test(cabinet.id());
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the key of cabinet {}, keeping it: {}", cabinet.businessId(), e.toString());
            return true;
        }
    }
}
