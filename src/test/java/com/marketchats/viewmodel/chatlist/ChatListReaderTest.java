package com.marketchats.viewmodel.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChatListReaderTest {

    private static final ChatQuery EVERY_CHAT = new ChatQuery(ChatGroup.ALL, null, null, null, Integer.MAX_VALUE, 0);

    @TempDir
    Path dataDirectory;
    private DemoCabinet cabinet;
    private ChatListReader reader;

    @BeforeEach
    void open() {
        cabinet = DemoCabinet.open(dataDirectory);
        // A fixed clock: rows formatted twice must not differ by a "minutes ago" that moved on.
        Clock clock = Clock.fixed(java.time.Instant.now(), java.time.ZoneId.systemDefault());
        ReplyDeadlines deadlines = new ReplyDeadlines(I18n.forLocale(Locale.ENGLISH), clock);
        reader = new ChatListReader(cabinet.inbox(), new ChatListFormatter(I18n.forLocale(Locale.ENGLISH), clock,
                deadlines), deadlines);
    }

    @AfterEach
    void close() {
        cabinet.close();
    }

    @Test
    void rowsThatDidNotChangeComeBackAsTheObjectsShownAndAChangedRowAsANewOne() {
        List<ChatListItem> shown = reader.read(EVERY_CHAT, List.of()).rows();
        ChatListItem unread = shown.stream().filter(row -> row.unreadCount() > 0).findFirst().orElseThrow();

        cabinet.inbox().markReadUpTo(unread.chatId(), unread.summary().lastMessageId());
        List<ChatListItem> again = reader.read(EVERY_CHAT, shown).rows();

        assertThat(again).hasSameSizeAs(shown);
        for (ChatListItem row : again) {
            ChatListItem before = shown.stream().filter(old -> old.chatId() == row.chatId()).findFirst().orElseThrow();
            if (row.chatId() == unread.chatId()) {
                assertThat(row).isNotSameAs(before);
                assertThat(row.unreadCount()).isZero();
            } else {
                assertThat(row).as("chat %d", row.chatId()).isSameAs(before);
            }
        }
    }
}
