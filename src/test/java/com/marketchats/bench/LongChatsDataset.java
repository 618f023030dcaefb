package com.marketchats.bench;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.Dataset;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The standard large cabinet (10,000 chats, 200,000 messages) where the first {@link #LONG_CHATS} chats
 * also hold {@link #LONG_CHAT_MESSAGES} messages each, written over the last day, for the memory figure
 * ("five conversations of 1,000 messages"): the large dataset alone has about 20 messages a chat.
 */
final class LongChatsDataset implements Dataset {

    static final int LONG_CHATS = 5;
    static final int LONG_CHAT_MESSAGES = 1_000;
    private static final String[] LINES = {
        "Здравствуйте! Подскажите, пожалуйста, когда придёт мой заказ? Очень жду, нужен к выходным.",
        "Добрый день! Заказ передан в службу доставки, ожидаемая дата — завтра до 18:00.",
        "Спасибо! А можно изменить адрес доставки на пункт выдачи рядом с домом?",
        "Да, адрес можно изменить в карточке заказа до передачи курьеру. Если не получится — напишите нам.",
    };

    @Override
    public void populate(SandboxState state, long businessId) {
        LargeDataset.standard().populate(state, businessId);
        List<SandboxChat> chats = state.chats(businessId).subList(0, LONG_CHATS);
        Instant start = state.now().minus(Duration.ofDays(1));
        for (int c = 0; c < chats.size(); c++) {
            for (int m = 0; m < LONG_CHAT_MESSAGES; m++) {
                // Later than every generated message, so ids still grow with time.
                Instant at = start.plusSeconds(60L * m + c);
                MessageSender sender = m % 2 == 0 ? MessageSender.CUSTOMER : MessageSender.PARTNER;
                state.seedMessage(chats.get(c).chatId(), at, sender, LINES[m % LINES.length], List.of());
            }
        }
    }

    static List<Long> longChatIds(SandboxState state, long businessId) {
        return state.chats(businessId).subList(0, LONG_CHATS).stream().map(SandboxChat::chatId).toList();
    }
}
