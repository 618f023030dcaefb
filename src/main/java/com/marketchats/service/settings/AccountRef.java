package com.marketchats.service.settings;

import java.util.Objects;

/**
 * One connected cabinet as the settings remember it. Its API key is not here: it lives in the
 * credential vault under {@link #id()}.
 *
 * @param id         stable, app-made id; the vault entry's name
 * @param label      what the seller calls this cabinet; may be empty
 * @param businessId the cabinet (business) id in Yandex Market
 * @param baseUrl    the API origin; the real one except for tests and the demo sandbox
 * @param demo       true for the built-in sandbox, which needs no key
 * @param replyTarget how fast this cabinet means to answer, and its working hours; null takes the default
 * @param quietHours  when this cabinet's notifications are held back; null: none ({@link QuietHours#OFF})
 */
public record AccountRef(String id, String label, long businessId, String baseUrl, boolean demo,
                         ReplyTarget replyTarget, QuietHours quietHours) {

    public AccountRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(baseUrl, "baseUrl");
        label = label == null ? "" : label.strip();
        if (businessId < 1) {
            throw new IllegalArgumentException("businessId must be at least 1, was " + businessId);
        }
        replyTarget = replyTarget == null ? ReplyTarget.DEFAULT : replyTarget;
        quietHours = quietHours == null ? QuietHours.OFF : quietHours;
    }

    /** A cabinet with the default reply target and no quiet hours. */
    public AccountRef(String id, String label, long businessId, String baseUrl, boolean demo) {
        this(id, label, businessId, baseUrl, demo, ReplyTarget.DEFAULT, QuietHours.OFF);
    }

    public AccountRef withLabel(String newLabel) {
        return new AccountRef(id, newLabel, businessId, baseUrl, demo, replyTarget, quietHours);
    }

    public AccountRef withReplyTarget(ReplyTarget newTarget) {
        return new AccountRef(id, label, businessId, baseUrl, demo, newTarget, quietHours);
    }

    public AccountRef withQuietHours(QuietHours newQuietHours) {
        return new AccountRef(id, label, businessId, baseUrl, demo, replyTarget, newQuietHours);
    }
}
