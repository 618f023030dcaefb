package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuickReply;

import java.util.List;

/**
 * The quick replies a first start offers. They are saved with their {@link QuickReply#defaultName() names}
 * and shown in the window's language, so a switch of language switches them too, until the seller edits one.
 * Pass them to {@code SettingsStore.load(() -> DefaultQuickReplies.of(texts))}.
 */
public final class DefaultQuickReplies {

    private static final List<String> NAMES = List.of("greeting", "shipped", "return");

    private DefaultQuickReplies() {
    }

    public static List<QuickReply> of(I18n texts) {
        return NAMES.stream().map(name -> inLanguage(name, texts)).toList();
    }

    /** The replies as the window shows them: untouched built-in ones in its language, the seller's as written. */
    public static List<QuickReply> inLanguage(List<QuickReply> replies, I18n texts) {
        return replies.stream()
                .map(reply -> reply.defaultName() != null && NAMES.contains(reply.defaultName())
                        ? inLanguage(reply.defaultName(), texts) : reply)
                .toList();
    }

    private static QuickReply inLanguage(String name, I18n texts) {
        return new QuickReply(texts.text("settings.defaultReply." + name + ".title"),
                texts.text("settings.defaultReply." + name + ".text"), name);
    }
}
