package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.OutboxState;
import com.marketchats.viewmodel.conversation.ConversationItem.DaySeparator;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.PendingBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.Side;
import com.marketchats.viewmodel.conversation.ConversationItem.UnreadDivider;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The conversation view-model on the demo cabinet, with a direct UI executor and no toolkit. */
class ConversationViewModelTest extends ConversationFixture {

    @Test
    void openingAChatShowsItsMessagesOnTheirSidesWithSenderLabels() {
        SandboxChat chat = chatWhere(history -> history.size() <= ConversationQueries.PAGE_SIZE
                && senders(history).containsAll(Set.of(MessageSender.CUSTOMER, MessageSender.PARTNER)));
        List<SandboxMessage> history = state().history(chat.chatId());

        open(chat);

        List<MessageBubble> bubbles = bubbles();
        assertThat(bubbles).extracting(MessageBubble::messageId)
                .containsExactlyElementsOf(history.stream().map(SandboxMessage::messageId).toList());
        for (int i = 0; i < history.size(); i++) {
            MessageSender sender = history.get(i).sender();
            MessageBubble bubble = bubbles.get(i);
            assertThat(bubble.side()).isEqualTo(switch (sender) {
                case PARTNER -> Side.SELLER;
                case CUSTOMER -> Side.BUYER;
                default -> Side.SYSTEM;
            });
            if (sender == MessageSender.PARTNER) {
                assertThat(bubble.senderLabel()).isEqualTo("Вы");
            } else if (sender == MessageSender.MARKET) {
                assertThat(bubble.senderLabel()).isEqualTo("Яндекс Маркет");
            } else if (sender == MessageSender.SUPPORT) {
                assertThat(bubble.senderLabel()).isEqualTo("Поддержка Маркета");
            }
            assertThat(bubble.accessibleText()).contains(bubble.senderLabel(), bubble.timeText());
        }
        assertThat(model.titleProperty().get()).isNotBlank();
        assertThat(model.statusTextProperty().get()).isNotBlank();
    }

    @Test
    void theHeaderNamesTheOrderAndLinksToItInTheCabinet() {
        SandboxChat chat = chatWhere(c -> c.context() != null && c.context().orderId() != null
                && c.context().campaignId() != null, history -> true);

        open(chat);

        String orderId = String.valueOf(chat.context().orderId());
        assertThat(model.subjectProperty().get()).isEqualTo("Заказ " + orderId);
        assertThat(model.cabinetLinkProperty().get())
                .isEqualTo("https://partner.market.yandex.ru/supplier/" + chat.context().campaignId()
                        + "/orders/" + orderId);
        assertThat(model.typeTextProperty().get()).isIn("Чат с покупателем", "Спор");
    }

    @Test
    void aDaySeparatorStandsAboveTheFirstMessageOfEachDay() {
        SandboxChat chat = chatWhere(history -> history.size() > 3 && days(history) > 1);

        open(chat);

        ConversationTexts texts = new ConversationTexts(I18n.forLocale(RUSSIAN), MOSCOW);
        String previousDay = null;
        ConversationItem previousItem = null;
        int separators = 0;
        for (ConversationItem item : model.items()) {
            if (item instanceof DaySeparator) {
                separators++;
            }
            if (item instanceof MessageBubble bubble) {
                SandboxMessage message = state().message(chat.chatId(), bubble.messageId()).orElseThrow();
                String day = texts.dayLabel(message.createdAt().atZone(MOSCOW.getZone()).toLocalDate());
                if (!day.equals(previousDay)) {
                    assertThat(previousItem).as("above the first message of %s", day)
                            .isEqualTo(new DaySeparator(day));
                }
                previousDay = day;
            }
            if (!(item instanceof UnreadDivider)) {
                previousItem = item;
            }
        }
        assertThat(separators).isEqualTo(days(state().history(chat.chatId())));
    }

    @Test
    void theUnreadDividerStandsAboveTheFirstMessageNotYetRead() {
        SandboxChat chat = chatWhere(c -> inbox().chat(c.chatId()).orElseThrow().unreadCount() == 0,
                history -> history.size() > 2 && history.size() < 40);
        SandboxMessage first = state().addBuyerMessage(chat.chatId(), "Здравствуйте, где мой заказ?");
        state().addBuyerMessage(chat.chatId(), "Жду ответа");
        awaitStored(chat.chatId(), first.messageId() + 1);

        open(chat);

        List<ConversationItem> items = model.items();
        int divider = items.indexOf(new UnreadDivider("Новые сообщения"));
        assertThat(divider).isPositive();
        assertThat(items.lastIndexOf(new UnreadDivider("Новые сообщения"))).isEqualTo(divider);
        assertThat(items.get(divider + 1)).isInstanceOfSatisfying(MessageBubble.class,
                bubble -> assertThat(bubble.messageId()).isEqualTo(first.messageId()));
    }

