package com.marketchats.api;

import com.marketchats.api.dto.Paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows {@code nextPageToken} until it is absent and collects every item. It never stops early on
 * an assumed order (the spec states none) and stops with an error when the server hands out a token it
 * already gave, because following it would loop forever.
 */
final class PageWalker {

    private PageWalker() {
    }

    /**
     * @param fetch  loads the page for a token (null for the first page)
     * @param items  the items of a page
     * @param paging the paging part of a page
     */
    static <P, T> List<T> collectAll(ApiOperation operation, Function<String, P> fetch,
            Function<P, List<T>> items, Function<P, Paging> paging) {
        List<T> all = new ArrayList<>();
        Set<String> seenTokens = new HashSet<>();
        String token = null;
        int pages = 0;
        while (true) {
            P page = fetch.apply(token);
            pages++;
            all.addAll(items.apply(page));
            Paging next = paging.apply(page);
            if (next == null || !next.hasNext()) {
                return all;
            }
            token = next.nextPageToken();
            if (!seenTokens.add(token)) {
                throw ApiException.unexpected(operation,
                        "the server repeated a page token after " + pages + " pages; paging stopped to avoid a loop");
            }
        }
    }
}
