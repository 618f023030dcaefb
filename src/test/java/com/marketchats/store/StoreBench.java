package com.marketchats.store;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Benchmark, not a test: fills a store with 10,000 chats and 200,000 messages in API-sized batches
 * (getChats pages of 20, getChatHistory pages of up to 100), once with each history page in its own
 * transaction and once with ten pages per transaction ({@link MessageTable#upsert(List)}), then times the
 * chat list's queries, searches and a message page (median and maximum of 50 runs after 20 warm-up runs).
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.marketchats.store.StoreBench
 * </pre>
 * Arguments (optional): chats, messages.
 */
public final class StoreBench {

    private static final String[] NAMES = {"Анна", "Дмитрий", "Екатерина", "Алексей", "Мария", "Игорь", "Ольга",
            "Сергей", "Наталья", "Андрей", "Юлия", "Павел", "Татьяна", "Михаил", "Светлана", "Артём", "Елена"};
    private static final String[] SURNAMES = {"Смирнова", "К.", "Волкова", "Васильев", "Н.", "Кузнецов", "Морозов",
            "Лебедев", "Орлова", "Соколов", "Фёдорова", "Зайцева", "Попова", "Ковалёв"};
    private static final String[] WORDS = ("здравствуйте подскажите когда передадите заказ в доставку можно поменять "
            + "размер пришёл товар не того цвета коробка мятая трещина на крышке как оформить возврат есть ли "
            + "в наличии подойдёт фильтр курьер не приехал чек оплата гарантия сколько месяцев спасибо жду хорошо "
            + "отправили сегодня завтра трек номер фото этикетка брак обмен деньги вернём приносим извинения").split(" ");

    private final Random random = new Random(42);

    public static void main(String[] args) throws IOException {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            // Not into the benchmark's data folders, which are deleted at the end.
            System.setProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        }
        new StoreBench().run(chats, messages);
    }

    private void run(int chatCount, int messageCount) throws IOException {
        System.out.printf("Store benchmark: %,d chats, %,d messages%n", chatCount, messageCount);
        List<ChatInfo> chats = chats(chatCount);
        int[] perChat = messagesPerChat(chatCount, messageCount);
        List<List<ChatMessage>> histories = new ArrayList<>(chatCount);
        long nextId = 1;
        for (int c = 0; c < chatCount; c++) {
            histories.add(history(chats.get(c), perChat[c], nextId));
            nextId += perChat[c];
        }
        long busiest = chats.get(indexOfMax(perChat)).chatId();

        Path oneByOne = Files.createTempDirectory("store-bench");
        Path grouped = Files.createTempDirectory("store-bench");
        try {
            try (ChatStore store = new StoreOpener().open(oneByOne, 1).store()) {
                fill(store, oneByOne, chats, histories, 1);
            }
            try (ChatStore store = new StoreOpener().open(grouped, 1).store()) {
                fill(store, grouped, chats, histories, 10);
                queries(store, chats, busiest);
            }
            long reopen = System.nanoTime();
            new StoreOpener().open(grouped, 1).store().close();
            System.out.printf("reopen (with PRAGMA quick_check): %.0f ms%n", (System.nanoTime() - reopen) / 1e6);
        } finally {
            deleteTree(oneByOne);
            deleteTree(grouped);
        }
    }

    /** Writes chat pages of 20, then history pages of up to 100, {@code pagesPerTransaction} pages at a time. */
    private static void fill(ChatStore store, Path dataDir, List<ChatInfo> chats, List<List<ChatMessage>> histories,
                             int pagesPerTransaction) throws IOException {
        long start = System.nanoTime();
        int transactions = 0;
        for (int from = 0; from < chats.size(); from += 20) {
            store.chats().upsert(chats.subList(from, Math.min(from + 20, chats.size())));
            transactions++;
        }
        long chatsDone = System.nanoTime();
        List<MessageBatch> pending = new ArrayList<>();
        for (int c = 0; c < chats.size(); c++) {
            List<ChatMessage> history = histories.get(c);
            for (int from = 0; from < history.size(); from += 100) {
                pending.add(new MessageBatch(chats.get(c).chatId(),
                        history.subList(from, Math.min(from + 100, history.size()))));
                if (pending.size() == pagesPerTransaction) {
                    store.messages().upsert(pending);
                    transactions++;
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            store.messages().upsert(pending);
            transactions++;
        }
        long end = System.nanoTime();
        System.out.printf("fill, %2d history page(s) per transaction: %5.1f s in %,6d transactions "
                        + "(chats %.1f s, messages %.1f s); database %,d MB%n", pagesPerTransaction,
                seconds(end - start), transactions, seconds(chatsDone - start), seconds(end - chatsDone),
                size(AccountFiles.of(dataDir, 1).folder()) / 1_000_000);
    }

    private static int indexOfMax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void queries(ChatStore store, List<ChatInfo> chats, long busiest) {
        ChatQuery all = ChatQuery.of(ChatGroup.ALL);
        ChatInfo someChat = chats.get(chats.size() / 2);
        time("list ALL, first 100", () -> store.chatList().list(all));
        time("list NEEDS_REPLY, first 100", () -> store.chatList().list(ChatQuery.of(ChatGroup.NEEDS_REPLY)));
        time("list FINISHED + RETURN, page at offset 200", () -> store.chatList().list(ChatQuery.of(ChatGroup.FINISHED)
                .withContextType(ChatContextType.RETURN).withPage(100, 200)));
        time("counts per group", () -> store.chatList().countByGroup(all));
        time("total unread", () -> store.chatList().totalUnread());
        time("search buyer name 'смирнова'", () -> store.chatList().list(all.withSearch("смирнова")));
        time("search order id", () -> store.chatList().list(all.withSearch(
                String.valueOf(someChat.context().orderId()))));
        String orderNumber = String.valueOf(someChat.context().orderId());
        time("search order digit tail '" + orderNumber.substring(orderNumber.length() - 4) + "'", () -> store.chatList()
                .list(all.withSearch(orderNumber.substring(orderNumber.length() - 4))));
        time("search 'заказ …' + 6-digit tail", () -> store.chatList().list(all.withSearch(
                "заказ …" + orderNumber.substring(orderNumber.length() - 6))));
        time("counts per group for a digit tail", () -> store.chatList().countByGroup(all.withSearch(
                orderNumber.substring(orderNumber.length() - 4))));
        time("search two words 'этикетка брак'", () -> store.chatList().list(all.withSearch("этикетка брак")));
        time("search common word 'заказ'", () -> store.chatList().list(all.withSearch("заказ")));
        time("counts per group for 'заказ'", () -> store.chatList().countByGroup(all.withSearch("заказ")));
        time("message page, latest 50 (busiest chat)", () -> store.messages().page(busiest, null, 50));
        time("message page, 20 before the latest", () -> store.messages().page(busiest,
                store.messages().lastMessageId(busiest).getAsLong(), 20));
        time("chats needing history sync, first 100", () -> store.syncState().chatsNeedingHistorySync(100));
        time("upsert one page of 20 chats", () -> {
            store.chats().upsert(chats.subList(0, 20));
            return null;
        });
    }

    private static void time(String what, Supplier<?> query) {
        int runs = 50;
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String rows = result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
        System.out.printf("%-45s median %7.2f ms  max %7.2f ms  (%s)%n", what, nanos[runs / 2] / 1e6,
                nanos[runs - 1] / 1e6, rows);
    }

    private List<ChatInfo> chats(int count) {
        OffsetDateTime base = OffsetDateTime.parse("2026-01-01T09:00:00+03:00");
        List<ChatInfo> chats = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int kind = random.nextInt(100);
            ChatContextType context = kind < 70 ? ChatContextType.ORDER : kind < 90 ? ChatContextType.RETURN
                    : ChatContextType.DIRECT;
            ChatStatus status = switch (random.nextInt(10)) {
                case 0 -> ChatStatus.NEW;
                case 1, 2 -> ChatStatus.WAITING_FOR_PARTNER;
                case 3, 4, 5 -> ChatStatus.WAITING_FOR_CUSTOMER;
                case 6 -> ChatStatus.WAITING_FOR_ARBITER;
                default -> ChatStatus.FINISHED;
            };
            ChatType type = random.nextInt(20) == 0 ? ChatType.ARBITRAGE : ChatType.CHAT;
            Long orderId = context == ChatContextType.DIRECT ? null : 40_000_000L + i * 7L;
            Long returnId = context == ChatContextType.RETURN ? 7_000_000L + i : null;
            String name = NAMES[random.nextInt(NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            OffsetDateTime created = base.plusMinutes(i * 20L);
            chats.add(new ChatInfo(i, null, new ChatFullContext(context, new ChatCustomer(name, "p" + i),
                    context == ChatContextType.DIRECT ? null : 21_000_000L, orderId, returnId),
                    type, status, created, created.plusHours(random.nextInt(72))));
        }
        return chats;
    }

    private int[] messagesPerChat(int chats, int messages) {
        int[] perChat = new int[chats];
        for (int i = 0; i < messages; i++) {
            perChat[random.nextInt(chats)]++;
        }
        return perChat;
    }

    private List<ChatMessage> history(ChatInfo chat, int count, long firstId) {
        List<ChatMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MessageSender sender = i % 2 == 0 ? MessageSender.CUSTOMER
                    : random.nextInt(5) == 0 ? MessageSender.MARKET : MessageSender.PARTNER;
            List<ChatAttachment> files = random.nextInt(15) == 0
                    ? List.of(new ChatAttachment("photo-" + i + ".jpg", "https://files.example/" + firstId + i, 120_000))
                    : List.of();
            String text = files.isEmpty() || random.nextBoolean() ? sentence() : null;
            messages.add(new ChatMessage(firstId + i, chat.createdAt().plusMinutes(i * 7L), sender, text, files));
        }
        return messages;
    }

    private String sentence() {
        int words = 3 + random.nextInt(14);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
