package com.marketchats.app;

import com.marketchats.api.ApiCredentials;
import com.marketchats.app.instance.InstanceLock;
import com.marketchats.service.AccountServices;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import com.marketchats.service.sync.SyncStatus;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --sync-only}: the first sync of one cabinet without a window, for measuring the sync against any
 * server. It runs what the app runs for a cabinet ({@link AccountServices}: store, budget, HTTP client, sync
 * engine) into the given data folder, then prints one JSON line: wall seconds, API answers, chats and
 * messages in the store, peak heap. Like the app it holds the data folder's lock, so it never syncs into a
 * folder a running app uses. Exit status 0 when the first sync completed; 1 when the key was refused,
 * the server could not be reached before anything was read, or the time ran out; 2 for wrong options.
 */
final class SyncOnly {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int WRONG_OPTIONS = 2;

    private SyncOnly() {
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        SyncOnlyOptions options;
        try {
            options = SyncOnlyOptions.parse(args, environment);
        } catch (IllegalArgumentException wrong) {
            err.println("market-chats: " + wrong.getMessage());
            err.println(AppOptions.USAGE);
            return WRONG_OPTIONS;
        }
        long start = System.nanoTime();
        Optional<InstanceLock> folderLock;
        try {
            folderLock = InstanceLock.tryAcquire(Files.createDirectories(options.dataDirectory()));
        } catch (IOException e) {
            err.println("market-chats: cannot use the data folder " + options.dataDirectory() + ": " + e.getMessage());
            return FAILED;
        }
        if (folderLock.isEmpty()) {
            err.println("market-chats: Market Chats is running on " + options.dataDirectory()
                    + "; close it or give another --data-dir");
            return FAILED;
        }
        try (InstanceLock held = folderLock.get(); HeapPeak heap = new HeapPeak();
             AccountServices services = AccountServices.open(AccountServices.Settings.of(options.baseUrl(),
                options.businessId(), ApiCredentials.apiKey(options.apiKey()), options.dataDirectory()))) {
            CompletableFuture<SyncStatus> ended = new CompletableFuture<>();
            services.sync().subscribe(status -> {
                if (status.firstSync().done() || status.hasAuthProblem() || unreachable(status)) {
                    ended.complete(status);
                }
            });
            services.sync().start();
            SyncStatus last = ended.get(options.timeout().toSeconds(), TimeUnit.SECONDS);
            if (!last.firstSync().done()) {
                err.println("market-chats: " + (last.hasAuthProblem()
                        ? "the API refused the key (" + last.authProblem() + "): check the key file or "
                                + SyncOnlyOptions.KEY_VARIABLE + " and the business id"
                        : "the server did not answer at " + options.baseUrl() + ": check the address and the network"));
                return FAILED;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int chats = services.store().chatList().countByGroup(ChatQuery.of(ChatGroup.ALL)).all();
            out.printf(Locale.ROOT, "{\"wallSeconds\":%.3f,\"requests\":%d,\"chats\":%d,\"messages\":%d,"
                    + "\"peakHeapMb\":%d}%n", seconds, services.answersReceived(), chats,
                    services.store().messages().count(), heap.bytes() >> 20);
            return DONE;
        } catch (TimeoutException e) {
            err.println("market-chats: the first sync did not end within " + options.timeout().toSeconds() + " s");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("market-chats: interrupted");
            return FAILED;
        } catch (ExecutionException | IOException | RuntimeException e) {
            err.println("market-chats: the sync failed: " + e);
            return FAILED;
        }
    }

    /** Offline before the first page of the chat list: a wrong address, no network or no server there. */
    private static boolean unreachable(SyncStatus status) {
        return status.connectivity() == Connectivity.OFFLINE && status.firstSync().chatsFetched() == 0;
    }
}
