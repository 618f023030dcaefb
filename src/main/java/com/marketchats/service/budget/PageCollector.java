package com.marketchats.service.budget;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.Paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows {@code nextPageToken} until it is absent, one page (and so one permit) at a time, the way the
 * client's own paging does: it never stops early on an assumed order, and stops with an error when the
 * server repeats a token, which would loop forever.
 */
final class PageCollector {

    private PageCollector() {
    }

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
