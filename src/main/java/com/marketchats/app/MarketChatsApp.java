package com.marketchats.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage and the start-up work {@link Main} began to {@link AppWindow}. */
public final class MarketChatsApp extends Application {

    /** JavaFX creates this class itself, so what {@link Main} started reaches it through here. */
    private static volatile AppStartup pending;

    private AppWindow window;

    /** Starts the toolkit and the window with the settings and cabinet {@code startup} is already loading. */
    static void launch(AppStartup startup, String[] args) {
        pending = startup;
        Application.launch(MarketChatsApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = new AppWindow(stage, pending, new SystemDesktop(getHostServices()));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
