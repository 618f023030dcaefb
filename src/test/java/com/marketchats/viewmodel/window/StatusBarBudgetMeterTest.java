package com.marketchats.viewmodel.window;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.marketchats.api.ApiOperation.GET_CHAT_HISTORY;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The budget meter on a cabinet's real services over the sandbox with limits on (20-second windows, three
 * sends and 300 history reads a window): it moves while the first sync and the sends spend requests,
 * names until when sending waits once the window's sends are spent, and clears when the window resets.
 * Nothing but the services' own wiring tells the view-model about the budget.
 */
class StatusBarBudgetMeterTest {

    private static final Duration WINDOW = Duration.ofSeconds(20);
    private static final Pattern READING = Pattern.compile("reading ([\\d,]+) of 300");

    @TempDir
    Path dataDirectory;

    @Test
    void theMeterFollowsTheSyncAndTheSendsAndShowsTheWaitOfAnExhaustedMethod() {
        SandboxConfig config = SandboxConfig.builder().hourLength(WINDOW)
                .limit(SEND_MESSAGE_TO_CHAT, 3).limit(GET_CHAT_HISTORY, 300).build();
        try (SandboxServer sandbox = SandboxServer.start(config);
             AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                     sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), dataDirectory))) {
            StatusBarViewModel status = new StatusBarViewModel(services.inbox(),
                    DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), chatId -> { });
            List<String> meters = new CopyOnWriteArrayList<>();
            status.budgetTextProperty().addListener((obs, old, text) -> meters.add(text));
            status.start();
            assertThat(status.budgetTextProperty().get())
                    .isEqualTo("API this hour: sending 1,000 of 1,000, reading 10,000 of 10,000");

            services.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> services.sync().status().firstSync().done());
            await().atMost(Duration.ofSeconds(5)).until(() -> READING.matcher(status.budgetTextProperty().get()).find());
            Set<Long> readingLeft = counts(meters, READING);
            assertThat(readingLeft).as("the meter moved as histories were read: %s", meters).isNotEmpty();
            assertThat(readingLeft.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(300);
            assertThat(meters).as("coalesced: fewer updates than history requests")
                    .hasSizeLessThan((int) sandbox.answers().forOperation(GET_CHAT_HISTORY));
            assertThat(status.budgetTooltipProperty().get()).containsPattern("getChatHistory: used [1-9]\\d* of 300, ");

            long chatId = sandbox.state().chats(sandbox.demoBusinessId()).get(0).chatId();
            for (int reply = 1; reply <= 4; reply++) {
                services.inbox().sendText(chatId, "Reply " + reply + ": the parcel leaves today.");
            }

            await().atMost(Duration.ofSeconds(15))
                    .until(() -> status.budgetTextProperty().get().contains("sending waits for the API limit until"));
            assertThat(status.budgetTextProperty().get()).contains("sending 0 of 3");
            assertThat(status.budgetTooltipProperty().get())
                    .containsPattern("sendMessageToChat: used 3 of 3, waits for the API limit until \\d\\d:\\d\\d:\\d\\d");
            assertThat(status.budgetLowProperty().get()).isTrue();
            assertThat(Set.copyOf(meters)).as("spec limits, after the sync, after the sends: %s", meters)
                    .hasSizeGreaterThanOrEqualTo(3);

            await().atMost(WINDOW.multipliedBy(2)).until(() -> status.outboxCountProperty().get() == 0
                    && !status.budgetTextProperty().get().contains("waits"));
            assertThat(sandbox.answers().withStatus(420)).as("no request met a 420").isZero();
            status.dispose();
        }
    }

    private static Set<Long> counts(List<String> meters, Pattern pattern) {
        return meters.stream().map(pattern::matcher).filter(Matcher::find)
                .map(found -> Long.parseLong(found.group(1).replace(",", "")))
                .collect(Collectors.toSet());
    }
}
