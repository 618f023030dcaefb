package com.marketchats.app;

import java.util.List;

/**
 * Starts Market Chats; a mistyped option is reported with the usage before any window opens.
 * {@code --self-check} runs {@link SelfCheck} instead of the window: it never touches the JavaFX toolkit,
 * so it works on a machine with no display (CI checking an installed package). The window's settings and
 * first cabinet start loading ({@link AppStartup}) before the JavaFX toolkit starts, while it starts.
 */
public final class Main {

    static final String SELF_CHECK = "--self-check";

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
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println("market-chats: " + wrong.getMessage());
            System.err.println(AppOptions.USAGE);
            System.exit(2);
            return;
        }
        MarketChatsApp.launch(AppStartup.begin(options), args);
    }
}
