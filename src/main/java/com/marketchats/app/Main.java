package com.marketchats.app;

import javafx.application.Application;

/** Starts Market Chats. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(MarketChatsApp.class, args);
    }
}
