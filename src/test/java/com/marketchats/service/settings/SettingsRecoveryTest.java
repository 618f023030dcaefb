package com.marketchats.service.settings;

import com.marketchats.service.settings.SettingsRecovery.Kind;
import com.marketchats.store.AccountFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged settings file: the cabinets come back from the backup or from their folders. */
class SettingsRecoveryTest {

    private static final List<QuickReply> REPLIES = List.of(new QuickReply("Hello", "Hello!"));
    private static final String API = "https://api.partner.market.yandex.ru";
    private static final AccountRef TEAPOTS = new AccountRef("a1", "Teapots", 11, API, false);
    private static final AccountRef KETTLES = new AccountRef("a2", "Kettles", 22, API, false);
    private static final AccountRef DEMO = new AccountRef("demo", "", 1, "http://127.0.0.1:1", true);

    @TempDir
    Path folder;

    /** The credential vault as recovery sees it: which account ids still have a key. */
    private final Set<String> keys = new HashSet<>(Set.of("a1", "a2"));

    @Test
    void aTruncatedFileIsReplacedByTheBackupWithItsCabinets() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings previous = AppSettings.defaults(REPLIES).withTheme(Theme.DARK).withAccount(TEAPOTS)
                .withLastAccountId("a1");
        store.save(previous);
        store.save(previous.withAccount(KETTLES));
        byte[] truncated = cutInHalf(store.file());

        AppSettings loaded = store.load(() -> REPLIES, keys::contains);

