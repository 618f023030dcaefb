package com.marketchats.app;

import com.marketchats.app.instance.SingleInstance;
import com.marketchats.i18n.I18n;
import com.marketchats.store.DataDirectory;
import com.marketchats.store.DataFolderCheck;
import com.marketchats.store.OwnerOnlyFiles;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts Market Chats; a mistyped option is reported with the usage before any window opens.
 * {@code --self-check} runs {@link SelfCheck} instead of the window, in a temporary folder of its own: it
 * never touches the JavaFX toolkit, so it works on a machine with no display (CI checking an installed
 * package). Otherwise the data folder is checked first ({@link DataFolderCheck}: a read-only, full or
 * missing folder is said plainly, with a non-zero exit), then taken for this process ({@link SingleInstance}): a second start
 * on it hands its command line to the running app and exits 0 without opening anything. The window's
 * settings and first cabinet start loading ({@link AppStartup}) before the JavaFX toolkit starts.
 * {@code --sync-only} runs {@link SyncOnly}, a headless first sync into the given data folder, likewise
 * without the toolkit.
 */
public final class Main {

    static final String SELF_CHECK = "--self-check";
    /** How long a second start waits for the running app to answer before it says it does not. */
    private static final Duration HAND_OVER_TIMEOUT = Duration.ofSeconds(5);

    private Main() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains(SELF_CHECK)) {
            if (args.length > 1) {
                System.err.println("market-chats: " + SELF_CHECK + " takes no other option");
                System.exit(2);
            }
            // Read by logback.xml before the first logger exists: the check's own lines, not the services' log.
            System.setProperty("marketchats.log.level", "WARN");
            System.exit(new SelfCheck(System.out, SelfCheck.DEFAULT_WAIT).run());
        }
        if (List.of(args).contains(SyncOnlyOptions.OPTION)) {
            System.setProperty("marketchats.log.level", "WARN");
            System.exit(SyncOnly.run(List.of(args), System.getenv(), System.out, System.err));
        }
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println("market-chats: " + wrong.getMessage());
            System.err.println(AppOptions.USAGE);
            System.exit(2);
            return;
        }
        I18n texts = I18n.forLocale(options.locale().orElse(Locale.getDefault()));
        Path dataDirectory = DataDirectory.resolve(options.dataDirectory());
        try {
            start(options, texts, dataDirectory, args);
        } catch (RuntimeException | Error fatal) {
            LoggerFactory.getLogger(Main.class).error("Market Chats could not start", fatal);
            StartupFailure.report(texts, texts.text("startup.failed.unexpected", fatal.toString(),
                    LogFiles.file(dataDirectory)));
            System.exit(1);
        }
    }

    /** Checks and takes the data folder, then starts the window; returns when the window has closed. */
    private static void start(AppOptions options, I18n texts, Path dataDirectory, String[] args) {
        Optional<DataFolderCheck.Problem> problem = DataFolderCheck.check(dataDirectory);
        if (problem.isPresent()) {
            DataFolderCheck.Problem found = problem.get();
            StartupFailure.report(texts, texts.text("startup.dataFolder." + found.kind().name(), found.path(), found.detail()));
            System.exit(1);
            return;
        }
        // Before SingleInstance, whose logger is the first: logback reads the log folder and level only then.
        LogSetup.configure(dataDirectory, options.verbose());
        CrashReporter.install();
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(dataDirectory, List.of(args), HAND_OVER_TIMEOUT);
        } catch (IOException e) {
            StartupFailure.report(texts, texts.text("startup.dataFolder.unusable", dataDirectory, e.getMessage()));
            System.exit(1);
            return;
        }
        if (claim instanceof SingleInstance.HandedOver) {
            System.out.println(texts.text("startup.handedOver"));
            System.exit(0);
        } else if (claim instanceof SingleInstance.NotAnswering) {
            StartupFailure.report(texts, texts.text("startup.notAnswering", dataDirectory));
            System.exit(1);
        } else {
            OwnerOnlyFiles.tighten(dataDirectory);
            MarketChatsApp.launch(AppStartup.begin(options, dataDirectory, (SingleInstance.Owner) claim), args);
        }
    }
}
