package com.marketchats.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.view.MainWindow;
import com.marketchats.viewmodel.InboxViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JavaFX application. With no account configured it starts the built-in sandbox on loopback and
 * talks to it through the real HTTP client, so demo mode exercises the same code as a real cabinet.
 */
public final class MarketChatsApp extends Application {

    private SandboxServer sandbox;
    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        I18n texts = I18n.forLocale(options.locale().orElse(Locale.getDefault()));
        Application.setUserAgentStylesheet(options.theme().filter("dark"::equals).isPresent()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());

        sandbox = SandboxServer.startDemo();
        ChatsApi api = HttpChatsApi.builder()
                .baseUrl(sandbox.baseUrl())
                .businessId(sandbox.demoBusinessId())
                .credentials(ApiCredentials.apiKey(sandbox.demoApiKey()))
                .build();
        background = Executors.newFixedThreadPool(2, BackgroundThreads.named("api"));
        InboxViewModel inbox = new InboxViewModel(api, background, Platform::runLater, texts, Clock.systemDefaultZone());

        MainWindow window = new MainWindow(inbox, texts, true);
        stage.setTitle(texts.text("app.title.demo"));
        stage.setScene(new Scene(window.root(), 1180, 760));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.show();
        inbox.refresh();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