    @Test
    void olderPagesLoadUntilTheWholeHistoryIsShownOnce() {
        SandboxChat chat = chatWhere(history -> history.size() > 1);
        SandboxMessage last = null;
        for (int i = 1; i <= 2 * ConversationQueries.PAGE_SIZE + 7; i++) {
            last = state().addBuyerMessage(chat.chatId(), "Вопрос номер " + i);
        }
        awaitStored(chat.chatId(), last.messageId());
        List<Long> history = state().history(chat.chatId()).stream().map(SandboxMessage::messageId).toList();

        open(chat);
        assertThat(bubbles()).hasSize(ConversationQueries.PAGE_SIZE);
        assertThat(model.hasOlderProperty().get()).isTrue();
        int pages = 1;
        while (model.hasOlderProperty().get()) {
            model.loadOlder();
            assertThat(model.loadingOlderProperty().get()).isFalse();
            pages++;
            assertThat(pages).as("pages").isLessThan(history.size());
        }

        assertThat(bubbles()).extracting(MessageBubble::messageId).containsExactlyElementsOf(history);
    }

    @Test
    void aBuyerMessageArrivingWhileScrolledUpCountsAsUnseenAndReadingAtTheBottomMarksTheChatRead() {
        SandboxChat chat = chatWhere(history -> history.size() > 1);
        open(chat);
        model.setAtBottom(false);

        SandboxMessage incoming = state().addBuyerMessage(chat.chatId(), "Можно поменять размер на M?");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> bubbles().stream()
                .anyMatch(bubble -> bubble.messageId() == incoming.messageId()));
        assertThat(bubbles().get(bubbles().size() - 1).text()).isEqualTo("Можно поменять размер на M?");
        assertThat(model.unseenBelowProperty().get()).isEqualTo(1);
        assertThat(inbox().chat(chat.chatId()).orElseThrow().unreadCount()).isPositive();

        model.setWindowFocused(true);
        model.setAtBottom(true);

        assertThat(model.unseenBelowProperty().get()).isZero();
        await().atMost(PATIENCE).until(() -> inbox().chat(chat.chatId()).orElseThrow().unreadCount() == 0);
    }

    @Test
    void aSentTextIsPendingFirstAndThenShowsOnceAsTheServersMessage() {
        SandboxChat chat = chatWhere(history -> history.size() > 1);
        open(chat);
        String text = "Добрый день! Отправили заказ сегодня.";
        List<OutboxState> seen = new CopyOnWriteArrayList<>();
        model.items().addListener((ListChangeListener<ConversationItem>) change -> model.items().stream()
                .filter(item -> item instanceof PendingBubble pending && pending.text().equals(text))
                .forEach(item -> seen.add(((PendingBubble) item).state())));

        inbox().sendText(chat.chatId(), text);

        await().atMost(PATIENCE).until(() -> bubbles().stream()
                .anyMatch(bubble -> bubble.side() == Side.SELLER && bubble.text().equals(text)));
        await().atMost(PATIENCE).until(() -> model.items().stream().noneMatch(PendingBubble.class::isInstance));
        // The outbox may take the item before the list first shows it, so its first state is QUEUED or SENDING:
        // what counts is that it showed as pending before the server's copy replaced it.
        assertThat(seen).isNotEmpty().first().isIn(OutboxState.QUEUED, OutboxState.SENDING);
        assertThat(bubbles()).filteredOn(bubble -> bubble.text().equals(text)).hasSize(1);
    }

    @Test
    void aFailedSendShowsWhyAndCanBeRetriedOrDeleted() {
        ChatSummary real = inbox().chat(chatWhere(history -> true).chatId()).orElseThrow();
        long unknownChat = 987_654_321L;
        ChatSummary gone = new ChatSummary(unknownChat, real.typeName(), real.statusName(), real.contextTypeName(),
                real.customerName(), real.customerPublicId(), real.campaignId(), real.orderId(), real.returnId(),
                real.legacyOrderId(), real.createdAt(), real.updatedAt(), 0, null, null, null, null, null);
        model = newModel();
        model.open(gone);

        long outboxId = inbox().sendText(unknownChat, "Это сообщение не дойдёт").id();
        PendingBubble failed = awaitPending(pending -> pending.state() == OutboxState.FAILED);
        assertThat(failed.outboxId()).isEqualTo(outboxId);
        assertThat(failed.failureText()).isEqualTo(I18n.forLocale(RUSSIAN).text("outbox.failure.NOT_FOUND"));
        assertThat(failed.stateText()).isEqualTo("Не отправлено");
        assertThat(failed.canRetry()).isTrue();
        assertThat(failed.canDelete()).isTrue();

        model.retry(outboxId);
        await().atMost(PATIENCE).until(() -> inbox().outboxItems(unknownChat).get(0).item().attempts() == 2);
        awaitPending(pending -> pending.state() == OutboxState.FAILED);

        model.delete(outboxId);
        await().atMost(PATIENCE).until(() -> model.items().stream().noneMatch(PendingBubble.class::isInstance));
        assertThat(inbox().outboxItems(unknownChat)).isEmpty();
    }

    private PendingBubble awaitPending(Predicate<PendingBubble> wanted) {
        return await().atMost(PATIENCE).until(() -> model.items().stream()
                .filter(PendingBubble.class::isInstance).map(PendingBubble.class::cast)
                .filter(wanted).findFirst().orElse(null), pending -> pending != null);
    }
}
