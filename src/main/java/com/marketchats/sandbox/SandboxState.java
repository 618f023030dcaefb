package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static com.marketchats.api.dto.ApiEnumNames.nameOf;

/**
 * The sandbox's data: cabinets, their chats and messages, the orders and returns a chat can be opened
 * for, and the {@link FileStore} attachments point at (the answers given are counted by
 * {@link AnswerStats}). Thread-safe: one read-write lock guards chats and messages, so that readers
 * (most requests) run side by side.
 * <p>
 * Message ids grow across the whole sandbox, like the API's; times are kept to the millisecond so
 * that paging by time is exact.
 */
public final class SandboxState {

    private final Clock clock;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, BusinessData> businesses = new ConcurrentHashMap<>();
    private final Map<Long, ChatRow> chats = new ConcurrentHashMap<>();
    private final FileStore files = new FileStore();
    private final AtomicLong nextChatId = new AtomicLong(7_000_001L);
    private final AtomicLong nextMessageId = new AtomicLong(90_000_001L);

    public SandboxState() {
        this(Clock.systemUTC());
    }

    public SandboxState(Clock clock) {
        this.clock = clock;
    }

    /** The sandbox's current time, to the millisecond. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Clock clock() {
        return clock;
    }

    // ---- seeding: datasets and tests build the world with these ----

    public void addBusiness(long businessId) {
        businesses.putIfAbsent(businessId, new BusinessData());
    }

    public boolean hasBusiness(long businessId) {
        return businesses.containsKey(businessId);
    }

    /** An order a chat may be opened for with createChat. */
    public void addOrder(long businessId, long orderId, long campaignId, ChatCustomer customer) {
        write(() -> business(businessId).orders.put(orderId,
                new BusinessData.KnownOrder(orderId, campaignId, customer)));
    }

    /** A return a chat may be opened for with createChat. */
    public void addReturn(long businessId, long returnId, long orderId, long campaignId, ChatCustomer customer) {
        write(() -> business(businessId).returns.put(returnId,
                new BusinessData.KnownReturn(returnId, orderId, campaignId, customer)));
    }

    /** A fresh chat id, never used before in this sandbox. */
    public long allocateChatId() {
        return nextChatId.getAndIncrement();
    }

    /** Lets later chat ids start at {@code firstId}, unless they are already past it. */
    public void continueChatIdsFrom(long firstId) {
        nextChatId.accumulateAndGet(firstId, Math::max);
    }

    /** Lets later message ids start at {@code firstId}, unless they are already past it. */
    public void continueMessageIdsFrom(long firstId) {
        nextMessageId.accumulateAndGet(firstId, Math::max);
    }

    /** Adds a chat with a given id and status; its {@code updatedAt} follows the messages seeded into it. */
    public SandboxChat addChat(long businessId, long chatId, ChatFullContext context, ChatType type,
            ChatStatus status, Instant createdAt) {
        return addChatOfNewerApi(businessId, chatId, context, nameOf(type), nameOf(status), createdAt);
    }

    /** Adds a chat whose type or status may be one the api enums do not know, as a newer API may send. */
    public SandboxChat addChatOfNewerApi(long businessId, long chatId, ChatFullContext context, String typeName,
            String statusName, Instant createdAt) {
        return write(() -> insertChat(businessId, chatId, context, typeName, statusName, createdAt).snapshot());
    }

    /** Adds a message at a given time without touching the chat's status (datasets set it themselves). */
    public SandboxMessage seedMessage(long chatId, Instant createdAt, MessageSender sender, String text,
            List<SandboxAttachment> attachments) {
        return seedMessageOfNewerApi(chatId, createdAt, nameOf(sender), text, attachments);
    }

    /** Adds a message whose sender may be one the api enums do not know, as a newer API may send. */
    public SandboxMessage seedMessageOfNewerApi(long chatId, Instant createdAt, String senderName, String text,
            List<SandboxAttachment> attachments) {
        return write(() -> appendTo(row(chatId), createdAt.truncatedTo(ChronoUnit.MILLIS), senderName, text,
                attachments));
    }

    // ---- live changes: what buyers, sellers and Market do ----

    /** A buyer writes into a chat now; the chat then waits for the seller (see {@link ChatStatusRules}). */
    public SandboxMessage addBuyerMessage(long chatId, String text) {
        return write(() -> {
            ChatRow chat = row(chatId);
            chat.statusName = nameOf(ChatStatusRules.afterCustomerMessage(chat.type(), chat.status()));
            return appendTo(chat, chat.nextMessageTime(now()), MessageSender.CUSTOMER.name(), text, List.of());
        });
    }

    /** A buyer starts a chat of their own (a DIRECT chat) with a first message. */
    public SandboxChat openDirectChat(long businessId, ChatCustomer customer, String firstMessage) {
        return write(() -> {
            Instant now = now();
            ChatRow chat = insertChat(businessId, allocateChatId(),
                    new ChatFullContext(ChatContextType.DIRECT, customer, null, null, null),
                    ChatType.CHAT.name(), ChatStatus.WAITING_FOR_PARTNER.name(), now);
            appendTo(chat, now, MessageSender.CUSTOMER.name(), firstMessage, List.of());
            return chat.snapshot();
        });
    }

