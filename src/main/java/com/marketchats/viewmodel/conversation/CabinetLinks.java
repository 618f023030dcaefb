package com.marketchats.viewmodel.conversation;

import com.marketchats.store.ChatSummary;

/**
 * Where a chat's order or return opens in the seller cabinet in a browser.
 *
 * <p>Yandex documents no URL scheme for cabinet pages. The order page
 * {@code https://partner.market.yandex.ru/supplier/<campaignId>/orders/<orderId>} is the address the
 * cabinet itself shows for an order (public browser extensions for sellers match exactly this pattern),
 * so it is used when the chat names its campaign (store) and order. A return has no such known address,
 * and an order without a campaign cannot be placed in a store: both link to the cabinet's home page
 * {@code https://partner.market.yandex.ru/business/<businessId>/}, the address the cabinet shows after
 * sign-in, where the seller can search the number shown in the header. A chat about a product (DIRECT)
 * has no order, so no link.
 */
public final class CabinetLinks {

    private static final String CABINET = "https://partner.market.yandex.ru/";

    private CabinetLinks() {
    }

    public static String of(ChatSummary chat, long businessId) {
        if (chat.contextType() == null) {
            return null;
        }
        Long orderId = chat.orderId() != null ? chat.orderId() : chat.legacyOrderId();
        return switch (chat.contextType()) {
            case ORDER -> orderId != null && chat.campaignId() != null
                    ? CABINET + "supplier/" + chat.campaignId() + "/orders/" + orderId
                    : cabinetHome(businessId);
            case RETURN -> cabinetHome(businessId);
            case DIRECT, UNKNOWN -> null;
        };
    }

    private static String cabinetHome(long businessId) {
        return CABINET + "business/" + businessId + "/";
    }
}
