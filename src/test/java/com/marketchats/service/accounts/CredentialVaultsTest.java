package com.marketchats.service.accounts;

import com.marketchats.testing.MemoryVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CredentialVaultsTest {

    @TempDir
    Path folder;

    @Test
    void onThisMachineAWorkingVaultIsReturnedWithoutThrowing() {
        CredentialVault vault = CredentialVaults.open(folder);

        vault.save("a1", "ACMA:key");
        assertThat(vault.read("a1")).contains("ACMA:key");
        vault.delete("a1");
        assertThat(vault.read("a1")).isEmpty();
    }

    @Test
    void aLinuxWithoutASessionBusLikeCiGetsTheFileVault() {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux")
                && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "Linux without a D-Bus session");

        assertThat(CredentialVaults.open(folder).kind()).isEqualTo(VaultKind.OWNER_ONLY_FILE);
    }

    @Test
    void withoutAKeychainTheFileVaultIsUsed() {
        CredentialVault vault = CredentialVaults.open(folder, () -> {
            throw new VaultException("no keychain backend", null);
        }, Duration.ofSeconds(5));

        assertThat(vault.kind()).isEqualTo(VaultKind.OWNER_ONLY_FILE);
        assertThat(vault.location()).contains(folder.resolve(OwnerOnlyFileVault.FILE_NAME));
    }

    @Test
    void aKeychainThatForgetsWhatItStoresIsNotTrusted() {
        CredentialVault forgetful = new MemoryVault() {
            @Override
            public Optional<String> read(String accountId) {
                return Optional.empty();
            }
        };

        assertThat(CredentialVaults.open(folder, () -> forgetful, Duration.ofSeconds(5)).kind())
                .isEqualTo(VaultKind.OWNER_ONLY_FILE);
    }

    @Test
    void aKeychainThatHangsIsGivenUp() {
        CountDownLatch never = new CountDownLatch(1);
        CredentialVault vault = CredentialVaults.open(folder, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MemoryVault();
        }, Duration.ofMillis(200));

        assertThat(vault.kind()).isEqualTo(VaultKind.OWNER_ONLY_FILE);
    }

    @Test
    void aWorkingKeychainIsChosenAndTheProbeEntryIsRemoved() {
        MemoryVault keychain = new MemoryVault();

        CredentialVault vault = CredentialVaults.open(folder, () -> keychain, Duration.ofSeconds(5));

        assertThat(vault).isSameAs(keychain);
        assertThat(keychain.keys()).isEmpty();
    }
}
