package com.marketchats.sandbox;

import com.marketchats.api.ContentTypes;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo cabinet in Russian: 40 chats about orders, returns and buyers' own questions, ordinary
 * and disputed, in every status, with messages from buyers, the seller, Market's automatic notices
 * and support staff, a few photos and a PDF. Times are relative to the moment the sandbox starts, so
 * several chats have been waiting for the seller's answer for minutes, hours or days. Chat ids, order
 * and return ids are fixed; message ids follow time order. The direct chats and the newer half of the
 * messages have ids above 2^53 (see {@link Dataset#FIRST_ID_BEYOND_DOUBLE}).
 */
public final class DemoData implements Dataset {

    /** An FBS store of the demo cabinet. */
    public static final long FBS_CAMPAIGN_ID = 21_634_301L;
    /** An Express store of the demo cabinet. */
    public static final long EXPRESS_CAMPAIGN_ID = 21_634_302L;
    /** Orders that have no chat yet: createChat opens a new one for them. */
    public static final List<Long> ORDERS_WITHOUT_CHAT = List.of(51_234_567_850L, 51_234_567_851L, 51_234_567_852L);
    /** A return that has no chat yet. */
    public static final long RETURN_WITHOUT_CHAT = 9_120_050L;

    /** Resource file → the name the attachment carries in the chat (some Cyrillic, some with spaces). */
    private static final Map<String, String> ATTACHMENT_NAMES = Map.of(
            "phone-case.jpg", "Фото чехла.jpg",
            "damaged-cup.jpg", "IMG_20240611_183502.jpg",
            "size-chart.png", "Таблица размеров.png",
            "kettle-label.png", "Этикетка.png",
            "receipt.pdf", "Кассовый чек 51234567808.pdf");

    /** Every demo chat, in id order. */
    static List<DemoChatPlan> plans() {
        List<DemoChatPlan> plans = new ArrayList<>(DemoOrderChats.chats());
        plans.addAll(DemoReturnAndDirectChats.chats());
        return plans;
    }

    @Override
    public void populate(SandboxState state, long businessId) {
        Instant now = state.now();
        Map<String, StoredFile> files = storeFiles(state);
        List<DemoChatPlan> plans = plans();
        registerOrdersAndReturns(state, businessId, plans);
        for (DemoChatPlan plan : plans) {
            state.addChat(businessId, plan.chatId, plan.context, plan.type, plan.status, ago(now, plan.ageMinutes()));
        }
        // Seeded across all chats in time order, so message ids grow with time as the API's do.
        record Planned(long chatId, DemoChatPlan.Line line) {
        }
        List<Planned> lines = new ArrayList<>();
        plans.forEach(plan -> plan.lines.forEach(line -> lines.add(new Planned(plan.chatId, line))));
        lines.sort(Comparator.comparingLong((Planned p) -> p.line().minutesAgo()).reversed());
        for (int i = 0; i < lines.size(); i++) {
            if (i == lines.size() / 2) {
                state.continueMessageIdsFrom(FIRST_ID_BEYOND_DOUBLE);
            }
            Planned planned = lines.get(i);
            DemoChatPlan.Line line = planned.line();
            List<SandboxAttachment> attachments = line.file() == null ? List.of()
                    : List.of(files.get(line.file()).asAttachment());
            state.seedMessage(planned.chatId(), ago(now, line.minutesAgo()), line.sender(), line.text(), attachments);
        }
    }

    private static void registerOrdersAndReturns(SandboxState state, long businessId, List<DemoChatPlan> plans) {
        for (DemoChatPlan plan : plans) {
            ChatFullContext context = plan.context;
            if (context.orderId() != null) {
                state.addOrder(businessId, context.orderId(), context.campaignId(), context.customer());
            }
            if (context.returnId() != null) {
                state.addReturn(businessId, context.returnId(), context.orderId(), context.campaignId(),
                        context.customer());
            }
        }
        ChatCustomer[] customers = {
                new ChatCustomer("Виктор Б.", "v4i5k6t7o8r9b1q2w3e4r5t6y7"),
                new ChatCustomer("Роман", "r6o7m8a9n1q2w3e4r5t6y7u8i9"),
                new ChatCustomer(null, "q1w2e3r4t5y6u7i8o9p0a1s2d3")};
        for (int i = 0; i < ORDERS_WITHOUT_CHAT.size(); i++) {
            state.addOrder(businessId, ORDERS_WITHOUT_CHAT.get(i), FBS_CAMPAIGN_ID, customers[i]);
        }
        state.addReturn(businessId, RETURN_WITHOUT_CHAT, ORDERS_WITHOUT_CHAT.get(0), FBS_CAMPAIGN_ID, customers[0]);
    }

    private static Map<String, StoredFile> storeFiles(SandboxState state) {
        Map<String, StoredFile> files = new HashMap<>();
        ATTACHMENT_NAMES.forEach((resource, name) ->
                files.put(resource, state.files().store(name, ContentTypes.byExtension(resource),
                        readResource(resource))));
        return files;
    }

    /** A file shipped under {@code files/} beside this class. */
    static byte[] readResource(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream("files/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing from the build: files/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant ago(Instant now, long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
