package com.marketchats.service.sync;

import com.marketchats.api.ChatsApi;
import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.budget.Priority;
import com.marketchats.store.HistorySyncNeed;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the engine's jobs on the workers, each with the request priority it calls the API with, and
 * reports each end (and each page of the chat list) back to the {@link Coordinator} on the engine's
 * thread. Every job ends with exactly one report, whatever happens.
 */
final class JobLauncher {

    private final SyncContext c;
    private final Coordinator coordinator;
    private final BooleanSupplier cancelled;
    private final ChatPageWriter pageWriter;
    private final HistoryWriter historyWriter;

    JobLauncher(SyncContext context, Coordinator coordinator, BooleanSupplier cancelled) {
        this.c = context;
        this.coordinator = coordinator;
        this.cancelled = cancelled;
        this.pageWriter = new ChatPageWriter(context.store(), context.events());
        this.historyWriter = new HistoryWriter(context.store(), context.events());
    }

    /** Runs (or resumes) a pass over the chat list; a complete pass is recorded in the store. */
    void chatList(ChatListPass pass) {
        BudgetedChatsApi api = c.api().withPriority(pass.priority());
        submit(() -> {
            pass.run(api, pageWriter, c.workers(), cancelled, () -> {
                int listedSoFar = pass.listedCount();
                c.scheduler().execute(() -> coordinator.listPageRead(pass, listedSoFar));
            });
            afterPass(pass, api);
            return (RuntimeException) null;
        }, failure -> failure, failure -> coordinator.listEnded(pass, failure));
    }

    /** Fetches the open chat's history with the foreground priority. */
    void openChat(long chatId, boolean firstSync) {
        BudgetedChatsApi api = c.api().withPriority(Priority.FOREGROUND);
        runHistories(() -> new HistoryJob(List.of(HistoryJob.needOf(c.store(), chatId)), firstSync)
                .run(api, historyWriter, c.workers(), cancelled), outcome -> coordinator.openChatEnded(chatId, outcome));
    }

    /** Fetches a chunk of histories with the background priority. */
    void histories(List<HistorySyncNeed> chunk, boolean firstSync) {
        BudgetedChatsApi api = c.api().withPriority(Priority.BACKGROUND);
        List<Long> chatIds = chunk.stream().map(HistorySyncNeed::chatId).toList();
        HistoryJob job = new HistoryJob(chunk, firstSync);
        runHistories(() -> job.run(api, historyWriter, c.workers(), cancelled),
                outcome -> coordinator.historiesEnded(chatIds, outcome));
    }

    private void afterPass(ChatListPass pass, ChatsApi api) {
        if (pass.kind() == ChatListPass.Kind.HOT) {
            HotSetRecheck.recheck(api, c.store(), pageWriter, pass.listed());
        } else {
            c.store().syncState().markChatListSynced();
        }
    }

    private void runHistories(Supplier<HistoryJob.Outcome> job, Consumer<HistoryJob.Outcome> report) {
        submit(job, HistoryJob.Outcome::failed, report);
    }

    /** Runs {@code job} on a worker, then {@code report}s its result (or its failure) on the engine's thread. */
    private <T> void submit(Supplier<T> job, Function<RuntimeException, T> failed, Consumer<T> report) {
        Runnable task = () -> {
            T result;
            try {
                result = job.get();
            } catch (RuntimeException e) {
                result = failed.apply(e);
            }
            T ended = result;
            c.scheduler().execute(() -> report.accept(ended));
        };
        try {
            c.workers().execute(task);
        } catch (RejectedExecutionException e) {
            T ended = failed.apply(new CancellationException("the sync workers are shut down"));
            c.scheduler().execute(() -> report.accept(ended));
        }
    }
}