    /** The seller writes (sendMessageToChat, sendFileToChat); the chat then waits for the buyer. */
    SandboxMessage addPartnerMessage(long chatId, String text, List<SandboxAttachment> attachments) {
        return write(() -> {
            ChatRow chat = row(chatId);
            chat.statusName = nameOf(ChatStatusRules.afterPartnerMessage(chat.type(), chat.status()));
            return appendTo(chat, chat.nextMessageTime(now()), MessageSender.PARTNER.name(), text, attachments);
        });
    }

    /**
     * createChat: the ordinary chat already open for this order or return, or a new one. Empty when
     * the business has no such order or return.
     */
    OptionalLong findOrOpenChat(long businessId, ChatContext context) {
        return write(() -> {
            BusinessData business = business(businessId);
            ChatRow open = business.openChatAbout(context);
            if (open != null) {
                return OptionalLong.of(open.chatId);
            }
            ChatFullContext full = business.contextFor(context);
            if (full == null) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(insertChat(businessId, allocateChatId(), full, ChatType.CHAT.name(),
                    ChatStatus.NEW.name(), now()).chatId);
        });
    }

    // ---- reads ----

    public Optional<SandboxChat> chat(long chatId) {
        return read(() -> Optional.ofNullable(chats.get(chatId)).map(ChatRow::snapshot));
    }

    /** Every chat of a business, in the order they were added. */
    public List<SandboxChat> chats(long businessId) {
        return read(() -> {
            BusinessData business = businesses.get(businessId);
            List<SandboxChat> result = new ArrayList<>(business == null ? 0 : business.chats.size());
            if (business != null) {
                business.chats.values().forEach(chat -> result.add(chat.snapshot()));
            }
            return result;
        });
    }

    /**
     * A getChats page: up to {@code limit} chats of a business that pass {@code filter}, in {@code updatedAt}
     * order (ties by id), right after {@code after} (null: from the start).
     */
    List<SandboxChat> chatsInUpdateOrder(long businessId, boolean newestFirst, BusinessData.UpdateKey after,
            Predicate<SandboxChat> filter, int limit) {
        return read(() -> {
            BusinessData business = businesses.get(businessId);
            return business == null ? List.<SandboxChat>of() : business.inUpdateOrder(newestFirst, after, filter, limit);
        });
    }

    /** The whole history of a chat, oldest first; empty for an unknown chat. */
    public List<SandboxMessage> history(long chatId) {
        return read(() -> {
            ChatRow chat = chats.get(chatId);
            return chat == null ? List.<SandboxMessage>of() : List.copyOf(chat.messages);
        });
    }

    public Optional<SandboxMessage> message(long chatId, long messageId) {
        return history(chatId).stream().filter(m -> m.messageId() == messageId).findFirst();
    }

    /** How many messages the seller has sent to this chat (seeded ones included). */
    public int partnerMessageCount(long chatId) {
        return read(() -> {
            ChatRow chat = chats.get(chatId);
            return chat == null ? 0 : chat.partnerMessages;
        });
    }

    /** Messages in the whole sandbox. */
    public long messageCount() {
        return read(() -> chats.values().stream().mapToLong(chat -> chat.messages.size()).sum());
    }

    /** The files attachments point at. */
    public FileStore files() {
        return files;
    }

    // ---- internals, called under the write lock ----

    private ChatRow insertChat(long businessId, long chatId, ChatFullContext context, String typeName,
            String statusName, Instant createdAt) {
        BusinessData business = business(businessId);
        if (chats.containsKey(chatId)) {
            throw new IllegalArgumentException("chat " + chatId + " already exists");
        }
        ChatRow chat = new ChatRow(chatId, businessId, context, typeName, statusName, createdAt.truncatedTo(ChronoUnit.MILLIS));
        business.add(chat);
        chats.put(chatId, chat);
        nextChatId.accumulateAndGet(chatId + 1, Math::max);
        return chat;
    }

    private SandboxMessage appendTo(ChatRow chat, Instant createdAt, String senderName, String text,
            List<SandboxAttachment> attachments) {
        SandboxMessage message = new SandboxMessage(nextMessageId.getAndIncrement(), chat.chatId, createdAt, senderName,
                text, attachments);
        business(chat.businessId).append(chat, message);
        return message;
    }

    private BusinessData business(long businessId) {
        BusinessData business = businesses.get(businessId);
        if (business == null) {
            throw new IllegalArgumentException("unknown business " + businessId);
        }
        return business;
    }

    private ChatRow row(long chatId) {
        ChatRow chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("unknown chat " + chatId);
        }
        return chat;
    }

    private <T> T read(Supplier<T> action) {
        return locked(lock.readLock(), action);
    }

    private <T> T write(Supplier<T> action) {
        return locked(lock.writeLock(), action);
    }

    private static <T> T locked(Lock held, Supplier<T> action) {
        held.lock();
        try {
            return action.get();
        } finally {
            held.unlock();
        }
    }
}
