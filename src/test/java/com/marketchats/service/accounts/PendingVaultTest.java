package com.marketchats.service.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class PendingVaultTest {

    @TempDir
    Path dataDirectory;

    @Test
    void opensWithoutChoosingAndChoosesOnTheBackgroundExecutor() {
        List<Runnable> queued = new ArrayList<>();
        Executor background = queued::add;

        PendingVault vault = PendingVault.open(dataDirectory, background);

        assertThat(queued).as("the choice waits for the background executor").hasSize(1);
        assertThat(vault.toString()).contains("choosing");
        queued.get(0).run();
        vault.save("shop", "ACMA:key");
        assertThat(vault.read("shop")).contains("ACMA:key");
        assertThat(vault.toString()).doesNotContain("choosing");
        vault.delete("shop");
        assertThat(vault.read("shop")).isEmpty();
    }
}
