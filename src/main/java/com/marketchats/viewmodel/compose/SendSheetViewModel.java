package com.marketchats.viewmodel.compose;

import com.marketchats.api.ApiLimits;
import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.OutboxInputException;
import com.marketchats.text.VisibleText;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheet that every file goes through before it is sent, whether chosen with the paperclip, dropped
 * or pasted: the files with a thumbnail or their size, why a file cannot go, an optional text that goes
 * as the next message, and Send / Cancel. Nothing reaches the outbox before Send, so a wrong screenshot
 * is removed before the buyer sees it. Each chat keeps its own sheet while the seller looks at others;
 * the sheets live in memory only, so closing the app leaves nothing queued.
 */
public final class SendSheetViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SendSheetViewModel.class);

    private final ChatInbox inbox;
    private final UiContext ui;
    private final I18n texts;
    private final SheetFileChecks checks;
    private final PastedImageFiles pastedImages;
    /** The sheets of chats that are not on screen, by chat id: their files and text. */
    private final Map<Long, Parked> parked = new HashMap<>();

    private final ObservableList<SheetFile> files = FXCollections.observableArrayList();
    private final ObservableList<SheetFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final BooleanProperty sending = new SimpleBooleanProperty(this, "sending");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final BooleanBinding open = Bindings.isNotEmpty(files);
    private final StringBinding title;
    private final BooleanBinding canSend;
    private long chatId;

    private record Parked(List<SheetFile> files, String comment) {
    }

    SendSheetViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.ui = ui;
        this.texts = ui.texts();
        this.checks = new SheetFileChecks(texts);
        this.pastedImages = new PastedImageFiles(texts, ui.clock());
        this.title = Bindings.createStringBinding(() -> texts.text("sheet.title", sendableCount()), files);
        this.canSend = Bindings.createBooleanBinding(() -> !sending.get() && sendableCount() > 0
                && SendRules.length(comment.get()) <= ApiLimits.MAX_MESSAGE_LENGTH, files, comment, sending);
    }

    /** Shows a chat's sheet (0: no chat), parking the one on screen with its files and text. */
    void showChat(long next) {
        if (next == chatId) {
            return;
        }
        if (chatId != 0 && !files.isEmpty()) {
            parked.put(chatId, new Parked(List.copyOf(files), comment.get()));
        }
        Parked shown = parked.remove(next);
        chatId = next;
        errorText.set("");
        files.setAll(shown == null ? List.of() : shown.files());
        comment.set(shown == null ? "" : shown.comment());
    }

    /** Puts files into the open chat's sheet, each checked; the refused ones are listed with the reason. */
    public void addFiles(List<Path> dropped) {
        addFiles(chatId, dropped);
    }

    /** Puts files into a chat's sheet, on screen or not (a drop onto a chat in the list). */
    public void addFiles(long targetChatId, List<Path> dropped) {
        if (targetChatId == 0 || dropped.isEmpty()) {
            return;
        }
        List<Path> paths = List.copyOf(dropped);
        ui.run(() -> paths.stream().map(path -> checks.check(path, false)).toList(),
                checked -> append(targetChatId, checked),
                failure -> LOG.warn("Could not check dropped files: {}", failure.toString()));
    }

    /** Puts a pasted image into the open chat's sheet as a PNG ("Снимок 2026-11-26 14-05.png"). */
    public void addImage(int width, int height, int[] argbPixels) {
        long target = chatId;
        if (target == 0) {
            return;
        }
        int[] pixels = argbPixels.clone();
        ui.run(() -> checks.check(pastedImages.write(width, height, pixels), true),
                checked -> append(target, List.of(checked)), failure -> {
                    LOG.warn("Could not keep a pasted image: {}", failure.toString());
                    errorText.set(texts.text("attach.problem.image"));
                });
    }

    public void remove(SheetFile file) {
        if (!sending.get() && files.remove(file)) {
            deleteIfPasted(List.of(file));
        }
    }

    /** Closes the open chat's sheet; nothing it held is sent. */
    public void cancel() {
        if (sending.get()) {
            return;
        }
        deleteIfPasted(List.copyOf(files));
        files.clear();
        comment.set("");
        errorText.set("");
    }

    /**
     * Queues the sendable files in the sheet's order, then the text as the next message. A file that
     * is gone or changed since it was put into the sheet stays in it with the reason; the others go.
     */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        long target = chatId;
        List<SheetFile> going = files.stream().filter(SheetFile::sendable).toList();
        String text = comment.get();
        sending.set(true);
        errorText.set("");
        ui.run(() -> queue(target, going, text), refusedNow -> {
            sending.set(false);
            if (target == chatId) {
                files.setAll(refusedNow);
                comment.set("");
            }
        }, failure -> {
            sending.set(false);
            LOG.warn("Could not queue the sheet's files: {}", failure.toString());
            errorText.set(texts.text("compose.sendFailed"));
        });
    }

    /** Drops every sheet and its pasted images, on the calling thread: for closing the app. */
    void discardAll() {
        parked.values().forEach(sheet -> deletePastedNow(sheet.files()));
        parked.clear();
        deletePastedNow(files);
    }

    /** Runs on the background; answers the files the outbox refused now, with the reason. */
    private List<SheetFile> queue(long target, List<SheetFile> going, String text) {
        List<SheetFile> refusedNow = new ArrayList<>();
        for (SheetFile file : going) {
            try {
                inbox.sendFile(target, file.path());
                if (file.pasted()) {
                    pastedImages.delete(file.path());
                }
            } catch (OutboxInputException refused) {
                refusedNow.add(file.refusedBecause(checks.describe(file.path(), refused.problem())));
            }
        }
        // The text belongs to the files: alone, without any of them, it would puzzle the buyer.
        if (refusedNow.size() < going.size() && !VisibleText.isBlank(text)) {
            inbox.sendText(target, text.strip());
        }
        return refusedNow;
    }

    private void append(long target, List<SheetFile> checked) {
        if (target == chatId) {
            files.addAll(checked);
            return;
        }
        Parked before = parked.getOrDefault(target, new Parked(List.of(), ""));
        List<SheetFile> all = new ArrayList<>(before.files());
        all.addAll(checked);
        parked.put(target, new Parked(List.copyOf(all), before.comment()));
    }

    private void deleteIfPasted(List<SheetFile> dropped) {
        if (dropped.stream().anyMatch(SheetFile::pasted)) {
            ui.run(() -> {
                deletePastedNow(dropped);
                return dropped.size();
            }, deleted -> { }, failure -> LOG.warn("Could not delete pasted images: {}", failure.toString()));
        }
    }

    private void deletePastedNow(List<SheetFile> dropped) {
        dropped.stream().filter(SheetFile::pasted).forEach(file -> pastedImages.delete(file.path()));
    }

    private int sendableCount() {
        return (int) files.stream().filter(SheetFile::sendable).count();
    }

    /** The files in the open chat's sheet, in the order they will be sent. */
    public ObservableList<SheetFile> files() {
        return filesView;
    }

    /** The optional text sent after the files. */
    public StringProperty commentProperty() {
        return comment;
    }

    /** True while the sheet has files and shows. */
    public BooleanBinding openProperty() {
        return open;
    }

    /** "Send 2 files", counting the files that can go. */
    public StringBinding titleProperty() {
        return title;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }
}
