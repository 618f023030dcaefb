package com.marketchats.viewmodel.compose;

import com.marketchats.api.ApiLimits;
import com.marketchats.i18n.I18n;
import com.marketchats.text.VisibleText;

/** Whether a compose text can be sent, and why not, measured as the API measures it. */
final class SendRules {

    private SendRules() {
    }

    /** Characters as the API counts them: Unicode code points, so an emoji is one. */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Empty when sendable; otherwise the reason in the user's language. */
    static String blockedReason(boolean hasChat, boolean sending, String text, I18n texts) {
        if (!hasChat) {
            return texts.text("compose.blocked.noChat");
        }
        if (sending) {
            return texts.text("compose.blocked.sending");
        }
        if (VisibleText.isBlank(text)) {
            return texts.text("compose.blocked.empty");
        }
        int length = length(text);
        if (length > ApiLimits.MAX_MESSAGE_LENGTH) {
            return texts.text("compose.blocked.tooLong", String.valueOf(length),
                    String.valueOf(ApiLimits.MAX_MESSAGE_LENGTH));
        }
        return "";
    }
}
