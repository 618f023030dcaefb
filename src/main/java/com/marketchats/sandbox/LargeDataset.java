package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A big cabinet for load tests and benchmarks: by default 10,000 chats and 200,000 messages over the
 * last 30 days, built in a few seconds. Everything is drawn from a seeded random, so the same counts
 * and seed give the same data. Texts come from shared pools (no per-message string building); every
 * chat has at least one message when there are enough messages to go round.
 */
public final class LargeDataset implements Dataset {

    public static final int STANDARD_CHATS = 10_000;
    public static final int STANDARD_MESSAGES = 200_000;
    private static final Duration SPAN = Duration.ofDays(30);
    private static final long FIRST_ORDER_ID = 60_000_000_001L;
    private static final long FIRST_RETURN_ID = 20_000_001L;
    /** One message in this many carries the shared attachment. */
    private static final int ATTACHMENT_EVERY = 200;

    private final int chats;
    private final int messages;
    private final long seed;

    private LargeDataset(int chats, int messages, long seed) {
        if (chats < 1 || messages < 0) {
            throw new IllegalArgumentException("need at least one chat and no negative count: " + chats + ", " + messages);
        }
        this.chats = chats;
        this.messages = messages;
        this.seed = seed;
    }

    /** 10,000 chats and 200,000 messages. */
    public static LargeDataset standard() {
        return of(STANDARD_CHATS, STANDARD_MESSAGES);
    }

    public static LargeDataset of(int chats, int messages) {
        return new LargeDataset(chats, messages, 42L);
    }

    public static LargeDataset of(int chats, int messages, long seed) {
        return new LargeDataset(chats, messages, seed);
    }

    public int chatCount() {
        return chats;
    }

    public int messageCount() {
        return messages;
    }

    @Override
    public void populate(SandboxState state, long businessId) {
        Random random = new Random(seed);
        Instant now = state.now();
        long spanMillis = SPAN.toMillis();
        long start = now.toEpochMilli() - spanMillis;

        long[] createdAt = new long[chats];
        for (int i = 0; i < chats; i++) {
            createdAt[i] = start + (long) (random.nextDouble() * spanMillis);
        }
        Arrays.sort(createdAt); // so that chat ids grow with creation time, as the API's do
        // Each message is one long: its time times the chat count plus its chat's index. Sorting these
        // primitives puts all messages in time order at once, so ids can be handed out in that order.
        long[] keys = new long[messages];
        for (int k = 0; k < messages; k++) {
            int chat = k < chats ? k : random.nextInt(chats);
            long time = k < chats ? createdAt[chat]
                    : createdAt[chat] + (long) (random.nextDouble() * (now.toEpochMilli() - createdAt[chat]));
            keys[k] = (time - start) * chats + chat;
        }
        Arrays.sort(keys);

        ChatType[] types = new ChatType[chats];
        ChatContextType[] contextTypes = new ChatContextType[chats];
        for (int i = 0; i < chats; i++) {
            int roll = random.nextInt(100);
            contextTypes[i] = roll < 60 ? ChatContextType.ORDER : roll < 85 ? ChatContextType.RETURN : ChatContextType.DIRECT;
            types[i] = contextTypes[i] != ChatContextType.DIRECT && random.nextInt(100) < 8 ? ChatType.ARBITRAGE : ChatType.CHAT;
        }
        MessageSender[] senders = new MessageSender[messages];
        MessageSender[] lastSender = new MessageSender[chats];
        for (int k = 0; k < messages; k++) {
            int chat = (int) (keys[k] % chats);
            senders[k] = sender(random, lastSender[chat] == null, types[chat]);
            lastSender[chat] = senders[k];
        }

        long[] chatIds = new long[chats];
        for (int i = 0; i < chats; i++) {
            if (i == chats / 2) {
                state.continueChatIdsFrom(FIRST_ID_BEYOND_DOUBLE);
            }
            chatIds[i] = addChat(state, businessId, random, i, contextTypes[i], types[i], lastSender[i],
                    Instant.ofEpochMilli(createdAt[i]));
        }
        List<SandboxAttachment> attachment = List.of(state.files().store("Таблица размеров.png", "image/png",
                DemoData.readResource("size-chart.png")).asAttachment());
        for (int k = 0; k < messages; k++) {
            if (k == messages / 2) {
                state.continueMessageIdsFrom(FIRST_ID_BEYOND_DOUBLE);
            }
            int chat = (int) (keys[k] % chats);
            Instant time = Instant.ofEpochMilli(start + keys[k] / chats);
            boolean withFile = k % ATTACHMENT_EVERY == ATTACHMENT_EVERY - 1;
            state.seedMessage(chatIds[chat], time, senders[k], text(random, senders[k]),
                    withFile ? attachment : List.of());
        }
    }

