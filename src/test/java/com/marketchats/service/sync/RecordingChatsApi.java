package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.testing.ForwardingChatsApi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Passes every call on and remembers, in order, which operation was called for which chat. */
final class RecordingChatsApi extends ForwardingChatsApi {

    /** One call: the operation and its chat id (0 for getChats). */
    record Call(ApiOperation operation, long chatId) {
    }

    private final List<Call> calls = new ArrayList<>();

    RecordingChatsApi(ChatsApi delegate) {
        super(delegate);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The chat ids of the getChatHistory calls, in order. */
    List<Long> historyChats() {
        return calls().stream().filter(c -> c.operation() == ApiOperation.GET_CHAT_HISTORY).map(Call::chatId).toList();
    }

    private synchronized void record(ApiOperation operation, long chatId) {
        calls.add(new Call(operation, chatId));
    }

    @Override
    protected <T> T around(ApiOperation operation, long chatId, Supplier<T> call) {
        record(operation, chatId);
        return call.get();
    }
}
