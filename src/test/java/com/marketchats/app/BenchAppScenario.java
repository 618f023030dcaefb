package com.marketchats.app;

import com.marketchats.service.sync.HeapSampler;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's app process (headless, Monocle): the real {@link AppWindow} on a data folder, then one
 * scenario, whose figures go to a properties file.
 * <ul>
 *   <li>{@code smooth DATA RESULT SECONDS}: from the first rows of the chat list on, the list is scrolled
 *       every frame for SECONDS while the cabinet's first sync runs; the longest gap between pulses, the
 *       gaps over 50 ms, and the heap's peak.</li>
 *   <li>{@code memory DATA RESULT CHAT,CHAT,...}: once the list shows the warm store's chats, each chat is
 *       opened and its whole history loaded (scrolled up to its first message); then resident memory
 *       (VmRSS) and the heap, before and after a full collection.</li>
 * </ul>
 */
public final class BenchAppScenario {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private BenchAppScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        Properties result = new Properties();
        Platform.startup(() -> { });
        AppWindow window = FxProbe.onFx(() -> {
            AppWindow shown = new AppWindow(new Stage(), AppOptions.parse(List.of("--data-dir=" + data)), url -> { });
            shown.show();
            return shown;
        });
        try {
            // The list joins the scene once the cabinet is open.
            FxProbe.until("the chat list's first rows", () -> chatList(window) != null
                    && !chatList(window).getItems().isEmpty(), PATIENCE);
            if (args[0].equals("smooth")) {
                smooth(window, Duration.ofSeconds(Long.parseLong(args[3])), result);
            } else {
                memory(window, Arrays.stream(args[3].split(",")).map(Long::valueOf).toList(), result);
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
                result.store(out, "Market Chats bench: " + args[0]);
            }
            FxProbe.runOnFx(window::close);
        } catch (Exception | Error failure) {
            // Said here: the exit below would otherwise end the process before anything reports it.
            failure.printStackTrace();
            throw failure;
        } finally {
            // The FX thread would keep the process alive after a failure; the benchmark waits for its end.
            Platform.exit();
            System.exit(0);
        }
    }

    private static void smooth(AppWindow window, Duration length, Properties result) throws Exception {
        try (HeapSampler heap = new HeapSampler()) {
            PulseGaps gaps = FxProbe.onFx(() -> new PulseGaps(window.stage().getScene()));
            AnimationTimer scroller = FxProbe.onFx(() -> scroller(chatList(window)));
            FxProbe.pause(length);
            FxProbe.runOnFx(() -> {
                scroller.stop();
                gaps.stop();
            });
            result.setProperty("longestGapMs", Double.toString(gaps.longestMillis()));
            result.setProperty("gapsOver50Ms", Integer.toString(gaps.stutters()));
            result.setProperty("p99GapMs", Double.toString(gaps.p99Millis()));
            result.setProperty("pulses", Integer.toString(gaps.pulses()));
            result.setProperty("peakHeapMb", Long.toString(heap.peakBytes() >> 20));
            result.setProperty("chatsShown", Integer.toString(FxProbe.onFx(() -> chatList(window).getItems().size())));
        }
    }

    /** Scrolls the list by a few rows every frame, turning at either end, as a seller flicking through it. */
    private static AnimationTimer scroller(ListView<?> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        AnimationTimer timer = new AnimationTimer() {
            private double step = 120;

            @Override
            public void handle(long now) {
                if (flow.scrollPixels(step) == 0) {
                    step = -step;
                }
            }
        };
        timer.start();
        return timer;
    }

    private static void memory(AppWindow window, List<Long> chats, Properties result) throws Exception {
        int messages = 0;
        for (long chatId : chats) {
            FxProbe.runOnFx(() -> window.main().openChat(chatId));
            ConversationViewModel conversation = FxProbe.onFx(() -> window.main().activeModelsProperty().get().conversation());
            FxProbe.until("chat " + chatId + " open", () -> conversation.chatProperty().get() != null
                    && conversation.chatProperty().get().chatId() == chatId && !conversation.items().isEmpty(), PATIENCE);
            while (FxProbe.onFx(() -> conversation.hasOlderProperty().get())) {
                FxProbe.runOnFx(conversation::loadOlder);
                FxProbe.until("older messages", () -> !conversation.loadingOlderProperty().get(), PATIENCE);
            }
            messages += FxProbe.onFx(() -> conversation.items().size());
        }
        // Let the last pages' layout and the polls they started settle before reading.
        FxProbe.pause(Duration.ofSeconds(3));
        Runtime runtime = Runtime.getRuntime();
        result.setProperty("rssMb", Long.toString(residentKb() >> 10));
        result.setProperty("heapMb", Long.toString((runtime.totalMemory() - runtime.freeMemory()) >> 20));
        result.setProperty("liveHeapMb", Long.toString(HeapSampler.settledHeap() >> 20));
        result.setProperty("chatsShown", Integer.toString(FxProbe.onFx(() -> chatList(window).getItems().size())));
        result.setProperty("conversationItems", Integer.toString(messages));
    }

    /** VmRSS of this process in kB, from Linux's {@code /proc/self/status}. */
    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElseThrow(() -> new IOException("no VmRSS in /proc/self/status"));
    }

    private static ListView<?> chatList(AppWindow window) {
        return (ListView<?>) window.stage().getScene().lookup("#chatList");
    }
}
