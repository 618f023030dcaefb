package com.marketchats.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Small files replaced atomically, durably and owner-only. */
class DurableFilesTest {

    @TempDir
    Path temp;

    @Test
    void aReplacedFileHasTheNewContentAndNoTemporaryFileStaysBehind() throws IOException {
        Path target = temp.resolve("settings.json");

        DurableFiles.replace(target, bytes("first"));
        DurableFiles.replace(target, bytes("second"));

        assertThat(target).hasContent("second");
        assertThat(names(temp)).containsExactly("settings.json");
    }

    @Test
    void theTemporaryFileIsOwnerOnlyFromItsFirstMomentAndBecomesTheResult() throws IOException {
        onlyWherePermissionsArePosix();
        Path target = Files.writeString(temp.resolve("credentials.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Object oldFile = fileKey(target);
        Path probe = Files.createFile(temp.resolve("probe"), OwnerOnlyFiles.newFileAttribute(temp));

        DurableFiles.replace(target, bytes("new"));

        assertThat(mode(probe)).as("a file created with the temporary file's attribute").isEqualTo("rw-------");
        assertThat(fileKey(target)).as("the target is the temporary file renamed, not the old file rewritten")
                .isNotEqualTo(oldFile);
        assertThat(mode(target)).isEqualTo("rw-------");
    }

    @Test
    void missingFoldersAreCreatedOwnerOnly() throws IOException {
        onlyWherePermissionsArePosix();
        Path target = temp.resolve("data/business-7/cabinet.json");

        DurableFiles.replace(target, bytes("{}"));

        assertThat(target).hasContent("{}");
        assertThat(mode(temp.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("data/business-7"))).isEqualTo("rwx------");
    }

    @Test
    void aFailedReplaceLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        // A folder that is not empty cannot be replaced, so the write gets as far as the move and fails there.
        Path target = Files.createDirectories(temp.resolve("settings.json.bak"));
        Path inside = Files.writeString(target.resolve("kept.txt"), "kept");

        assertThatThrownBy(() -> DurableFiles.replace(target, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(inside).hasContent("kept");
        assertThat(names(temp)).containsExactly("settings.json.bak");
    }

    private void onlyWherePermissionsArePosix() {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "this file system has no POSIX permissions; there is nothing to check");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
