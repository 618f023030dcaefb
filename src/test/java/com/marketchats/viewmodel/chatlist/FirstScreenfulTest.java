package com.marketchats.viewmodel.chatlist;

import com.marketchats.sandbox.LargeDataset;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.testing.DemoCabinet;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** At start the list shows its first screenful before the whole list is read and formatted. */
class FirstScreenfulTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anEmptyListShowsTheTopRowsFirstThenEveryChat() {
        try (DemoCabinet cabinet = DemoCabinet.open(SandboxConfig.builder().dataset(LargeDataset.of(150, 300)).build(),
                dataDirectory)) {
            ChatListViewModel model = new ChatListViewModel(cabinet.inbox(),
                    DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()));
            List<Integer> shownSizes = new ArrayList<>();
            model.items().addListener((ListChangeListener<ChatListItem>) change -> shownSizes.add(model.items().size()));

            model.reload();

            assertThat(shownSizes).containsExactly(60, 150);
            assertThat(model.items().get(0).chatId()).isEqualTo(cabinet.inbox().chats(
                    ChatQuery.of(ChatGroup.ALL).withPage(1, 0)).get(0).chatId());
        }
    }
}
