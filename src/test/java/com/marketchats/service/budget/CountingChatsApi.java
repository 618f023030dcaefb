package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.testing.ForwardingChatsApi;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Counts how many calls of the wrapped client run at once. */
final class CountingChatsApi extends ForwardingChatsApi {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    CountingChatsApi(ChatsApi delegate) {
        super(delegate);
    }

    @Override
    protected <T> T around(ApiOperation operation, long chatId, Supplier<T> call) {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return call.get();
        } finally {
            running.decrementAndGet();
        }
    }

    int mostAtOnce() {
        return most.get();
    }
}
