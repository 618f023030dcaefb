package com.marketchats.service.sync;

import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A first sync through an unreliable API still ends with the store equal to the server. */
class FaultySyncTest {

    @TempDir
    Path folder;

    @Test
    void theFirstSyncOf200ChatsConvergesThrough500sResetsAndSlowAnswers() {
        // One request in five answered 500, one in ten cut mid-answer, every answer up to 15 ms late.
        FaultPlan faults = FaultPlan.NONE.withFailureRate(0.2).withResetRate(0.1)
                .withRandomDelayMax(Duration.ofMillis(15));
        SandboxConfig.Builder config = SandboxConfig.builder().dataset(LargeDataset.of(200, 3_000))
                .faults(faults).chatOrder(SortOrder.OLDEST_FIRST).historyOrder(SortOrder.NEWEST_FIRST);
        try (SyncRig rig = new SyncRig(config, folder)) {
            SyncEngine engine = rig.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> engine.status().firstSync().done());
            StoreMatchesSandbox.assertMatches(rig.store, rig.server.state(), rig.businessId());
            assertThat(rig.server.answers().withStatus(500)).as("faults were injected").isPositive();
            assertThat(rig.server.answers().resets()).as("connections were cut").isPositive();
        }
    }
}
