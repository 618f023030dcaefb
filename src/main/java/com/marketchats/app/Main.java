package com.marketchats.app;

import javafx.application.Application;

import java.util.List;

/** Starts Market Chats; a mistyped option is reported with the usage before any window opens. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try {
            AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println("market-chats: " + wrong.getMessage());
            System.err.println(AppOptions.USAGE);
            System.exit(2);
        }
        Application.launch(MarketChatsApp.class, args);
    }
}
