package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Russian demo cabinet covers everything the app has to show. */
class DemoDataTest {

    private static final long BUSINESS = SandboxConfig.DEFAULT_BUSINESS_ID;
    private static SandboxState state;
    private static List<SandboxChat> chats;

    @BeforeAll
    static void load() {
        state = new SandboxState();
        state.addBusiness(BUSINESS);
        new DemoData().populate(state, BUSINESS);
        chats = state.chats(BUSINESS);
    }

    @Test
    void fortyChatsWithStableIdsTheDirectOnesAboveTwoToThe53() {
        assertThat(chats).extracting(SandboxChat::chatId).containsExactlyElementsOf(LongStream.concat(
                LongStream.rangeClosed(7_000_001L, 7_000_030L),
                LongStream.rangeClosed(9_007_199_254_740_993L, 9_007_199_254_741_002L)).boxed().toList());
        assertThat((double) Dataset.FIRST_ID_BEYOND_DOUBLE).isEqualTo(Math.pow(2, 53));
    }

    @Test
    void theNewerHalfOfTheMessagesHasIdsAboveTwoToThe53InTimeOrder() {
        List<SandboxMessage> all = chats.stream().flatMap(chat -> state.history(chat.chatId()).stream())
                .sorted(Comparator.comparingLong(SandboxMessage::messageId)).toList();
        assertThat(all).extracting(SandboxMessage::createdAt).isSorted();
        assertThat(all.get(all.size() / 2 - 1).messageId()).isLessThan(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(all.get(all.size() / 2).messageId()).isEqualTo(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(all.get(all.size() - 1).messageId()).isGreaterThan(Dataset.FIRST_ID_BEYOND_DOUBLE);
    }

    @Test
    void everyStatusTypeAndContextTypeOccurs() {
        assertThat(chats).extracting(SandboxChat::status).containsAll(known(ChatStatus.values()));
        assertThat(chats).extracting(SandboxChat::type).containsAll(known(ChatType.values()));
        assertThat(chats).extracting(c -> c.context().type()).containsAll(known(ChatContextType.values()));
    }

    @Test
    void disputesAndOrdinaryChatsOccurForOrdersAndReturns() {
        for (ChatContextType context : List.of(ChatContextType.ORDER, ChatContextType.RETURN)) {
            assertThat(chats).filteredOn(c -> c.context().type() == context).extracting(SandboxChat::type)
                    .contains(ChatType.CHAT, ChatType.ARBITRAGE);
        }
    }

    @Test
    void allFourSendersWriteAndSupportOnlyInDisputes() {
        List<SandboxMessage> messages = chats.stream().flatMap(c -> state.history(c.chatId()).stream()).toList();

        assertThat(messages).extracting(SandboxMessage::sender).containsAll(known(MessageSender.values()));
        assertThat(messages).filteredOn(m -> m.sender() == MessageSender.SUPPORT)
                .allSatisfy(m -> assertThat(state.chat(m.chatId()).orElseThrow().type()).isEqualTo(ChatType.ARBITRAGE));
        assertThat(messages).allSatisfy(m -> assertThat(m.text() != null || !m.attachments().isEmpty()).isTrue());
    }

    @Test
    void someBuyersHaveNoNameAndSomeNoCustomerAtAll() {
        assertThat(chats).anySatisfy(c -> assertThat(c.context().customer()).isNull());
        assertThat(chats).anySatisfy(c -> {
            assertThat(c.context().customer()).isNotNull();
            assertThat(c.context().customer().name()).isNull();
            assertThat(c.context().customer().publicId()).isNotBlank();
        });
    }

    @Test
    void photosAndAPdfAreAttached() {
        List<String> types = chats.stream().flatMap(c -> state.history(c.chatId()).stream())
                .flatMap(m -> m.attachments().stream())
                .map(a -> state.files().find(a.fileId()).orElseThrow().contentType()).distinct().toList();

        assertThat(types).contains("image/jpeg", "image/png", "application/pdf");
    }

    @Test
    void severalChatsWaitForTheSellerForDifferentTimes() {
        Instant now = Instant.now();
        List<Duration> waits = chats.stream().filter(c -> c.status() == ChatStatus.WAITING_FOR_PARTNER)
                .map(c -> Duration.between(c.updatedAt(), now)).sorted().toList();

        assertThat(waits).hasSizeGreaterThanOrEqualTo(8);
        assertThat(waits.get(0)).isLessThan(Duration.ofMinutes(10));
        assertThat(waits.get(waits.size() - 1)).isGreaterThan(Duration.ofDays(2));
        assertThat(waits).anySatisfy(w -> assertThat(w).isBetween(Duration.ofHours(1), Duration.ofHours(12)));
    }

    @Test
    void messageIdsGrowWithTimeAcrossTheCabinetAndUpdatedAtIsTheLastMessage() {
        List<SandboxMessage> byId = chats.stream().flatMap(c -> state.history(c.chatId()).stream())
                .sorted(Comparator.comparingLong(SandboxMessage::messageId)).toList();

        assertThat(byId).extracting(SandboxMessage::createdAt).isSorted();
        for (SandboxChat chat : chats) {
            List<SandboxMessage> history = state.history(chat.chatId());
            if (!history.isEmpty()) {
                assertThat(chat.updatedAt()).isEqualTo(history.get(history.size() - 1).createdAt());
                assertThat(chat.createdAt()).isEqualTo(history.get(0).createdAt());
            }
        }
    }

    @Test
    void everyTimeLiesInTheLastTwoWeeks() {
        Instant now = Instant.now();
        assertThat(chats).allSatisfy(c -> assertThat(c.createdAt()).isBetween(now.minus(Duration.ofDays(14)), now));
    }

    private static <E extends Enum<E>> List<E> known(E[] values) {
        return Arrays.stream(values).filter(v -> !v.name().equals("UNKNOWN")).toList();
    }
}
