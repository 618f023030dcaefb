package com.marketchats.viewmodel.compose;

import com.marketchats.api.ApiException;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.viewmodel.ErrorTexts;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * "Start a chat": the seller types an order or return number, the app opens (or finds) its chat with
 * createChat and shows it. Errors are said in plain words: no such order in this cabinet, a wrong
 * number, a key that cannot write to chats, no connection.
 */
public final class StartChatViewModel {

    /** What the number belongs to. */
    public enum Kind { ORDER, RETURN }

    private final ChatInbox inbox;
    private final UiContext ui;
    private final I18n texts;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ORDER);
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final StringBinding validationText;

    public StartChatViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.ui = ui;
        this.texts = ui.texts();
        this.validationText = Bindings.createStringBinding(this::validate, number, kind);
        number.addListener((obs, old, now) -> errorText.set(""));
        kind.addListener((obs, old, now) -> errorText.set(""));
    }

    /** Opens the chat off the UI thread and hands its id to {@code onOpened}; does nothing while invalid or busy. */
    public void start(Consumer<Long> onOpened) {
        OptionalLong id = parsedNumber();
        if (busy.get() || id.isEmpty()) {
            return;
        }
        Kind asked = kind.get();
        ChatContext context = new ChatContext(asked == Kind.ORDER
                ? ChatContextIdentifiableType.ORDER : ChatContextIdentifiableType.RETURN, id.getAsLong());
        busy.set(true);
        errorText.set("");
        ui.run(() -> inbox.startChat(context), chatId -> {
            busy.set(false);
            onOpened.accept(chatId);
        }, failure -> {
            busy.set(false);
            errorText.set(describe(failure, asked, context.id()));
        });
    }

    private String validate() {
        String typed = number.get() == null ? "" : number.get().strip();
        if (typed.isEmpty()) {
            return texts.text("startChat.validation.empty." + kind.get());
        }
        if (!typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return texts.text("startChat.validation.digits");
        }
        if (parsedNumber().isEmpty()) {
            return texts.text("startChat.validation.range");
        }
        return "";
    }

    /** The number when it is digits only, positive and fits a long. */
    private OptionalLong parsedNumber() {
        String typed = number.get() == null ? "" : number.get().strip();
        if (typed.isEmpty() || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(typed);
            return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
    }

    private String describe(RuntimeException failure, Kind asked, long id) {
        if (!(failure instanceof ApiException api)) {
            return new ErrorTexts(texts).describe(failure);
        }
        String what = String.valueOf(id);
        return switch (api.kind()) {
            case NOT_FOUND -> texts.text("startChat.error.notFound." + asked, what);
            case BAD_REQUEST -> texts.text("startChat.error.badRequest." + asked, what);
            case FORBIDDEN -> texts.text("startChat.error.forbidden");
            default -> new ErrorTexts(texts).describe(api);
        };
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    /** Empty when the number can be used; otherwise what is wrong with it. */
    public StringBinding validationTextProperty() {
        return validationText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }
}