        assertThat(loaded).isEqualTo(previous);
        assertThat(store.recovery()).hasValueSatisfying(recovery -> {
            assertThat(recovery.kind()).isEqualTo(Kind.RESTORED_FROM_BACKUP);
            assertThat(recovery.cabinets()).containsExactly(TEAPOTS);
            assertThat(recovery.damagedCopy()).hasValueSatisfying(copy -> assertThat(copy).hasBinaryContent(truncated));
        });
        SettingsStore nextStart = new SettingsStore(folder);
        assertThat(nextStart.load(() -> REPLIES, keys::contains)).isEqualTo(previous);
        assertThat(nextStart.recovery()).as("settings.json was rewritten and is valid").isEmpty();
    }

    @Test
    void anEmptyFileOrOneHoldingNoSettingsIsDamageToo() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings saved = AppSettings.defaults(REPLIES).withAccount(TEAPOTS);
        store.save(saved);
        store.save(saved);

        for (String content : List.of("", "null")) {
            Files.writeString(store.file(), content);
            assertThat(store.load(() -> REPLIES, keys::contains)).isEqualTo(saved);
            assertThat(store.recovery()).map(SettingsRecovery::kind).hasValue(Kind.RESTORED_FROM_BACKUP);
        }
    }

    @Test
    void withBothFilesDamagedTheCabinetsWhoseKeyIsStoredAreFoundOnDisk() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings saved = AppSettings.defaults(REPLIES).withTheme(Theme.DARK)
                .withAccount(TEAPOTS).withAccount(KETTLES).withAccount(DEMO);
        store.save(saved);
        store.save(saved.withLastAccountId("a2"));
        cutInHalf(store.file());
        cutInHalf(folder.resolve(SettingsStore.BACKUP_NAME));
        keys.remove("a2");

        AppSettings loaded = store.load(() -> REPLIES, keys::contains);

        assertThat(loaded).isEqualTo(AppSettings.defaults(REPLIES).withAccount(TEAPOTS));
        assertThat(store.recovery()).hasValueSatisfying(recovery -> {
            assertThat(recovery.kind()).isEqualTo(Kind.CABINETS_FOUND_ON_DISK);
            assertThat(recovery.cabinets()).containsExactly(TEAPOTS);
            assertThat(recovery.damagedCopy()).hasValueSatisfying(copy -> assertThat(copy).exists());
        });
        assertThat(new SettingsStore(folder).load(() -> REPLIES).accounts()).containsExactly(TEAPOTS);
    }

    @Test
    void aCabinetRemovedInSettingsIsNotRecovered() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings both = AppSettings.defaults(REPLIES).withAccount(TEAPOTS).withAccount(KETTLES);
        store.save(both);
        store.save(both.withAccounts(List.of(TEAPOTS)));
        keys.remove("a2");
        cutInHalf(store.file());
        cutInHalf(folder.resolve(SettingsStore.BACKUP_NAME));

        assertThat(AccountFiles.of(folder, 22).cabinetManifest()).as("its manifest").doesNotExist();
        assertThat(store.load(() -> REPLIES, keys::contains).accounts()).containsExactly(TEAPOTS);
    }

    @Test
    void aManifestIsKeptPerRealCabinetWithoutItsKeyAndNoneForTheDemo() throws IOException {
        new SettingsStore(folder).save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS).withAccount(DEMO));

        assertThat(AccountFiles.of(folder, 11).cabinetManifest()).content()
                .contains("\"id\" : \"a1\"", "\"label\" : \"Teapots\"", "\"businessId\" : 11")
                .doesNotContainIgnoringCase("key").doesNotContainIgnoringCase("token");
        assertThat(AccountFiles.of(folder, 1).folder()).doesNotExist();
    }

    @Test
    void aRenamedCabinetsManifestFollowsTheNewLabel() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS));
        store.save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS.withLabel("Samovars")));

        assertThat(AccountFiles.of(folder, 11).cabinetManifest()).content().contains("\"label\" : \"Samovars\"");
    }

    @Test
    void aManifestCopiedIntoAnotherCabinetsFolderIsIgnored() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS));
        Path stray = AccountFiles.of(folder, 99).cabinetManifest();
        Files.createDirectories(stray.getParent());
        Files.copy(AccountFiles.of(folder, 11).cabinetManifest(), stray);
        Files.writeString(store.file(), "{");

        assertThat(store.load(() -> REPLIES, id -> true).accounts()).containsExactly(TEAPOTS);
    }

    @Test
    void withNothingToRecoverTheDefaultsAreUsedAndSaid() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{\"accounts\": [");

        assertThat(store.load(() -> REPLIES, keys::contains)).isEqualTo(AppSettings.defaults(REPLIES));
        assertThat(store.recovery()).map(SettingsRecovery::kind).hasValue(Kind.DEFAULTS);
        assertThat(store.file()).as("the next start is a first start").doesNotExist();
    }

    @Test
    void aMissingFileBesideABackupIsRecoveredWithoutADamagedCopy() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings saved = AppSettings.defaults(REPLIES).withAccount(TEAPOTS);
        store.save(saved);
        store.save(saved.withTheme(Theme.DARK));
        Files.delete(store.file());

        assertThat(store.load(() -> REPLIES, keys::contains)).isEqualTo(saved);
        assertThat(store.recovery()).hasValue(new SettingsRecovery(Kind.RESTORED_FROM_BACKUP, Optional.empty(),
                List.of(TEAPOTS)));
        assertThat(store.file()).exists();
    }

    @Test
    void aMissingFileBesideCabinetFoldersIsRecoveredFromTheirManifests() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(REPLIES).withAccount(KETTLES));
        Files.delete(store.file());

        assertThat(store.load(() -> REPLIES, keys::contains).accounts()).containsExactly(KETTLES);
        assertThat(store.recovery()).map(SettingsRecovery::kind).hasValue(Kind.CABINETS_FOUND_ON_DISK);
    }

    @Test
    void aLoadThatCannotCheckKeysFindsNoCabinetsOnDisk() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(REPLIES).withAccount(KETTLES));
        Files.delete(store.file());

        assertThat(store.load(() -> REPLIES)).isEqualTo(AppSettings.defaults(REPLIES));
        assertThat(store.recovery()).isEmpty();
    }

    @Test
    void aSaveNeverReplacesAGoodBackupWithADamagedFile() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS));
        store.save(AppSettings.defaults(REPLIES).withAccount(TEAPOTS).withAccount(KETTLES));
        Path backup = folder.resolve(SettingsStore.BACKUP_NAME);
        byte[] goodBackup = Files.readAllBytes(backup);
        cutInHalf(store.file());

        AppSettings latest = AppSettings.defaults(REPLIES).withTheme(Theme.LIGHT);
        store.save(latest);

        assertThat(backup).hasBinaryContent(goodBackup);
        assertThat(new SettingsStore(folder).load(() -> REPLIES)).isEqualTo(latest);
    }

    @Test
    void aFirstSaveWritesTheFileAndNoBackup() {
        SettingsStore store = new SettingsStore(folder.resolve("new"));
        AppSettings saved = AppSettings.defaults(REPLIES).withAccount(TEAPOTS);

        store.save(saved);

        assertThat(store.load(() -> REPLIES)).isEqualTo(saved);
        assertThat(folder.resolve("new").resolve(SettingsStore.BACKUP_NAME)).doesNotExist();
    }

    @Test
    void aDataFolderThatIsAFileFailsTheSaveAndIsLeftAsItWas() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("data"), "not a folder");

        assertThatThrownBy(() -> new SettingsStore(notAFolder).save(AppSettings.defaults(REPLIES)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(notAFolder).hasContent("not a folder");
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        AppSettings old = AppSettings.defaults(REPLIES).withAccount(TEAPOTS);
        store.save(old);
        byte[] oldFile = Files.readAllBytes(store.file());
        Path backup = folder.resolve(SettingsStore.BACKUP_NAME);
        Files.createDirectories(backup.resolve("in-the-way"));

        assertThatThrownBy(() -> store.save(old.withAccount(KETTLES))).isInstanceOf(UncheckedIOException.class);
        assertThat(store.file()).hasBinaryContent(oldFile);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /** Cuts a file in half, as a power loss during a write without fsync may; returns what is left. */
    private static byte[] cutInHalf(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(content, content.length / 2);
        Files.write(file, half);
        return half;
    }
}
