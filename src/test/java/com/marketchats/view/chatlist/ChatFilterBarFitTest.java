package com.marketchats.view.chatlist;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.i18n.I18n;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.chatlist.ChatListTab;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tab row at the list's narrowest width, 320 px, in Russian and English side by side: every tab's
 * name and count is shown whole (no "…", nothing past the pane's edge).
 */
@ExtendWith(ApplicationExtension.class)
class ChatFilterBarFitTest {

    private static final double NARROWEST = 320;
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    private final List<ChatListViewModel> models = new ArrayList<>();

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        HBox panes = new HBox();
        SoftAssertions softly = new SoftAssertions();
        for (String language : new String[] {"ru", "en"}) {
            Locale locale = Locale.forLanguageTag(language);
            ChatListViewModel model = new ChatListViewModel(cabinet.inbox(), cabinet.fxUi(locale));
            models.add(model);
            Region pane = new ChatListPane(model, I18n.forLocale(locale), link -> { }).root();
            pane.setId("pane-" + language);
            pane.setMinWidth(NARROWEST);
            pane.setPrefWidth(NARROWEST);
            pane.setMaxWidth(NARROWEST);
            panes.getChildren().add(pane);
        }
        stage.setScene(new Scene(panes, 2 * NARROWEST, 600));
        stage.show();
        models.forEach(ChatListViewModel::start);
    }

    @AfterEach
    void stop() {
        models.forEach(ChatListViewModel::dispose);
    }

    @Test
    void everyTabNameAndCountIsWholeAt320PxInRussianAndEnglish(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> models.stream()
                .allMatch(model -> model.tabCountProperty(ChatListTab.ALL).get() > 0));
        WaitForAsyncUtils.waitForFxEvents();

        SoftAssertions softly = new SoftAssertions();
        for (String language : new String[] {"ru", "en"}) {
            Node pane = robot.lookup("#pane-" + language).query();
            Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
            for (ChatListTab tab : ChatListTab.values()) {
                ToggleButton button = robot.from(pane).lookup("#groupFilter-" + tab.name()).queryAs(ToggleButton.class);
                Bounds bounds = button.localToScene(button.getLayoutBounds());
                String where = language + " " + tab;
                softly.assertThat(shownText(button)).as(where).isEqualTo(button.getText());
                softly.assertThat(shownText((Labeled) button.getGraphic())).as(where + " count")
                        .isEqualTo(((Labeled) button.getGraphic()).getText());
                if (((Labeled) button.getGraphic()).getGraphic() instanceof Labeled overdue) {
                    softly.assertThat(shownText(overdue)).as(where + " overdue count").isEqualTo(overdue.getText());
                }
                softly.assertThat(bounds.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(paneBounds.getMaxX());
            }
        }
        softly.assertAll();
    }

    /** The text the skin draws, which ends in "…" when the label is too narrow for its text. */
    private static String shownText(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(node -> node instanceof Text && node.getParent() == labeled)
                .map(node -> ((Text) node).getText()).filter(text -> !text.isEmpty()).findFirst().orElse("");
    }
}
