package com.marketchats.service.budget;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose {@code X-RateLimit-Resource-Until} names its windows' ends truncated to the second (the
 * spec allows it): a request sent at exactly that time would still be in the old window and get a 420.
 * The budget waits past the header's whole second, so requests across several windows meet none.
 */
class UntilResolutionTest {

    @Test
    void requestsAcrossWindowsWhoseUntilIsRoundedDownMeetNo420() {
        SandboxConfig config = SandboxConfig.builder().hourLength(Duration.ofMillis(2_500))
                .limit(ApiOperation.GET_CHAT, 4).untilRoundedDown(true).build();
        try (SandboxServer server = SandboxServer.start(config)) {
            RequestBudget budget = RequestBudget.builder().build();
            HttpChatsApi http = HttpChatsApi.builder()
                    .baseUrl(server.baseUrl())
                    .businessId(server.demoBusinessId())
                    .credentials(ApiCredentials.apiKey(server.demoApiKey()))
                    .responseListener(budget.responseListener())
                    .build();
            BudgetedChatsApi api = new BudgetedChatsApi(http, budget, Priority.FOREGROUND);
            long chatId = server.state().chats(server.demoBusinessId()).stream().map(SandboxChat::chatId)
                    .findFirst().orElseThrow();

            for (int request = 0; request < 16; request++) {
                assertThat(api.getChat(chatId).chatId()).isEqualTo(chatId);
            }

            assertThat(server.answers().forOperation(ApiOperation.GET_CHAT, 200)).isEqualTo(16);
            assertThat(server.answers().withStatus(420)).as("no request came back before its window ended").isZero();
        }
    }
}
