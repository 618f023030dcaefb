package com.marketchats.viewmodel.compose;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatType;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.compose.StartChatViewModel.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "Start a chat" against the demo cabinet. */
class StartChatViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    static Path dataDir;
    private static DemoCabinet cabinet;

    private final I18n texts = I18n.forLocale(RUSSIAN);
    private final List<Long> opened = new ArrayList<>();
    private StartChatViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDir);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @BeforeEach
    void newModel() {
        model = new StartChatViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, new TestClock()));
    }

    @Test
    void aNumberMustBeDigitsPositiveAndFitALong() {
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.empty.ORDER"));
        model.kindProperty().set(Kind.RETURN);
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.empty.RETURN"));

        model.numberProperty().set("12-34");
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.digits"));
        model.numberProperty().set("-5");
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.digits"));
        model.numberProperty().set("0");
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.range"));
        model.numberProperty().set("92233720368547758070");
        assertThat(model.validationTextProperty().get()).isEqualTo(texts.text("startChat.validation.range"));
        model.numberProperty().set(" 51234567 ");
        assertThat(model.validationTextProperty().get()).isEmpty();

        model.numberProperty().set("12a");
        model.start(opened::add);
        assertThat(opened).as("an invalid number starts nothing").isEmpty();
    }

    @Test
    void anOrderOfTheCabinetOpensItsExistingChat() {
        SandboxChat orderChat = cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).stream()
                .filter(chat -> chat.type() == ChatType.CHAT && chat.context() != null
                        && chat.context().type() == ChatContextType.ORDER && chat.context().orderId() != null)
                .findFirst().orElseThrow();
        model.numberProperty().set(String.valueOf(orderChat.context().orderId()));

        model.start(opened::add);

        assertThat(opened).containsExactly(orderChat.chatId());
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(cabinet.inbox().chat(orderChat.chatId())).isPresent();
    }

    @Test
    void anUnknownOrderIsSaidInPlainWords() {
        model.numberProperty().set("987654321012");

        model.start(opened::add);

        assertThat(opened).isEmpty();
        assertThat(model.errorTextProperty().get())
                .isEqualTo("В этом кабинете нет заказа 987654321012. Проверьте номер.");
        assertThat(model.busyProperty().get()).isFalse();

        model.numberProperty().set("987654321013");
        assertThat(model.errorTextProperty().get()).as("editing the number clears the error").isEmpty();
    }
}
