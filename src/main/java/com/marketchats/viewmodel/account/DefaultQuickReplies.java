package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuickReply;

import java.util.List;

/**
 * The quick replies a first start offers, in the user's language. Pass them to
 * {@code SettingsStore.load(() -> DefaultQuickReplies.of(texts))}.
 */
public final class DefaultQuickReplies {

    private static final List<String> NAMES = List.of("greeting", "shipped", "return");

    private DefaultQuickReplies() {
    }

    public static List<QuickReply> of(I18n texts) {
        return NAMES.stream()
                .map(name -> new QuickReply(texts.text("settings.defaultReply." + name + ".title"),
                        texts.text("settings.defaultReply." + name + ".text")))
                .toList();
    }
}
