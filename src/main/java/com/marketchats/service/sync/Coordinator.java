package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import com.marketchats.service.sync.FailureTracker.Decision;
import com.marketchats.service.sync.FailureTracker.Verdict;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.GroupCounts;
import com.marketchats.store.HistorySyncNeed;
import com.marketchats.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine's decisions, made on its one thread: what to fetch when (passes over the chat list, the
 * open chat, the histories that changed), what each job's end means, and the status that follows. The
 * jobs run on the workers ({@link JobLauncher}) and report back here. The store calls made on this thread
 * are small reads, single-row writes, and once, at the first sync's end, the search index's build.
 */
final class Coordinator {

    private static final Logger LOG = LoggerFactory.getLogger(Coordinator.class);
    /** The shortest wake-up, a guard against spinning should something be due but not startable. */
    private static final Duration MIN_WAKE = Duration.ofMillis(100);

    private final SyncContext c;
    private final StatusPublisher status;
    private final FailureTracker failures;
    private final Pacer pacer;
    private final FirstSyncTracker firstSync;
    private final ListPasses lists = new ListPasses();
    private final HistoryBacklog backlog;
    private final JobLauncher jobs;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    private boolean running;
    private Long openChat;
    private boolean openRunning;
    private Instant lastSuccess;
    private Instant lastFull;
    private SyncScheduler.Cancellable wakeup;

    Coordinator(SyncContext context, StatusPublisher status) {
        this.c = context;
        this.status = status;
        this.failures = new FailureTracker(context.retry(), context.random());
        this.pacer = new Pacer(context.plan());
        this.firstSync = new FirstSyncTracker(context.store());
        this.backlog = new HistoryBacklog(context.store(), context.historyJobs(), context.historyChunk());
        this.jobs = new JobLauncher(context, this, cancelled::get);
    }

    /** Completes once the engine stopped and its last job ended. */
    CompletableFuture<Void> stopped() {
        return stopped;
    }

    // ---- commands; every method of this class runs on the engine's thread ----

    /** Picks up where the account's last run left off: the first sync, or polling. */
    void start() {
        running = true;
        Optional<Instant> lastList = c.store().syncState().lastChatListSync();
        GroupCounts counts = c.store().chatList().countByGroup(ChatQuery.of(ChatGroup.ALL));
        pacer.resume(lastList.orElse(null), ChatListPass.pagesFor(counts.needsReply()), ChatListPass.pagesFor(counts.all()));
        if (firstSync.resume(lastList.isPresent())) {
            lists.beginWithFirstPass();
        }
        plan();
    }

    void stop() {
        running = false;
        cancelled.set(true);
        cancelWakeup();
        publish();
        completeIfIdle();
    }

    void setOpenChat(Long chatId) {
        openChat = chatId;
        pacer.openNow();
        plan();
    }

    void setUserActive(boolean active) {
        pacer.setActive(active);
        plan();
    }

    void refreshNow() {
        lists.refreshWanted();
        pacer.openNow();
        failures.probeNow(now());
        plan();
    }

    void resume() {
        if (failures.authProblem() != null) {
            failures.clearAuthProblem();
            plan();
        }
    }

    // ---- planning ----

    private void plan() {
        if (!running || failures.authProblem() != null) {
            cancelWakeup();
            publish();
            return;
        }
        Instant now = now();
        if (failures.offline()) {
            if (now.isBefore(failures.retryAt())) {
                wakeAt(failures.retryAt(), now);
            } else {
                ChatListPass probe = lists.probe();
                if (probe != null) {
                    jobs.chatList(probe);
                }
            }
            publish();
            return;
        }
        pacer.readBudget(c.api().budget().state());
        ChatListPass pass = lists.next(now, pacer, firstSync.done());
        if (pass != null) {
            jobs.chatList(pass);
        }
        if (openChat != null && !openRunning && !now.isBefore(pacer.openDue())) {
            openRunning = true;
            jobs.openChat(openChat, !firstSync.done());
        }
        if (backlog.due(now)) {
            fetchHistories(now);
        }
        publish();
        wakeAt(nextDue(now), now);
    }

    private Instant nextDue(Instant now) {
        Instant next = lists.dueAt(pacer, firstSync.done());
        if (openChat != null && !openRunning) {
            next = earlier(next, pacer.openDue());
        }
        Instant historyWait = backlog.waitingUntil(now);
        return historyWait == null ? next : earlier(next, historyWait);
    }

