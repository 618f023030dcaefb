package com.marketchats.service.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OwnerOnlyFileVaultTest {

    private static final String KEY = "ACMA:SecretKeyForTests0000000000:1234abcd";

    @TempDir
    Path folder;

    @Test
    void aSavedKeyIsReadBack() {
        OwnerOnlyFileVault vault = new OwnerOnlyFileVault(folder);

        vault.save("a1", KEY);

        assertThat(vault.read("a1")).contains(KEY);
        assertThat(new OwnerOnlyFileVault(folder).read("a1")).as("a new instance reads the file").contains(KEY);
        assertThat(vault.read("other")).isEmpty();
        assertThat(vault.kind()).isEqualTo(VaultKind.OWNER_ONLY_FILE);
        assertThat(vault.location()).contains(folder.resolve("credentials.json"));
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        OwnerOnlyFileVault vault = new OwnerOnlyFileVault(folder);

        vault.save("a1", KEY);
        vault.save("a2", KEY);

        Path file = folder.resolve(OwnerOnlyFileVault.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void severalAccountsKeepTheirOwnKeysAndADeleteForgetsOnlyOne() throws IOException {
        OwnerOnlyFileVault vault = new OwnerOnlyFileVault(folder);
        vault.save("a1", KEY);
        vault.save("a2", "ACMA:second");
        vault.save("a1", "ACMA:replaced");

        vault.delete("a1");
        vault.delete("never-saved");

        assertThat(vault.read("a1")).isEmpty();
        assertThat(vault.read("a2")).contains("ACMA:second");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary file is left").containsExactly(OwnerOnlyFileVault.FILE_NAME);
        }
    }

    @Test
    void aDamagedFileFailsWithoutQuotingTheKey() throws IOException {
        Files.writeString(folder.resolve(OwnerOnlyFileVault.FILE_NAME), "{\"a1\": \"" + KEY + "\" oops");
        OwnerOnlyFileVault vault = new OwnerOnlyFileVault(folder);

        assertThatThrownBy(() -> vault.read("a1"))
                .isInstanceOf(VaultException.class)
                .hasNoCause()
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY).contains("damaged"));
    }

    @Test
    void toStringShowsTheFileNotTheKeys() {
        OwnerOnlyFileVault vault = new OwnerOnlyFileVault(folder);
        vault.save("a1", KEY);

        assertThat(vault.toString()).contains("credentials.json").doesNotContain(KEY);
    }
}
