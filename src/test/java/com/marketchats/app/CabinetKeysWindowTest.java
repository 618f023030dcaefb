package com.marketchats.app;

import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.accounts.CredentialVaults;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.window.CabinetEntry;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cabinets and keys in the real window: "Add cabinet" from the switcher's menu and from Settings, in the
 * demo and with a real cabinet on the sandbox; a revoked key's banner and "Replace API key" (a wrong key
 * and another cabinet's key refused, the right one stored, history, drafts and outbox kept, the reply the
 * old key could not send sent); and removing a cabinet (the question counts what goes; Keep keeps it all).
 */
@ExtendWith(ApplicationExtension.class)
class CabinetKeysWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path data;
    private Stage stage;
    private AppWindow window;
    private SandboxServer server;
    private AccountRef shop;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        // Dialogs, and popups such as a notification card about a reply deadline.
        robot.interact(() -> Window.getWindows().stream().filter(each -> each != stage).toList()
                .forEach(Window::hide));
        if (window != null) {
            robot.interact(window::close);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void addCabinetIsReachableFromTheSwitcherAndSettingsInTheDemo(FxRobot robot) {
        robot.interact(() -> window = DemoWindows.show(stage, data, "en"));
        DemoWindows.sandbox(window);

        addCabinetFromTheSwitcherAndFromSettings(robot);
    }

    @Test
    void addCabinetIsReachableFromTheSwitcherAndSettingsWithARealCabinet(FxRobot robot) {
        showRealCabinet(robot);

        addCabinetFromTheSwitcherAndFromSettings(robot);
    }

    @Test
    void aRevokedKeyOffersReplaceKeyWhichRefusesWrongKeysAndResumesTheCabinetWithTheRightOne(FxRobot robot) {
        ChatInbox inbox = showRealCabinet(robot);
        long chat = server.state().chats(shop.businessId()).get(0).chatId();
        String reply = "Reply written while the key was revoked";
        server.keys().revoke(server.demoApiKey());
        inbox.saveDraft(chat, "A draft to keep");
        inbox.sendText(chat, reply);
        inbox.refreshNow();

        await().atMost(PATIENCE).until(() -> robot.lookup(".replaceKey").tryQuery().isPresent());
        assertThat(robot.lookup(".notice-banner-text").queryAs(Label.class).getText())
                .contains("no longer accepts the API key");
        robot.clickOn(".replaceKey");

        enterKey(robot, "ACMA:NotAKeyAtAll:00000000");
        await().atMost(PATIENCE).until(() -> error(robot).contains("The key did not work"));
        assertThat(window.vault().read(shop.id())).contains(server.demoApiKey());

        enterKey(robot, server.keys().issue(shop.businessId() + 1));
        await().atMost(PATIENCE).until(() -> error(robot).contains("does not open cabinet " + shop.businessId()));
        assertThat(window.vault().read(shop.id())).contains(server.demoApiKey());

        String newKey = server.keys().issue(shop.businessId());
        enterKey(robot, newKey);

        await().atMost(PATIENCE).until(() -> robot.lookup("#replaceKeyField").tryQuery().isEmpty());
        assertThat(window.vault().read(shop.id())).contains(newKey);
        await().atMost(PATIENCE).until(() -> server.state().history(chat).stream().map(SandboxMessage::text)
                .filter(reply::equals).count() == 1);
        await().atMost(PATIENCE).until(() -> robot.lookup(".replaceKey").tryQuery().isEmpty());
        ChatInbox reopened = window.sessions().open(shop);
        assertThat(reopened.draft(chat)).contains("A draft to keep");
        assertThat(reopened.messages(chat, null, 100)).isNotEmpty();
    }

    @Test
    void removingACabinetSaysWhatGoesAndKeepKeepsEverything(FxRobot robot) {
        ChatInbox inbox = showRealCabinet(robot);
        long chat = server.state().chats(shop.businessId()).get(0).chatId();
        int chats = server.state().chats(shop.businessId()).size();
        server.keys().revoke(server.demoApiKey());
        inbox.saveDraft(chat, "A draft");
        inbox.sendText(chat, "Not sent");
        Path folder = data.resolve("business-" + shop.businessId());

        askToRemove(robot);
        String question = robot.lookup("#removeCabinetDetails").queryAs(Label.class).getText();
        assertThat(question).contains("Chat history: " + chats + " chats").contains("Drafts: 1")
                .contains("Unsent replies and files: 1");
        robot.clickOn("#removeCabinetKeep");

        assertThat(folder).exists();
        assertThat(window.vault().read(shop.id())).isPresent();
        assertThat(new SettingsStore(data).load(List::of).account(shop.id())).isPresent();
    }

    @Test
    void removingTheOnlyCabinetDeletesItsFilesAndKeyAndFallsBackToTheDemo(FxRobot robot) {
        showRealCabinet(robot);
        Path folder = data.resolve("business-" + shop.businessId());

        askToRemove(robot);
        robot.clickOn("#removeCabinetConfirm");

        await().atMost(PATIENCE).until(() -> !Files.exists(folder));
        await().atMost(PATIENCE).until(() -> window.vault().read(shop.id()).isEmpty());
        assertThat(new SettingsStore(data).load(List::of).accounts()).isEmpty();
        await().atMost(PATIENCE).until(() -> window.main().cabinets().stream().map(CabinetEntry::account)
                .anyMatch(AccountRef::demo));
        await().atMost(PATIENCE).until(() -> robot.lookup("#onboardingConnect").tryQuery().isPresent());
        assertThat(robot.lookup("#settingsAccounts").queryListView().getItems()).as("Settings follows at once").isEmpty();
    }

    /** A real cabinet on the sandbox, its key stored where the app will look, shown in English. */
    private ChatInbox showRealCabinet(FxRobot robot) {
        server = SandboxServer.start(SandboxConfig.defaults());
        shop = new AccountRef(UUID.randomUUID().toString(), "Test shop", server.demoBusinessId(), server.baseUrl(),
                false);
        SettingsStore settings = new SettingsStore(data);
        settings.save(settings.load(List::of).withAccount(shop).withLanguage("en"));
        CredentialVaults.open(data).save(shop.id(), server.demoApiKey());
        robot.interact(() -> {
            window = new AppWindow(stage, AppOptions.parse(List.of("--data-dir=" + data)), target -> { });
            window.show();
        });
        int chats = server.state().chats(shop.businessId()).size();
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && robot.lookup("#chatList").queryListView().getItems().size() == chats);
        return window.sessions().open(shop);
    }

    private void addCabinetFromTheSwitcherAndFromSettings(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#appMenu").tryQuery().isPresent());
        robot.clickOn("#appMenu");
        robot.clickOn("Add cabinet…");
        await().atMost(PATIENCE).until(() -> robot.lookup("#onboardingConnect").tryQuery().isPresent());
        closeWindowOf(robot, "#onboardingConnect");

        openCabinetsTab(robot);
        robot.clickOn("#settingsAccountAdd");
        await().atMost(PATIENCE).until(() -> robot.lookup("#onboardingConnect").tryQuery().isPresent());
    }

    private void askToRemove(FxRobot robot) {
        openCabinetsTab(robot);
        robot.interact(() -> robot.lookup("#settingsAccounts").queryListView().getSelectionModel().select(0));
        robot.clickOn("#settingsAccountRemove");
        await().atMost(PATIENCE).until(() -> robot.lookup("#removeCabinetDetails").tryQuery().isPresent());
    }

    private void openCabinetsTab(FxRobot robot) {
        robot.clickOn("#settingsButton");
        await().atMost(PATIENCE).until(() -> robot.lookup("#settingsTabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settingsTabs").<TabPane>query().getSelectionModel().select(2));
        await().atMost(PATIENCE).until(() -> robot.lookup("#settingsAccounts").<ListView<?>>query() != null);
    }

    private void enterKey(FxRobot robot, String key) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#replaceKeyField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#replaceKeyField").queryAs(TextInputControl.class).setText(key));
        robot.clickOn("#replaceKeyConfirm");
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#replaceKeyError").queryAs(Label.class).getText();
    }

    private static void closeWindowOf(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> ((Stage) node.getScene().getWindow()).close());
    }
}
