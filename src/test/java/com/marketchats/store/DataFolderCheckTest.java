package com.marketchats.store;

import com.marketchats.store.DataFolderCheck.Kind;
import com.marketchats.store.DataFolderCheck.Problem;
import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DataFolderCheckTest {

    @TempDir
    Path temp;

    @Test
    void aUsableFolderPassesAndKeepsNoProbe() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("market-chats"));

        assertThat(DataFolderCheck.check(folder)).isEmpty();

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsCreatedOwnerOnly() throws IOException {
        Path folder = temp.resolve("share/market-chats");

        assertThat(DataFolderCheck.check(folder)).isEmpty();

        assertThat(folder).isDirectory();
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void aFileInsteadOfTheFolderOrOnTheWayToItIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("market-chats"), "notes");

        Optional<Problem> itself = DataFolderCheck.check(file);
        Optional<Problem> below = DataFolderCheck.check(file.resolve("data/inner"));

        assertThat(itself).map(Problem::kind).contains(Kind.NOT_A_FOLDER);
        assertThat(itself).map(Problem::detail).get().asString().contains(file.toString());
        assertThat(below).map(Problem::kind).contains(Kind.NOT_A_FOLDER);
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    /**
     * Root may write anywhere, and the tests run as root here: the check then runs in a child process
     * whose capabilities lack DAC override, as a normal user's would.
     */
    @Test
    void aFolderWithoutWritePermissionIsReadOnlyAndAMissingFolderInItCannotBeCreated() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path folder = Files.createDirectories(temp.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));

        String inFolder = checkAsOwner(folder);
        String below = checkAsOwner(folder.resolve("market-chats"));

        assertThat(inFolder).startsWith("READ_ONLY").contains(folder.toString());
        assertThat(below).startsWith("CANNOT_CREATE").contains("market-chats");
    }

    @Test
    void aFullDiskOrQuotaIsToldApartFromOtherFailures() {
        assertThat(DataFolderCheck.isFull(new FileSystemException("/data/x", null, "No space left on device"))).isTrue();
        assertThat(DataFolderCheck.isFull(new IOException("No space left on device"))).isTrue();
        assertThat(DataFolderCheck.isFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(DataFolderCheck.isFull(new IOException("There is not enough space on the disk"))).isTrue();
        assertThat(DataFolderCheck.isFull(new FileSystemException("/data/x", null, "Read-only file system"))).isFalse();
        assertThat(DataFolderCheck.isFull(new AccessDeniedException("/data/x"))).isFalse();
    }

    /** The check in this process when it is not root, otherwise in a child process without DAC override. */
    private String checkAsOwner(Path folder) throws Exception {
        if (!isRoot()) {
            return DataFolderCheck.check(folder).map(problem -> problem.kind() + " " + problem.detail()).orElse("OK");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "running as root without setpriv to drop DAC override");
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search",
                ChildJvm.javaLauncher(), "-cp", ChildJvm.classPath(), DataFolderCheckChild.class.getName(), folder.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8).strip();
        assertThat(child.exitValue()).as(text).isZero();
        return text.lines().reduce((first, last) -> last).orElse("");
    }

    /** A folder this process made belongs to its effective user. */
    private boolean isRoot() throws IOException {
        return temp.getFileSystem().supportedFileAttributeViews().contains("unix")
                && Integer.valueOf(0).equals(Files.getAttribute(temp, "unix:uid"));
    }
}
