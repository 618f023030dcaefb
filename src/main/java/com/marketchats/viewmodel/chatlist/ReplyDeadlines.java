package com.marketchats.viewmodel.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.service.inbox.ReplyClock;
import com.marketchats.service.inbox.ReplyCountdown;
import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.store.ChatSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The cabinet's reply target applied to the chat list: each waiting chat's countdown, its colour and its
 * text ("осталось 18 мин", "просрочено 2 ч"). Read on the background executor while the UI thread may set
 * a new target, hence the volatile field: a row is computed against one whole target or the next.
 */
public final class ReplyDeadlines {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Up to two days overdue reads in hours ("47 h" says more than "1 d"); beyond, in days. */
    private static final Duration HOURS_UP_TO = Duration.ofHours(48);

    private final I18n texts;
    private final Clock clock;
    private volatile ReplyTarget target = ReplyTarget.DEFAULT;

    public ReplyDeadlines(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    public ReplyTarget target() {
        return target;
    }

    void setTarget(ReplyTarget newTarget) {
        target = Objects.requireNonNull(newTarget, "newTarget");
    }

    /** The countdown of a chat that waits for the seller since a known moment; null for any other. */
    ReplyCountdown of(ChatSummary chat) {
        return chat.needsReply() && chat.waitingSince() != null ? since(chat.waitingSince().toInstant()) : null;
    }

    /** The countdown of a wait that began at {@code since}, as of now. */
    public ReplyCountdown since(Instant since) {
        return ReplyClock.countdown(target, since, clock.instant(), clock.getZone());
    }

    static DeadlineState state(ReplyCountdown countdown) {
        if (countdown == null) {
            return DeadlineState.NONE;
        }
        return countdown.overdue() ? DeadlineState.OVERDUE
                : countdown.urgent() ? DeadlineState.URGENT : DeadlineState.ON_TIME;
    }

    /** "осталось 18 мин" / "18 min left", or "просрочено 2 ч" / "2 h overdue"; null without a countdown. */
    public String text(ReplyCountdown countdown) {
        if (countdown == null) {
            return null;
        }
        Duration left = countdown.left();
        return countdown.overdue() ? texts.text("chatlist.deadline.overdue", amount(left.negated()))
                : texts.text("chatlist.deadline.left", amount(left));
    }

    /**
     * A duration as short as a row can hold. Minutes round up, so "1 min left" is the last minute, not
     * the one before it, and a breach one second old reads "1 min overdue"; hours and days round down,
     * so the time left is never said to be more than it is.
     */
    String amount(Duration duration) {
        if (duration.compareTo(HOUR) < 0) {
            long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
            return texts.text("chatlist.deadline.minutes", minutes);
        }
        if (duration.compareTo(HOURS_UP_TO) < 0) {
            return texts.text("chatlist.deadline.hours", duration.toHours());
        }
        return texts.text("chatlist.deadline.days", duration.toDays());
    }
}
