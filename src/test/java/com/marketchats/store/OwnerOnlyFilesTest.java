package com.marketchats.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Owner-only folders and files in the data folder (POSIX systems only). */
class OwnerOnlyFilesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void onlyWherePermissionsArePosix() {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "this file system has no POSIX permissions; there is nothing to check");
    }

    @Test
    void createDirectoriesMakesEveryMissingFolderOwnerOnlyAndLeavesExistingOnesAlone() throws IOException {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path deep = temp.resolve("data/business-7/outbox-files");

        assertThat(OwnerOnlyFiles.createDirectories(deep)).isDirectory();
        assertThat(OwnerOnlyFiles.createDirectories(deep)).isDirectory();

        assertThat(mode(temp.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("data/business-7"))).isEqualTo("rwx------");
        assertThat(mode(deep)).isEqualTo("rwx------");
        assertThat(mode(temp)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void tightenMakesFoldersAndFilesOwnerOnlyAndLeavesLinkTargetsAlone() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path cabinet = Files.createDirectories(data.resolve("business-7/attachments"));
        Path database = Files.writeString(data.resolve("business-7/chats.db"), "x");
        Path photo = Files.writeString(cabinet.resolve("1-2-0.jpg"), "x");
        Path locked = Files.createDirectories(data.resolve("logs"));
        Path log = Files.writeString(locked.resolve("app.log"), "x");
        Path outside = Files.writeString(temp.resolve("outside.txt"), "x");
        Path outsideFolder = Files.createDirectories(temp.resolve("outside"));
        for (Path path : new Path[]{data, cabinet.getParent(), cabinet, outsideFolder}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxr-x"));
        }
        for (Path path : new Path[]{database, photo, log, outside}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-rw-r--"));
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
        Files.createSymbolicLink(data.resolve("link-to-file"), outside);
        Files.createSymbolicLink(data.resolve("link-to-folder"), outsideFolder);

        OwnerOnlyFiles.tighten(data);

        for (Path folder : new Path[]{data, cabinet.getParent(), cabinet, locked}) {
            assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        for (Path file : new Path[]{database, photo, log}) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
        assertThat(mode(outside)).isEqualTo("rw-rw-r--");
        assertThat(mode(outsideFolder)).isEqualTo("rwxrwxr-x");
    }

    @Test
    void tightenWalksThroughALinkedDataFolderAndIgnoresAMissingOne() throws IOException {
        Path real = Files.createDirectories(temp.resolve("disk/market-chats"));
        Path file = Files.writeString(real.resolve("settings.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(temp.resolve("market-chats"), real);

        OwnerOnlyFiles.tighten(link);
        OwnerOnlyFiles.tighten(temp.resolve("missing"));

        assertThat(mode(real)).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void tightenOnThousandsOfFilesInOrderIsQuick() throws IOException {
        Path data = OwnerOnlyFiles.createDirectories(temp.resolve("data/business-1/attachments"));
        IntStream.range(0, 3_000).forEach(i -> write(data.resolve(i + ".jpg")));
        OwnerOnlyFiles.tighten(temp.resolve("data"));

        long started = System.nanoTime();
        OwnerOnlyFiles.tighten(temp.resolve("data"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(mode(data.resolve("2999.jpg"))).isEqualTo("rw-------");
        assertThat(millis).as("a second walk over 3,000 files in order").isLessThan(2_000);
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "x");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
