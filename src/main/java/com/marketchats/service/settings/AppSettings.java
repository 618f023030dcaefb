package com.marketchats.service.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the seller chooses in Settings, as one immutable value. It holds no secret: API keys
 * live in the credential vault.
 *
 * @param language      "ru" or "en"; null follows the system
 * @param theme         light, dark or as the system
 * @param enterSends    true: Enter sends and Shift+Enter breaks the line; false: the other way round
 * @param notifications true: a desktop notification when a buyer writes
 * @param quickReplies  the seller's saved answers, in menu order
 * @param accounts      the connected cabinets, in the order the switcher lists them
 * @param lastAccountId the cabinet open when the app was closed; null for none
 * @param notificationOptions hidden text and sound of notifications; null reads as the defaults
 * @param desktop       closing to the tray, starting minimised, a pause of notifications; null reads as the defaults
 */
public record AppSettings(
        String language,
        Theme theme,
        boolean enterSends,
        boolean notifications,
        List<QuickReply> quickReplies,
        List<AccountRef> accounts,
        String lastAccountId,
        NotificationOptions notificationOptions,
        DesktopOptions desktop) {

    /** The languages the app has texts for. */
    public static final Set<String> LANGUAGES = Set.of("ru", "en");

    public AppSettings {
        language = language != null && LANGUAGES.contains(language) ? language : null;
        theme = theme == null ? Theme.SYSTEM : theme;
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        notificationOptions = notificationOptions == null ? NotificationOptions.DEFAULTS : notificationOptions;
        desktop = desktop == null ? DesktopOptions.DEFAULTS : desktop;
    }

    /** A first start: system language and theme, Enter sends, notifications on, the given replies. */
    public static AppSettings defaults(List<QuickReply> quickReplies) {
        return new AppSettings(null, Theme.SYSTEM, true, true, quickReplies, List.of(), null, null, null);
    }

    /** The locale to show texts in: the chosen language, else the system's. */
    public Locale locale(Locale system) {
        return language == null ? system : Locale.forLanguageTag(language);
    }

    public Optional<AccountRef> account(String id) {
        return accounts.stream().filter(account -> account.id().equals(id)).findFirst();
    }

    public AppSettings withLanguage(String newLanguage) {
        return new AppSettings(newLanguage, theme, enterSends, notifications, quickReplies, accounts, lastAccountId,
                notificationOptions, desktop);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(language, newTheme, enterSends, notifications, quickReplies, accounts, lastAccountId,
                notificationOptions, desktop);
    }

    public AppSettings withEnterSends(boolean newEnterSends) {
        return new AppSettings(language, theme, newEnterSends, notifications, quickReplies, accounts, lastAccountId,
                notificationOptions, desktop);
    }

    public AppSettings withNotifications(boolean newNotifications) {
        return new AppSettings(language, theme, enterSends, newNotifications, quickReplies, accounts, lastAccountId,
                notificationOptions, desktop);
    }

    public AppSettings withQuickReplies(List<QuickReply> newReplies) {
        return new AppSettings(language, theme, enterSends, notifications, newReplies, accounts, lastAccountId,
                notificationOptions, desktop);
    }

    /** Also forgets the last account when it is no longer among the accounts. */
    public AppSettings withAccounts(List<AccountRef> newAccounts) {
        boolean lastKept = newAccounts.stream().anyMatch(account -> account.id().equals(lastAccountId));
        return new AppSettings(language, theme, enterSends, notifications, quickReplies, newAccounts,
                lastKept ? lastAccountId : null, notificationOptions, desktop);
    }

    /** Adds the account at the end, or replaces the one with the same id. */
    public AppSettings withAccount(AccountRef account) {
        Objects.requireNonNull(account, "account");
        List<AccountRef> updated = new ArrayList<>(accounts);
        int index = updated.stream().map(AccountRef::id).toList().indexOf(account.id());
        if (index < 0) {
            updated.add(account);
        } else {
            updated.set(index, account);
        }
        return withAccounts(updated);
    }

    public AppSettings withLastAccountId(String newLastAccountId) {
        return new AppSettings(language, theme, enterSends, notifications, quickReplies, accounts, newLastAccountId,
                notificationOptions, desktop);
    }

    public AppSettings withNotificationOptions(NotificationOptions newOptions) {
        return new AppSettings(language, theme, enterSends, notifications, quickReplies, accounts, lastAccountId,
                newOptions, desktop);
    }

    public AppSettings withDesktop(DesktopOptions newDesktop) {
        return new AppSettings(language, theme, enterSends, notifications, quickReplies, accounts, lastAccountId,
                notificationOptions, newDesktop);
    }
}
