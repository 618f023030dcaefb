package com.marketchats.contract;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.DemoData;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.sandbox.SortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real client against the sandbox, through a recording proxy: every operation and both paging
 * helpers on the demo data, each result compared with what the sandbox holds, and every recorded
 * request and answer checked against the official spec in strict mode (no unknown enum values).
 * Uploads and downloads are in {@link ClientSandboxFilesContractTest}, error answers in
 * {@link ClientSandboxErrorsContractTest}.
 */
class ClientSandboxContractTest {


    @RegisterExtension
    static final SharedSandboxRig SHARED = new SharedSandboxRig(SandboxConfig.builder().build(),
            ClientSandboxContractTest::everyOperationButUploadsWasAnswered200);

    private SpecContract contract;
    private SandboxBehindProxy rig;
    private SandboxState state;
    private HttpChatsApi client;

    @BeforeEach
    void useTheSharedRig() {
        contract = SHARED.contract();
        rig = SHARED.rig();
        state = rig.sandbox().state();
        client = rig.client();
    }

    private static void everyOperationButUploadsWasAnswered200(Map<String, SortedSet<Integer>> seen) {
        for (ApiOperation operation : ApiOperation.values()) {
            if (operation != ApiOperation.SEND_FILE_TO_CHAT) {
                assertThat(seen.get(operation.operationId())).as(operation.operationId()).containsExactly(200);
            }
        }
    }

    @Test
    void getAllChatsReturnsExactlyTheBusinesssChatsAcrossPages() {
        List<ChatInfo> chats = client.getAllChats(GetChatsRequest.ALL);

        List<SandboxChat> held = state.chats(rig.businessId());
        assertThat(held).hasSizeGreaterThan(20);
        assertSameChats(chats, held);
        List<RecordedExchange> pages = rig.exchanges();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(page -> assertThat(page.queryParameters()).containsEntry("limit", List.of("20")));
        assertThat(pages.subList(1, pages.size()))
                .allSatisfy(page -> assertThat(page.queryParameters()).containsKey("pageToken"));
    }

    @Test
    void getAllChatsFiltersAsTheSpecSays() {
        List<SandboxChat> held = state.chats(rig.businessId());
        SandboxChat returnChat = held.stream().filter(c -> c.context().type() == ChatContextType.RETURN)
                .findFirst().orElseThrow();
        SandboxChat orderChat = held.stream().filter(c -> c.context().type() == ChatContextType.ORDER)
                .findFirst().orElseThrow();

        expectFilter(GetChatsRequest.withStatuses(List.of(ChatStatus.WAITING_FOR_PARTNER)),
                c -> c.status() == ChatStatus.WAITING_FOR_PARTNER);
        expectFilter(GetChatsRequest.withStatuses(List.of(ChatStatus.NEW, ChatStatus.FINISHED)),
                c -> c.status() == ChatStatus.NEW || c.status() == ChatStatus.FINISHED);
        expectFilter(new GetChatsRequest(null, null, List.of(ChatContextType.RETURN, ChatContextType.DIRECT), null, null),
                c -> c.context().type() != ChatContextType.ORDER);
        expectFilter(new GetChatsRequest(null, null, null, List.of(ChatType.ARBITRAGE), null),
                c -> c.type() == ChatType.ARBITRAGE);
        expectFilter(new GetChatsRequest(null, List.of(ChatContext.order(orderChat.context().orderId()),
                        ChatContext.returnOf(returnChat.context().returnId())), null, null, null),
                c -> c.chatId() == orderChat.chatId() || c.chatId() == returnChat.chatId());
        expectFilter(new GetChatsRequest(null, null, List.of(ChatContextType.ORDER), List.of(ChatType.CHAT),
                        List.of(ChatStatus.WAITING_FOR_PARTNER, ChatStatus.WAITING_FOR_CUSTOMER)),
                c -> c.context().type() == ChatContextType.ORDER && c.type() == ChatType.CHAT
                        && (c.status() == ChatStatus.WAITING_FOR_PARTNER || c.status() == ChatStatus.WAITING_FOR_CUSTOMER));
    }

    @Test
    void getChatAndGetChatMessageMatchTheSandbox() {
        for (SandboxChat held : state.chats(rig.businessId()).subList(0, 12)) {
            assertSameChat(client.getChat(held.chatId()), held);
            for (SandboxMessage message : state.history(held.chatId())) {
                assertSameMessage(client.getChatMessage(held.chatId(), message.messageId()), message);
            }
        }
    }

