package com.marketchats.view.account;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.i18n.I18n;
import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.autostart.XdgAutostart;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.service.settings.QuietDay;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.Theme;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.account.SettingsViewModel;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings window headless: a change made in it reaches the settings file on Save, and it closes. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    @TempDir
    Path folder;

    private Stage stage;
    private SettingsStore store;
    private SettingsDialog dialog;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = new SettingsStore(folder);
        store.save(AppSettings.defaults(List.of(new QuickReply("Привет", "Здравствуйте!")))
                .withAccount(new AccountRef("a1", "Чайники", 111, "https://api.partner.market.yandex.ru", false)));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialog = open(Autostart.unavailable());
    }

    /** Settings over the test's window, in Russian, with {@code autostart} as the system's entry. */
    private SettingsDialog open(Autostart autostart) {
        Locale russian = Locale.forLanguageTag("ru");
        SettingsViewModel model = new SettingsViewModel(store,
                DemoCabinet.synchronousUi(russian, Clock.systemUTC()), autostart);
        SettingsDialog opened = new SettingsDialog(model, I18n.forLocale(russian), new CabinetActions() {
            @Override
            public void addCabinet(Window owner) {
                asked.add("add");
            }

            @Override
            public void replaceKey(String accountId, Window owner) {
                asked.add("replace " + accountId);
            }

            @Override
            public void removeCabinet(String accountId, Window owner) {
                asked.add("remove " + accountId);
            }
        });
        opened.initOwner(stage);
        opened.show();
        return opened;
    }

    @Test
    void aThemeChosenAndSavedIsWrittenAndTheWindowCloses(FxRobot robot) {
        ComboBox<?> theme = robot.lookup("#settingsTheme").queryComboBox();
        ListView<?> accounts = robot.lookup("#settingsAccounts").queryListView();
        assertThat(accounts.getItems()).hasSize(1);

        robot.interact(() -> theme.getSelectionModel().select(1));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.load(List::of).theme()).isEqualTo(Theme.DARK);
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void withoutTheInstalledLauncherStartingWithTheSystemIsOffAndSaysWhy(FxRobot robot) {
        CheckBox autostart = robot.lookup("#settingsAutostart").query();
        Labeled why = robot.lookup("#settingsAutostartUnavailable").query();

        assertThat(autostart.isDisabled()).isTrue();
        assertThat(autostart.isSelected()).isFalse();
        assertThat(why.getText()).isEqualTo("Доступно только в установленном приложении: эта копия запущена без установки.");
        assertThat(why.isVisible()).isTrue();
        assertThat(robot.lookup("#settingsStartMinimized").<CheckBox>query().isDisabled()).isFalse();
    }

    @Test
    void withoutATrayTheCloseChoiceIsOffAndSaysClosingQuits(FxRobot robot) {
        ComboBox<?> onClose = robot.lookup("#settingsOnClose").queryComboBox();
        Labeled why = robot.lookup("#settingsNoTray").query();

        assertThat(onClose.isDisabled()).isTrue();
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("На этом рабочем столе нет трея: закрытие окна завершает приложение.");
    }

    @Test
    void startMinimisedChosenAndSavedIsWritten(FxRobot robot) {
        robot.clickOn(scrolledTo(robot, "#settingsStartMinimized"));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.load(List::of).desktop().startMinimized()).isTrue();
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void anEntryThatCannotBeWrittenIsExplainedInFullAndTheWindowStaysOpen(FxRobot robot) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("autostart"), "a file where the autostart folder belongs");
        robot.interact(() -> {
            dialog.close();
            dialog = open(new XdgAutostart(notAFolder, Path.of("/opt/market-chats/bin/Market Chats")));
        });

        robot.clickOn(scrolledTo(robot, "#settingsAutostart"));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#settingsError").query();
        assertThat(error.getText()).startsWith("Не удалось изменить запуск вместе с системой: cannot write "
                + notAFolder.resolve("market-chats.desktop"));
        assertThat(((Text) error.lookup(".text")).getText()).as("shown in full").isEqualTo(error.getText());
        assertThat(dialog.isShowing()).isTrue();
    }

    /** The start-up choices are at the foot of the General tab, below what a short dialog shows: scroll down. */
    private static Node scrolledTo(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node ancestor = node;
            while (!(ancestor instanceof ScrollPane)) {
                ancestor = ancestor.getParent();
            }
            ((ScrollPane) ancestor).setVvalue(1);
        });
        return node;
    }

    @Test
    void theCabinetsTabAddsACabinetAndReplacesOrRemovesTheChosenOneWithoutWaitingForSave(FxRobot robot) {
        robot.interact(() -> robot.lookup("#settingsTabs").<TabPane>query().getSelectionModel().select(2));
        assertThat(robot.lookup("#settingsAccountRemove").<Button>query().isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("#settingsAccountAdd");
        robot.interact(() -> robot.lookup("#settingsAccounts").queryListView().getSelectionModel().select(0));
        robot.clickOn("#settingsAccountReplaceKey");
        robot.clickOn("#settingsAccountRemove");

        assertThat(asked).containsExactly("add", "replace a1", "remove a1");
        assertThat(dialog.isShowing()).isTrue();
    }

    @Test
    void quietHoursSwitchedOnForTheChosenCabinetAreSavedWithIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#settingsTabs").<TabPane>query().getSelectionModel().select(2));
        TextField fridayEnd = robot.lookup("#quietTo4").query();
        assertThat(robot.lookup("#quietOn").<CheckBox>query().isDisabled()).as("no cabinet chosen").isTrue();

        robot.interact(() -> robot.lookup("#settingsAccounts").queryListView().getSelectionModel().select(0));
        assertThat(fridayEnd.isDisabled()).as("off until switched on").isTrue();
        robot.interact(() -> robot.lookup("#quietOn").<CheckBox>query().fire());
        robot.interact(() -> fridayEnd.setText("10:00"));
        robot.clickOn("#settingsSave");

        WaitForAsyncUtils.waitForFxEvents();
        QuietHours saved = new SettingsStore(folder).load(List::of).account("a1").orElseThrow().quietHours();
        assertThat(saved.on()).isTrue();
        assertThat(saved.day(DayOfWeek.FRIDAY)).isEqualTo(new QuietDay(DayOfWeek.FRIDAY, true, 1320, 600));
    }

    @Test
    void aReplyTypedIntoTheFormIsSavedByTheOneSaveButton(FxRobot robot) {
        chooseTheFirstReply(robot);
        assertThat(robot.lookup("#settingsReplyApply").tryQuery()).as("no second save button").isEmpty();

        robot.clickOn("#settingsReplyText").eraseText("Здравствуйте!".length()).write("Добрый день!");
        robot.clickOn("#settingsSave");
        assertClosedWithReplies(new QuickReply("Привет", "Добрый день!"));
    }

    @Test
    void closingTheWindowByItsCornerSavesWhatWasTyped(FxRobot robot) {
        chooseTheFirstReply(robot);
        robot.clickOn("#settingsReplyTitle").eraseText("Привет".length()).write("Здравствуйте");
        assertThat(robot.lookup("#settingsReplyTitle").queryTextInputControl().getText()).isEqualTo("Здравствуйте");
        assertThat(robot.lookup("#settingsSave").queryButton().isDisabled()).isFalse();

        Window window = dialog.getDialogPane().getScene().getWindow();
        robot.interact(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertClosedWithReplies(new QuickReply("Здравствуйте", "Здравствуйте!"));
    }

    @Test
    void cancelDropsTheEdits(FxRobot robot) {
        chooseTheFirstReply(robot);
        robot.clickOn("#settingsReplyTitle").write("!");
        robot.clickOn("#settingsCancel");
        assertClosedWithReplies(new QuickReply("Привет", "Здравствуйте!"));
    }

    private static void chooseTheFirstReply(FxRobot robot) {
        robot.clickOn(I18n.forLocale(Locale.forLanguageTag("ru")).text("settings.tab.replies"));
        robot.interact(() -> robot.lookup("#settingsReplies").queryListView().getSelectionModel().select(0));
    }

    /** The window closed, and a fresh read of the settings folder holds these replies. */
    private void assertClosedWithReplies(QuickReply... replies) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(new SettingsStore(folder).load(List::of).quickReplies()).containsExactly(replies);
    }
}
