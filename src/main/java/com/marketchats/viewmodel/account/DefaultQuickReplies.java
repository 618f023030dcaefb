package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuickReply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quick replies a first start offers. They are saved with their {@link QuickReply#defaultName() names}
 * and shown in the window's language, so a switch of language switches them too, until the seller edits one.
 * Pass them to {@code SettingsStore.load(() -> DefaultQuickReplies.of(texts))}.
 */
public final class DefaultQuickReplies {

    private static final List<String> NAMES = List.of("greeting", "shipped", "return");
    private static final List<I18n> LANGUAGES = List.of(I18n.forLocale(Locale.forLanguageTag("ru")),
            I18n.forLocale(Locale.ENGLISH));

    private DefaultQuickReplies() {
    }

    public static List<QuickReply> of(I18n texts) {
        return NAMES.stream().map(name -> inLanguage(name, texts)).toList();
    }

    /** The replies as the window shows them: untouched built-in ones in its language, the seller's as written. */
    public static List<QuickReply> inLanguage(List<QuickReply> replies, I18n texts) {
        return replies.stream()
                .map(reply -> builtInName(reply).map(name -> inLanguage(name, texts)).orElse(reply))
                .toList();
    }

    /**
     * Which built-in reply this is: by its name, or, in settings saved before replies had names, by being
     * word for word a built-in reply in one of the app's languages.
     */
    private static Optional<String> builtInName(QuickReply reply) {
        if (reply.defaultName() != null) {
            return Optional.of(reply.defaultName()).filter(NAMES::contains);
        }
        return NAMES.stream().filter(name -> LANGUAGES.stream().anyMatch(language ->
                inLanguage(name, language).equals(new QuickReply(reply.title(), reply.text(), name)))).findFirst();
    }

    private static QuickReply inLanguage(String name, I18n texts) {
        return new QuickReply(texts.text("settings.defaultReply." + name + ".title"),
                texts.text("settings.defaultReply." + name + ".text"), name);
    }
}