    @Test
    void getAllHistoryFromTheStartAndFromAMessageId() {
        long chatId = 7_000_004L;
        List<SandboxMessage> held = addBuyerMessages(state, chatId, 130);

        List<ChatMessage> all = client.getAllHistory(chatId, null);

        assertThat(all).extracting(ChatMessage::messageId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(held.stream().map(SandboxMessage::messageId).toList());
        all.forEach(message -> assertSameMessage(message, find(held, message.messageId())));
        assertThat(rig.exchanges()).hasSizeGreaterThanOrEqualTo(2);

        long from = held.get(100).messageId();
        List<Long> since = client.getAllHistory(chatId, from).stream().map(ChatMessage::messageId).toList();

        // The spec leaves open whether messageIdFrom itself comes back; everything newer must, nothing older may.
        List<Long> newer = held.stream().map(SandboxMessage::messageId).filter(id -> id > from).toList();
        assertThat(since).doesNotHaveDuplicates().containsAll(newer).allMatch(id -> id >= from)
                .hasSizeBetween(newer.size(), newer.size() + 1);
    }

    /** DESIGN.md §3: the paging helpers depend on neither answer to what the spec leaves open. */
    @Test
    void thePagingHelpersGetTheSameUnderTheOtherAnswersToTheSpecsOpenQuestions() {
        SandboxConfig otherAnswers = SandboxConfig.builder().chatOrder(SortOrder.OLDEST_FIRST)
                .historyOrder(SortOrder.NEWEST_FIRST).messageIdFromInclusive(false).build();
        try (SandboxBehindProxy other = SandboxBehindProxy.start(otherAnswers)) {
            HttpChatsApi otherClient = other.client();
            SandboxState otherState = other.sandbox().state();
            long chatId = 7_000_004L;
            List<Long> held = addBuyerMessages(otherState, chatId, 130).stream().map(SandboxMessage::messageId).toList();
            long from = held.get(100);

            assertSameChats(otherClient.getAllChats(GetChatsRequest.ALL), otherState.chats(other.businessId()));
            assertThat(otherClient.getAllHistory(chatId, null)).extracting(ChatMessage::messageId)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(held);
            assertThat(otherClient.getAllHistory(chatId, from)).extracting(ChatMessage::messageId)
                    .containsExactlyInAnyOrderElementsOf(held.stream().filter(id -> id > from).toList());
            other.validateRecorded(contract);
            assertThat(SandboxBehindProxy.report("ClientSandboxContractTest (other answers to open questions)",
                    contract, other.validated())).containsOnlyKeys("getChats", "getChatHistory");
        }
    }

    @Test
    void createChatOpensAChatForAnOrderAndAReturnAndGivesTheSameChatAgain() {
        long orderId = DemoData.ORDERS_WITHOUT_CHAT.get(0);
        int before = state.chats(rig.businessId()).size();

        long orderChat = client.createChat(ChatContext.order(orderId));
        long returnChat = client.createChat(ChatContext.returnOf(DemoData.RETURN_WITHOUT_CHAT));

        assertThat(returnChat).isNotEqualTo(orderChat);
        assertThat(client.createChat(ChatContext.order(orderId))).isEqualTo(orderChat);
        assertThat(client.createChat(ChatContext.returnOf(DemoData.RETURN_WITHOUT_CHAT))).isEqualTo(returnChat);
        assertThat(state.chats(rig.businessId())).hasSize(before + 2);
        assertThat(state.chat(orderChat)).hasValueSatisfying(chat -> {
            assertThat(chat.context().type()).isEqualTo(ChatContextType.ORDER);
            assertThat(chat.context().orderId()).isEqualTo(orderId);
            assertThat(chat.status()).isEqualTo(ChatStatus.NEW);
        });
        assertThat(state.chat(returnChat)).hasValueSatisfying(chat -> {
            assertThat(chat.context().type()).isEqualTo(ChatContextType.RETURN);
            assertThat(chat.context().returnId()).isEqualTo(DemoData.RETURN_WITHOUT_CHAT);
        });
        assertSameChat(client.getChat(orderChat), state.chat(orderChat).orElseThrow());
        assertThat(client.getAllChats(new GetChatsRequest(null, List.of(ChatContext.order(orderId),
                ChatContext.returnOf(DemoData.RETURN_WITHOUT_CHAT)), null, null, null)))
                .extracting(ChatInfo::chatId).containsExactlyInAnyOrder(orderChat, returnChat);
    }

    @Test
    void createChatForADemoOrderOrReturnThatHasAChatGivesThatChat() {
        SandboxChat orderChat = state.chat(7_000_001L).orElseThrow();
        SandboxChat returnChat = state.chats(rig.businessId()).stream()
                .filter(c -> c.context().type() == ChatContextType.RETURN && c.type() == ChatType.CHAT)
                .findFirst().orElseThrow();

        assertThat(client.createChat(ChatContext.order(orderChat.context().orderId()))).isEqualTo(orderChat.chatId());
        assertThat(client.createChat(ChatContext.returnOf(returnChat.context().returnId())))
                .isEqualTo(returnChat.chatId());
    }

    @Test
    void aSentMessageAppearsInTheHistoryOnce() {
        long chatId = 7_000_002L;
        long lastKnown = client.getAllHistory(chatId, null).stream().mapToLong(ChatMessage::messageId).max().orElseThrow();
        int partnerMessages = state.partnerMessageCount(chatId);
        String text = "Здравствуйте! Курьер приедет сегодня до 18:00, приносим извинения 🙏\nМагазин «Уют»";

        client.sendMessage(chatId, text);

        List<ChatMessage> sent = client.getAllHistory(chatId, null).stream().filter(m -> text.equals(m.message())).toList();
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.sender()).isEqualTo(MessageSender.PARTNER);
            assertThat(message.payload()).isEmpty();
        });
        assertThat(state.history(chatId)).filteredOn(m -> text.equals(m.text())).hasSize(1);
        assertThat(state.partnerMessageCount(chatId)).isEqualTo(partnerMessages + 1);
        assertThat(client.getAllHistory(chatId, lastKnown)).extracting(ChatMessage::message).contains(text);
        assertThat(client.getChatMessage(chatId, sent.get(0).messageId()).message()).isEqualTo(text);
        assertSameChat(client.getChat(chatId), state.chat(chatId).orElseThrow());
    }

    private void expectFilter(GetChatsRequest filter, Predicate<SandboxChat> expected) {
        List<ChatInfo> found = client.getAllChats(filter);
        List<SandboxChat> held = state.chats(rig.businessId()).stream().filter(expected).toList();
        assertThat(held).as("the demo data has chats for " + filter).isNotEmpty();
        assertSameChats(found, held);
    }

    private static void assertSameChats(List<ChatInfo> chats, List<SandboxChat> held) {
        assertThat(chats).extracting(ChatInfo::chatId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(held.stream().map(SandboxChat::chatId).toList());
        chats.forEach(chat -> assertSameChat(chat, held.stream().filter(h -> h.chatId() == chat.chatId())
                .findFirst().orElseThrow()));
    }

    private static void assertSameChat(ChatInfo chat, SandboxChat held) {
        assertThat(chat.chatId()).isEqualTo(held.chatId());
        assertThat(chat.context()).as("context of chat " + held.chatId()).isEqualTo(held.context());
        assertThat(chat.type()).isEqualTo(held.type());
        assertThat(chat.status()).isEqualTo(held.status());
        assertThat(chat.createdAt().toInstant()).isEqualTo(held.createdAt());
        assertThat(chat.updatedAt().toInstant()).isEqualTo(held.updatedAt());
    }

    static void assertSameMessage(ChatMessage message, SandboxMessage held) {
        assertThat(message.messageId()).isEqualTo(held.messageId());
        assertThat(message.createdAt().toInstant()).isEqualTo(held.createdAt());
        assertThat(message.sender()).isEqualTo(held.sender());
        assertThat(message.message()).isEqualTo(held.text());
        assertThat(message.payload()).extracting(ChatAttachment::name, ChatAttachment::size)
                .containsExactlyElementsOf(held.attachments().stream()
                        .map(a -> tuple(a.name(), a.size())).toList());
    }

    /** A buyer writes {@code count} messages into the chat; answers its whole history. */
    private static List<SandboxMessage> addBuyerMessages(SandboxState into, long chatId, int count) {
        for (int i = 1; i <= count; i++) {
            into.addBuyerMessage(chatId, "Сообщение покупателя № " + i);
        }
        return into.history(chatId);
    }

    private static SandboxMessage find(List<SandboxMessage> messages, long messageId) {
        return messages.stream().filter(m -> m.messageId() == messageId).findFirst().orElseThrow();
    }
}
