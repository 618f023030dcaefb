package com.marketchats.viewmodel.conversation;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a web address belongs to Yandex Market, so it opens without asking: market.yandex.ru and its
 * subdomains (partner., business., api.partner. — the hosts the API spec names) and the Market pages of
 * the Yandex help (yandex.ru/support/marketplace, yandex.ru/support2/marketplace). Any other address is
 * one a buyer could have typed to lure the seller, so the app asks first.
 */
public final class MarketHosts {

    private static final String MARKET = "market.yandex.ru";

    private MarketHosts() {
    }

    public static boolean isMarket(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (Exception invalid) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        // A user part ("https://market.yandex.ru@evil.example") hides the real host from a reader.
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals(MARKET) || host.endsWith("." + MARKET)) {
            return true;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        return (host.equals("yandex.ru") || host.equals("www.yandex.ru"))
                && (path.startsWith("/support/marketplace") || path.startsWith("/support2/marketplace"));
    }
}
