package com.marketchats.view.account;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.accounts.OwnerOnlyFileVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.account.OnboardingViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first-run screen headless, checking keys against the sandbox. */
@ExtendWith(ApplicationExtension.class)
class OnboardingViewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static SandboxServer sandbox;
    private static ExecutorService background;

    @TempDir
    Path folder;

    private final List<AccountRef> connected = new CopyOnWriteArrayList<>();
    private OwnerOnlyFileVault vault;
    private boolean demoChosen;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.startDemo();
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopSandbox() {
        background.shutdownNow();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n russian = I18n.forLocale(Locale.forLanguageTag("ru"));
        vault = new OwnerOnlyFileVault(folder);
        OnboardingViewModel model = new OnboardingViewModel(AccountCheck.overHttp(), vault,
                new UiContext(background, Platform::runLater, russian, Clock.systemUTC()));
        model.baseUrlProperty().set(sandbox.baseUrl());
        model.setOnConnected(connected::add);
        model.setOnDemo(() -> demoChosen = true);
        stage.setScene(new Scene(new OnboardingView(model, russian).root(), 1000, 720));
        stage.show();
    }

    @Test
    void aWrongKeyShowsWhatToDo(FxRobot robot) {
        fillIn(robot, "ACMA:WrongKey:00000000", sandbox.demoBusinessId());

        robot.clickOn("#onboardingConnect");

        Label error = robot.lookup("#onboardingError").queryAs(Label.class);
        await().atMost(PATIENCE).until(() -> error.getText().contains("Ключ не подошёл"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isTrue();
        assertThat(connected).isEmpty();
        assertThat(folder.resolve(OwnerOnlyFileVault.FILE_NAME)).doesNotExist();
    }

    @Test
    void aGoodKeyConnectsTheCabinet(FxRobot robot) {
        fillIn(robot, sandbox.demoApiKey(), sandbox.demoBusinessId());

        robot.clickOn("#onboardingConnect");

        await().atMost(PATIENCE).until(() -> !connected.isEmpty());
        AccountRef account = connected.get(0);
        assertThat(account.businessId()).isEqualTo(sandbox.demoBusinessId());
        assertThat(account.baseUrl()).isEqualTo(sandbox.baseUrl());
        assertThat(vault.read(account.id())).contains(sandbox.demoApiKey());
    }

    @Test
    void connectWaitsForBothFieldsAndTheDemoIsOneClick(FxRobot robot) {
        Button connect = robot.lookup("#onboardingConnect").queryButton();
        assertThat(connect.isDisabled()).isTrue();
        assertThat(robot.lookup("#onboardingVaultNotice").queryAs(Label.class).getText())
                .contains(OwnerOnlyFileVault.FILE_NAME);

        robot.clickOn("#onboardingDemo");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(demoChosen).isTrue();
    }

    @Test
    void theKeyCanBeShownAndHiddenAgain(FxRobot robot) {
        robot.clickOn("#onboardingApiKey").write("ACMA:visible");

        robot.clickOn("#onboardingShowKey");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#onboardingApiKeyShown").queryTextInputControl().getText()).isEqualTo("ACMA:visible");
        assertThat(robot.lookup("#onboardingApiKeyShown").queryTextInputControl().isVisible()).isTrue();
        assertThat(robot.lookup("#onboardingApiKey").queryTextInputControl().isVisible()).isFalse();
    }

    private static void fillIn(FxRobot robot, String key, long businessId) {
        robot.clickOn("#onboardingApiKey").write(key);
        robot.clickOn("#onboardingBusinessId").write(Long.toString(businessId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