    /** Adds chat number {@code index} with its order or return; answers its id. */
    private static long addChat(SandboxState state, long businessId, Random random, int index, ChatContextType contextType,
            ChatType type, MessageSender lastSender, Instant createdAt) {
        ChatCustomer customer = RussianTexts.customer(random);
        long campaignId = index % 3 == 0 ? DemoData.EXPRESS_CAMPAIGN_ID : DemoData.FBS_CAMPAIGN_ID;
        Long orderId = contextType == ChatContextType.DIRECT ? null : FIRST_ORDER_ID + index;
        Long returnId = contextType == ChatContextType.RETURN ? FIRST_RETURN_ID + index : null;
        ChatFullContext context = new ChatFullContext(contextType, customer,
                orderId == null ? null : campaignId, orderId, returnId);
        long chatId = state.allocateChatId();
        state.addChat(businessId, chatId, context, type, status(random, type, lastSender), createdAt);
        if (orderId != null) {
            state.addOrder(businessId, orderId, campaignId, customer);
        }
        if (returnId != null) {
            state.addReturn(businessId, returnId, orderId, campaignId, customer);
        }
        return chatId;
    }

    private static MessageSender sender(Random random, boolean first, ChatType type) {
        int roll = random.nextInt(100);
        if (first) {
            return roll < 25 ? MessageSender.MARKET : MessageSender.CUSTOMER;
        }
        if (roll < 47) {
            return MessageSender.CUSTOMER;
        }
        if (roll < 87) {
            return MessageSender.PARTNER;
        }
        return type == ChatType.ARBITRAGE && roll < 95 ? MessageSender.SUPPORT : MessageSender.MARKET;
    }

    private static ChatStatus status(Random random, ChatType type, MessageSender lastSender) {
        int roll = random.nextInt(100);
        if (type == ChatType.ARBITRAGE) {
            return roll < 35 ? ChatStatus.WAITING_FOR_ARBITER : roll < 55 ? ChatStatus.WAITING_FOR_MARKET
                    : roll < 70 ? ChatStatus.WAITING_FOR_PARTNER : ChatStatus.FINISHED;
        }
        if (roll < 15) {
            return ChatStatus.FINISHED;
        }
        if (lastSender == null || lastSender == MessageSender.MARKET) {
            return ChatStatus.NEW;
        }
        return lastSender == MessageSender.PARTNER ? ChatStatus.WAITING_FOR_CUSTOMER : ChatStatus.WAITING_FOR_PARTNER;
    }

    private static String text(Random random, MessageSender sender) {
        return switch (sender) {
            case CUSTOMER -> RussianTexts.pick(random.nextBoolean() ? RussianTexts.BUYER_QUESTIONS
                    : RussianTexts.BUYER_FOLLOW_UPS, random);
            case PARTNER -> RussianTexts.pick(RussianTexts.SELLER_ANSWERS, random);
            case SUPPORT -> RussianTexts.pick(RussianTexts.SUPPORT_LINES, random);
            default -> RussianTexts.pick(RussianTexts.MARKET_NOTICES, random);
        };
    }
}