    private void fetchHistories(Instant now) {
        List<List<HistorySyncNeed>> chunks;
        try {
            chunks = backlog.take(now, openChat);
        } catch (StoreException e) {
            LOG.error("Could not read which chats need their history", e);
            backlog.waitUntil(now.plus(c.retry().retryDelay()));
            return;
        }
        chunks.forEach(chunk -> jobs.histories(chunk, !firstSync.done()));
        if (chunks.isEmpty() && backlog.idle() && !openRunning && !firstSync.done() && !firstSync.listing()) {
            firstSync.finish(now);
        }
    }

    // ---- reports from the jobs ----

    /** @param listedSoFar chats the pass had listed when the page was written */
    void listPageRead(ChatListPass pass, int listedSoFar) {
        if (pass.kind() == ChatListPass.Kind.FIRST) {
            firstSync.listed(listedSoFar);
            // The histories of the chats listed so far are fetched while the list goes on.
            backlog.wanted();
        }
        boolean cameBack = failures.answered() && running;
        if (cameBack) {
            LOG.info("The API answers again");
        }
        if (cameBack || running && pass.kind() == ChatListPass.Kind.FIRST) {
            plan();
        } else {
            publish();
        }
    }

    void listEnded(ChatListPass pass, RuntimeException failure) {
        lists.ended(pass);
        if (!running) {
            completeIfIdle();
            return;
        }
        Instant now = now();
        if (pass.done()) {
            passCompleted(pass, now);
        }
        if (failure != null) {
            Decision decision = failures.failed(failure, now);
            lists.retryAt(decision.retryAtOr(now));
            if (decision.verdict() == Verdict.SKIP && failure instanceof ApiException && !pass.done()) {
                lists.refused(pass, now, c.retry().retryDelay(), pacer);
            }
        }
        plan();
    }

    private void passCompleted(ChatListPass pass, Instant now) {
        lastSuccess = now;
        backlog.wanted();
        if (pass.kind() == ChatListPass.Kind.HOT) {
            pacer.hotDone(now, pass.pages());
            return;
        }
        pacer.fullDone(now, pass.pages(), ChatListPass.pagesFor(pass.hotCount()));
        lastFull = now;
        if (pass.kind() == ChatListPass.Kind.FIRST) {
            firstSync.listed(pass.listedCount());
            firstSync.listDone(backlog.inProgress());
        }
    }

    void openChatEnded(long chatId, HistoryJob.Outcome outcome) {
        openRunning = false;
        if (!running) {
            completeIfIdle();
            return;
        }
        Instant now = now();
        historiesEnded(outcome);
        Decision decision = outcome.failure() == null ? null : failures.failed(outcome.failure(), now);
        if (openChat != null && openChat == chatId) {
            if (decision == null || decision.verdict() == Verdict.SKIP) {
                pacer.openDone(now);
            } else {
                pacer.openRetryAt(decision.retryAtOr(now));
            }
        }
        plan();
    }

    void historiesEnded(List<Long> chatIds, HistoryJob.Outcome outcome) {
        Instant now = now();
        backlog.ended(chatIds, outcome.skipped(), now);
        if (!running) {
            completeIfIdle();
            return;
        }
        historiesEnded(outcome);
        if (outcome.failure() != null) {
            backlog.waitUntil(failures.failed(outcome.failure(), now).retryAtOr(now));
        }
        plan();
    }

    private void historiesEnded(HistoryJob.Outcome outcome) {
        if (!outcome.fetched().isEmpty() || !outcome.skipped().isEmpty()) {
            failures.answered();
        }
        firstSync.historiesDone(outcome.fetched());
        firstSync.historiesDone(outcome.skipped());
        if (firstSync.historiesComplete()) {
            firstSync.finish(now());
        }
    }

    // ---- status and time ----

    private void publish() {
        Connectivity connectivity = failures.offline() ? Connectivity.OFFLINE
                : !firstSync.done() || lists.sweeping() ? Connectivity.SYNCING : Connectivity.ONLINE;
        SyncStatus next = new SyncStatus(connectivity, running, lastSuccess, lastFull, firstSync.progress(),
                failures.authProblem(), failures.retryAt());
        status.update(old -> next);
    }

    private void completeIfIdle() {
        if (!running && !lists.running() && !openRunning && backlog.idle()) {
            stopped.complete(null);
        }
    }

    private void wakeAt(Instant at, Instant now) {
        cancelWakeup();
        if (at.equals(Instant.MAX)) {
            return;
        }
        wakeup = c.scheduler().schedule(at.isAfter(now) ? Duration.between(now, at) : MIN_WAKE, this::plan);
    }

    private void cancelWakeup() {
        if (wakeup != null) {
            wakeup.cancel();
            wakeup = null;
        }
    }

    private Instant now() {
        return c.clock().instant();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
