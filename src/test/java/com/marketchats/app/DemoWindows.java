package com.marketchats.app;

import com.marketchats.service.settings.SettingsStore;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The real app window on the demo cabinet, in a data folder of the test's, with a saved language. */
final class DemoWindows {

    private DemoWindows() {
    }

    static AppWindow show(Stage stage, Path dataDirectory, String language) {
        SettingsStore settings = new SettingsStore(dataDirectory);
        settings.save(settings.load(List::of).withLanguage(language));
        AppWindow window = new AppWindow(stage, AppOptions.parse(List.of("--demo", "--data-dir=" + dataDirectory)),
                url -> { });
        window.show();
        return window;
    }
}
