package com.marketchats.viewmodel.compose;

import com.marketchats.api.ApiLimits;
import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.OutboxInputException;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.store.ChatSummary;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The compose box of the open chat: its text with a live counter and the reason it cannot be sent,
 * a draft per chat kept on disk as the seller types, sending through the outbox, attaching files and
 * pasted images through the send sheet, and quick replies. Commands run on the UI thread; everything that touches disk runs
 * on the background. What the seller typed is never lost: the text is cleared only once the outbox has
 * accepted it, and a refusal keeps it with the reason.
 */
public final class ComposeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ComposeViewModel.class);

    private final ChatInbox inbox;
    private final UiContext ui;
    private final I18n texts;
    private final DraftSaver drafts;
    private final SendSheetViewModel sheet;

    private final ObjectProperty<ChatSummary> chat = new SimpleObjectProperty<>(this, "chat");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty sending = new SimpleBooleanProperty(this, "sending");
    private final BooleanProperty enterSends = new SimpleBooleanProperty(this, "enterSends", true);
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final ObservableList<QuickReply> quickReplies = FXCollections.observableArrayList();
    private final ObservableList<String> quickReplyTitles = FXCollections.observableArrayList();
    private final ObservableList<String> quickReplyTitlesView =
            FXCollections.unmodifiableObservableList(quickReplyTitles);
    private final BooleanBinding hasChat = chat.isNotNull();
    private final StringBinding counterText;
    private final BooleanBinding overLimit;
    private final StringBinding sendBlockedReason;
    private final BooleanBinding canSend;
    private final StringBinding promptText;
    /** True while the text is set from a stored draft or cleared by the model, which needs no saving. */
    private boolean settingTextItself;

    public ComposeViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.ui = ui;
        this.texts = ui.texts();
        this.drafts = new DraftSaver(inbox, ui.background());
        this.sheet = new SendSheetViewModel(inbox, ui);
        this.counterText = Bindings.createStringBinding(() -> texts.text("compose.counter",
                String.valueOf(SendRules.length(text.get())), String.valueOf(ApiLimits.MAX_MESSAGE_LENGTH)), text);
        this.overLimit = Bindings.createBooleanBinding(
                () -> SendRules.length(text.get()) > ApiLimits.MAX_MESSAGE_LENGTH, text);
        this.sendBlockedReason = Bindings.createStringBinding(() -> SendRules.blockedReason(
                chat.get() != null, sending.get(), text.get(), texts), text, chat, sending);
        this.canSend = sendBlockedReason.isEmpty();
        this.promptText = Bindings.createStringBinding(() -> texts.text(
                enterSends.get() ? "compose.prompt" : "compose.prompt.ctrlEnter"), enterSends);
        text.addListener((obs, old, now) -> typed(now));
        quickReplies.addListener((ListChangeListener<QuickReply>) change ->
                quickReplyTitles.setAll(quickReplies.stream().map(QuickReply::title).toList()));
    }

    /** Opens a chat's compose box (null: none): keeps the previous chat's text as its draft, loads this one's. */
    public void setChat(ChatSummary next) {
        ChatSummary previous = chat.get();
        if (previous != null && next != null && previous.chatId() == next.chatId()) {
            chat.set(next);
            return;
        }
        if (previous != null) {
            drafts.save(previous.chatId(), text.get());
        }
        chat.set(next);
        sheet.showChat(next == null ? 0 : next.chatId());
        errorText.set("");
        setTextItself("");
        if (next == null) {
            return;
        }
        long chatId = next.chatId();
        ui.run(() -> drafts.read(chatId), draft -> {
            if (isOpen(chatId) && text.get().isEmpty()) {
                setTextItself(draft.orElse(""));
            }
        }, failure -> LOG.warn("Could not read the draft of chat {}: {}", chatId, failure.toString()));
    }

    /** Queues the text in the outbox; clears it (and the draft) only once the outbox has accepted it. */
    public void send() {
        ChatSummary target = chat.get();
        if (target == null || !canSend.get()) {
            return;
        }
        long chatId = target.chatId();
        String sent = text.get();
        sending.set(true);
        errorText.set("");
        ui.run(() -> inbox.sendText(chatId, sent.strip()), item -> {
            sending.set(false);
            boolean stillShown = isOpen(chatId);
            if (stillShown && sent.equals(text.get())) {
                setTextItself("");
            }
            if (!stillShown || text.get().isEmpty()) {
                drafts.save(chatId, "");
            }
        }, failure -> {
            sending.set(false);
            errorText.set(describeSendFailure(failure));
        });
    }

    /**
     * Writes the open chat's text as its draft now, on the calling thread, and drops the send sheets
     * (nothing in them was queued, so nothing is half-sent): for closing the app.
     */
    public void flushDraft() {
        sheet.discardAll();
        ChatSummary open = chat.get();
        if (open != null) {
            drafts.save(open.chatId(), text.get());
        }
        drafts.flush();
    }

    /** A quick reply's text filled from the open chat; a variable it has no value for stays as a bracketed name. */
    public String expand(QuickReply reply) {
        return QuickReplyText.expand(reply.text(), chat.get(), texts).text();
    }

    /**
     * Puts a quick reply in place of the selection (or at the caret when nothing is selected).
     *
     * @return what to select next: the first variable the chat has no value for, for the seller to type
     *         over; else an empty span right after the inserted text
     */
    public TextSpan insertQuickReply(QuickReply reply, int caret, int selectionEnd) {
        QuickReplyText.Insertion insertion = QuickReplyText.insert(text.get(),
                QuickReplyText.expand(reply.text(), chat.get(), texts), caret, selectionEnd);
        text.set(insertion.text());
        return insertion.select();
    }

    /** {@link #insertQuickReply(QuickReply, int, int)} for the reply at a position of {@link #quickReplyTitles()}. */
    public TextSpan insertQuickReply(int index, int caret, int selectionEnd) {
        return insertQuickReply(quickReplies.get(index), caret, selectionEnd);
    }

    private void typed(String now) {
        if (settingTextItself) {
            return;
        }
        errorText.set("");
        ChatSummary open = chat.get();
        if (open != null) {
            drafts.save(open.chatId(), now);
        }
    }

    private void setTextItself(String value) {
        settingTextItself = true;
        try {
            text.set(value);
        } finally {
            settingTextItself = false;
        }
    }

    private boolean isOpen(long chatId) {
        return chat.get() != null && chat.get().chatId() == chatId;
    }

    private String describeSendFailure(RuntimeException failure) {
        if (failure instanceof OutboxInputException refused) {
            return texts.text("outbox.problem." + refused.problem(), "");
        }
        LOG.warn("Could not queue a message: {}", failure.toString());
        return texts.text("compose.sendFailed");
    }

    public ReadOnlyObjectProperty<ChatSummary> chatProperty() {
        return chat;
    }

    public BooleanBinding hasChatProperty() {
        return hasChat;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding counterTextProperty() {
        return counterText;
    }

    public BooleanBinding overLimitProperty() {
        return overLimit;
    }

    /** Empty when the text can be sent; otherwise why not, in the user's language. */
    public StringBinding sendBlockedReasonProperty() {
        return sendBlockedReason;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }

    /** True: Enter sends and Shift+Enter adds a line; false: Ctrl+Enter sends and Enter adds a line. */
    public BooleanProperty enterSendsProperty() {
        return enterSends;
    }

    /** The compose box's hint, which names the keys that send under the current setting. */
    public StringBinding promptTextProperty() {
        return promptText;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }

    /** Where files go before they are sent: chosen, dropped or pasted ones. */
    public SendSheetViewModel sheet() {
        return sheet;
    }

    /** The saved templates; the app fills it from the settings. */
    public ObservableList<QuickReply> quickReplies() {
        return quickReplies;
    }

    /** The titles of {@link #quickReplies()}, in the same order, for the menu. */
    public ObservableList<String> quickReplyTitles() {
        return quickReplyTitlesView;
    }
}
