package com.marketchats.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the command line and hands the stage to {@link AppWindow}. */
public final class MarketChatsApp extends Application {

    private AppWindow window;

    @Override
    public void start(Stage stage) {
        window = new AppWindow(stage, AppOptions.parse(getParameters().getRaw()), getHostServices()::showDocument);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
