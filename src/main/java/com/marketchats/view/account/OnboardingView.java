package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.OnboardingViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run screen: what the app does, then two ways in side by side: the demo (one big button)
 * or connecting a cabinet with its API key and id.
 */
public final class OnboardingView {

    private final OnboardingViewModel model;
    private final I18n texts;
    private final ScrollPane root;

    public OnboardingView(OnboardingViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
        Label appName = new Label(texts.text("onboarding.appName"));
        appName.getStyleClass().add("onboarding-app-name");
        Label tagline = wrapped(texts.text("onboarding.tagline"), "onboarding-tagline");
        HBox choices = new HBox(24, demoCard(), connectCard());
        choices.setAlignment(Pos.TOP_CENTER);
        VBox page = new VBox(16, appName, tagline, choices);
        page.getStyleClass().add("onboarding");
        page.setAlignment(Pos.TOP_CENTER);
        page.setMaxWidth(900);
        StackPane centred = new StackPane(page);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("onboarding-page");
        root = new ScrollPane(centred);
        root.getStyleClass().add("onboarding-scroll");
        root.setFitToWidth(true);
        root.getStylesheets().add(OnboardingView.class.getResource("account.css").toExternalForm());
    }

    public Region root() {
        return root;
    }

    private Node demoCard() {
        Button demo = new Button(texts.text("onboarding.demo.button"), new FontIcon(Feather.PLAY_CIRCLE));
        demo.setId("onboardingDemo");
        demo.getStyleClass().addAll("accent", "large", "onboarding-demo-button");
        demo.setMaxWidth(Double.MAX_VALUE);
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(event -> model.chooseDemo());
        return card(texts.text("onboarding.demo.title"), wrapped(texts.text("onboarding.demo.text"), null), demo);
    }

    private Node connectCard() {
        TextField businessId = field("onboardingBusinessId", "onboarding.businessId.prompt",
                "onboarding.businessId.label");
        businessId.textProperty().bindBidirectional(model.businessIdProperty());
        TextField label = field("onboardingLabel", "onboarding.label.prompt", "onboarding.label.label");
        label.textProperty().bindBidirectional(model.labelProperty());

        Button connect = new Button(texts.text("onboarding.connect.button"), new FontIcon(Feather.LINK));
        connect.setId("onboardingConnect");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.setOnAction(event -> model.connect());
        connect.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        Label checking = new Label(texts.text("onboarding.checking"));
        checking.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        HBox actions = new HBox(10, connect, progress, checking);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label validation = boundLabel("onboardingValidation", "onboarding-validation");
        validation.textProperty().bind(model.validationTextProperty());
        Label error = boundLabel("onboardingError", "onboarding-error");
        error.textProperty().bind(model.errorTextProperty());
        Label notice = boundLabel("onboardingVaultNotice", "onboarding-vault-notice");
        notice.textProperty().bind(model.vaultNoticeProperty());
        notice.setGraphic(new FontIcon(Feather.INFO));

        return card(texts.text("onboarding.connect.title"),
                caption("onboarding.apiKey.label"), keyField(),
                caption("onboarding.businessId.label"), businessId,
                caption("onboarding.label.label"), label,
                wrapped(texts.text("onboarding.help"), "onboarding-help"),
                actions, validation, error, notice);
    }

    /** A password field and a plain one over the same text; the eye button swaps which is shown. */
    private Node keyField() {
        PasswordField hidden = new PasswordField();
        hidden.setId("onboardingApiKey");
        TextField shown = new TextField();
        shown.setId("onboardingApiKeyShown");
        for (TextField field : new TextField[] {hidden, shown}) {
            field.setPromptText(texts.text("onboarding.apiKey.prompt"));
            field.setAccessibleText(texts.text("onboarding.apiKey.label"));
            field.textProperty().bindBidirectional(model.apiKeyProperty());
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        shown.visibleProperty().bind(model.keyShownProperty());
        shown.managedProperty().bind(shown.visibleProperty());
        hidden.visibleProperty().bind(model.keyShownProperty().not());
        hidden.managedProperty().bind(hidden.visibleProperty());

        ToggleButton eye = new ToggleButton();
        eye.setId("onboardingShowKey");
        eye.selectedProperty().bindBidirectional(model.keyShownProperty());
        eye.graphicProperty().bind(Bindings.when(eye.selectedProperty())
                .then((Node) new FontIcon(Feather.EYE_OFF)).otherwise(new FontIcon(Feather.EYE)));
        eye.accessibleTextProperty().bind(Bindings.when(eye.selectedProperty())
                .then(texts.text("onboarding.apiKey.hide")).otherwise(texts.text("onboarding.apiKey.show")));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(eye.accessibleTextProperty());
        eye.setTooltip(tip);
        return new HBox(6, hidden, shown, eye);
    }

    private VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("onboarding-card-title");
        VBox card = new VBox(8, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("onboarding-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setPrefWidth(420);
        return card;
    }

    private TextField field(String id, String promptKey, String accessibleKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(texts.text(promptKey));
        field.setAccessibleText(texts.text(accessibleKey));
        return field;
    }

    private Label caption(String key) {
        Label caption = new Label(texts.text(key));
        caption.getStyleClass().add("onboarding-caption");
        return caption;
    }

    private static Label boundLabel(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
