package com.marketchats.view.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.DeadlineState;
import com.marketchats.viewmodel.chatlist.MatchRange;
import com.marketchats.viewmodel.chatlist.StatusKind;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A chat list row, Telegram-like: avatar with the buyer's initial; buyer and time; subject and status
 * chip; preview, waiting timer and unread badge; a pencil for a draft and a red marker for a message not
 * sent. All texts come ready from the view-model, so an update only sets texts and pseudo-classes. Every row has the same height ({@link #HEIGHT}), which keeps the
 * virtualised list smooth with thousands of chats.
 * <p>
 * States are pseudo-classes, not style classes, and the row's nodes stay in the cell when it turns
 * empty: a style class change or a node added to the scene makes JavaFX match every style sheet rule
 * against the whole row again, and a scrolled list updates a few cells every frame.
 */
final class ChatListCell extends ListCell<ChatListItem> {

    static final double HEIGHT = 64;
    /** Avatar colours in chat-list.css ({@code :avatar-color-0..7}), picked by chat id so a buyer keeps theirs. */
    private static final int AVATAR_COLOURS = 8;
    private static final PseudoClass[] AVATAR_STATES = IntStream.range(0, AVATAR_COLOURS)
            .mapToObj(index -> PseudoClass.getPseudoClass("avatar-color-" + index)).toArray(PseudoClass[]::new);
    private static final PseudoClass[] STATUS_STATES = Arrays.stream(StatusKind.values())
            .map(kind -> PseudoClass.getPseudoClass(statusState(kind))).toArray(PseudoClass[]::new);
    static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    static final PseudoClass DISPUTE = PseudoClass.getPseudoClass("dispute");
    /** The countdown's colours in chat-list.css: {@code :deadline-urgent}, {@code :deadline-overdue}... */
    private static final PseudoClass[] DEADLINE_STATES = Arrays.stream(DeadlineState.values())
            .map(state -> PseudoClass.getPseudoClass("deadline-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-')))
            .toArray(PseudoClass[]::new);
    private static final PseudoClass MARKED_UNREAD = PseudoClass.getPseudoClass("marked");

    private final Label avatar = styled(new Label(), "chat-avatar");
    private final Label title = styled(new Label(), "chat-title");
    private final Label time = styled(new Label(), "chat-time");
    private final Label subject = styled(new Label(), "chat-subject");
    private final Label subjectMatch = styled(new Label(), "chat-subject-match");
    private final Label subjectAfter = styled(new Label(), "chat-subject");
    private final Label status = styled(new Label(), "status-chip");
    private final Label preview = styled(new Label(), "chat-preview");
    private final Label waiting = styled(new Label(), "chat-waiting");
    private final Label badge = styled(new Label(), "unread-badge");
    private final Label draft = styled(new Label(null, new FontIcon(Feather.EDIT_2)), "chat-draft-marker");
    private final Label notSent = styled(new Label(null, new FontIcon(Feather.ALERT_CIRCLE)), "chat-not-sent-marker");
    private final Tooltip waitedTooltip = new Tooltip();
    private final HBox layout;

    /** @param texts the markers' tooltips */
    ChatListCell(I18n texts) {
        getStyleClass().add("chat-list-cell");
        // Rows take the list's width, never their texts' width: long texts end in "…" and the list
        // gets no horizontal scroll bar.
        setPrefWidth(0);
        for (Label shrinking : new Label[] {title, preview, subjectAfter}) {
            shrinking.setMinWidth(0);
            shrinking.setPrefWidth(0);
            shrinking.setTextOverrun(OverrunStyle.ELLIPSIS);
            HBox.setHgrow(shrinking, Priority.ALWAYS);
            shrinking.setMaxWidth(Double.MAX_VALUE);
        }
        // The last message is shortened on purpose, as in every messenger: the chat shows all of it.
        preview.getStyleClass().add("elides");
        draft.setTooltip(new Tooltip(texts.text("chatlist.marker.draft")));
        notSent.setTooltip(new Tooltip(texts.text("chatlist.marker.notSent")));
        for (Label fixed : new Label[] {time, status, waiting, badge, draft, notSent}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        subject.setMinWidth(0);
        subject.setTextOverrun(OverrunStyle.ELLIPSIS);
        subjectMatch.setMinWidth(Region.USE_PREF_SIZE);
        // The subject in three parts, so that a searched number in it stands out.
        HBox subjectParts = new HBox(0, subject, subjectMatch, subjectAfter);
        subjectParts.setMinWidth(0);
        subjectParts.setPrefWidth(0);
        HBox.setHgrow(subjectParts, Priority.ALWAYS);
        VBox lines = new VBox(1, line(title, notSent, time), line(subjectParts, status),
                line(draft, preview, waiting, badge));
        HBox.setHgrow(lines, Priority.ALWAYS);
        lines.setMinWidth(0);
        layout = new HBox(10, avatar, lines);
        layout.setAlignment(Pos.CENTER_LEFT);
        avatar.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefHeight(HEIGHT);
        setGraphic(layout);
    }

    @Override
    protected void updateItem(ChatListItem item, boolean empty) {
        super.updateItem(item, empty);
        boolean shown = !empty && item != null;
        layout.setVisible(shown);
        pseudoClassStateChanged(UNREAD, shown && item.unread());
        pseudoClassStateChanged(DISPUTE, shown && item.dispute());
        if (!shown) {
            setAccessibleText(null);
            return;
        }
        avatar.setText(item.initial());
        showOnly(avatar, AVATAR_STATES, (int) Math.floorMod(item.chatId(), (long) AVATAR_COLOURS));
        title.setText(item.title());
        time.setText(item.timeText());
        showSubject(item.subject(), item.subjectMatch());
        status.setText(item.statusText());
        showOnly(status, STATUS_STATES, item.statusKind().ordinal());
        preview.setText(item.preview());
        // The countdown takes the waited time's place; how long the buyer waited stays in the tooltip.
        showIf(waiting, item.deadline().text() != null);
        waiting.setText(item.deadline().text());
        showOnly(waiting, DEADLINE_STATES, item.deadline().state().ordinal());
        waitedTooltip.setText(item.deadline().tooltip());
        waiting.setTooltip(item.deadline().tooltip() == null ? null : waitedTooltip);
        showIf(badge, item.unread());
        // Marked unread by hand: a dot with no number, as in Telegram.
        badge.setText(item.unreadCount() > 0 ? String.valueOf(item.unreadCount()) : "");
        badge.pseudoClassStateChanged(MARKED_UNREAD, item.unreadCount() == 0);
        showIf(draft, item.marks().draft());
        showIf(notSent, item.marks().notSent());
        setAccessibleText(item.accessibleText());
    }

    private void showSubject(String text, MatchRange match) {
        showIf(subjectMatch, match != null);
        if (match == null) {
            subject.setText(text);
            subjectAfter.setText("");
            return;
        }
        subject.setText(text.substring(0, match.start()));
        subjectMatch.setText(text.substring(match.start(), match.end()));
        subjectAfter.setText(text.substring(match.end()));
    }

    /** The pseudo-class of a status chip: {@code :status-needs-reply}, {@code :status-dispute}... */
    static String statusState(StatusKind kind) {
        return "status-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Turns on {@code states[chosen]} and off the others (JavaFX ignores a state set to what it is). */
    private static void showOnly(Label label, PseudoClass[] states, int chosen) {
        for (int index = 0; index < states.length; index++) {
            label.pseudoClassStateChanged(states[index], index == chosen);
        }
    }

    private static HBox line(Region... parts) {
        HBox line = new HBox(6, parts);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static void showIf(Label label, boolean visible) {
        if (label.isVisible() != visible) {
            label.setVisible(visible);
            label.setManaged(visible);
        }
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
