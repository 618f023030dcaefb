package com.marketchats.service.settings;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The shape of {@code settings.json}, kept apart from {@link AppSettings} so that the file can be
 * lenient: a missing field takes its default and a broken quick reply or account is skipped, instead
 * of the whole file being thrown away.
 */
record SettingsFile(
        int version,
        String language,
        Theme theme,
        Boolean enterSends,
        Boolean notifications,
        List<ReplyEntry> quickReplies,
        List<AccountEntry> accounts,
        String lastAccountId,
        NotificationOptions notificationOptions,
        DesktopEntry desktop) {

    static final int VERSION = 1;

    /** {@code defaultName}: see {@link QuickReply#defaultName()}; absent in files written before it. */
    record ReplyEntry(String title, String text, String defaultName) {

        boolean valid() {
            return title != null && !title.isBlank() && text != null && !text.isBlank();
        }
    }

    /**
     * {@code replyTarget}: absent in files written before reply targets; then the default.
     * {@code quietHours}: absent in files written before quiet hours; then none.
     */
    record AccountEntry(String id, String label, Long businessId, String baseUrl, Boolean demo,
                        ReplyTargetEntry replyTarget, QuietHoursEntry quietHours) {

        boolean valid() {
            return id != null && !id.isBlank() && businessId != null && businessId > 0 && baseUrl != null;
        }
    }

    static SettingsFile of(AppSettings settings) {
        return new SettingsFile(VERSION, settings.language(), settings.theme(), settings.enterSends(),
                settings.notifications(),
                settings.quickReplies().stream().map(reply -> new ReplyEntry(reply.title(), reply.text(), reply.defaultName())).toList(),
                settings.accounts().stream().map(account -> new AccountEntry(account.id(), account.label(),
                        account.businessId(), account.baseUrl(), account.demo(),
                        ReplyTargetEntry.of(account.replyTarget()), QuietHoursEntry.of(account.quietHours())))
                        .toList(),
                settings.lastAccountId(), settings.notificationOptions(), DesktopEntry.of(settings.desktop()));
    }

    /**
     * The settings this file holds; a file without a quick-replies list gets the default replies, and a
     * last account that is no longer listed is forgotten.
     */
    AppSettings toSettings(Supplier<List<QuickReply>> defaultReplies) {
        List<QuickReply> replies = quickReplies == null
                ? defaultReplies.get()
                : quickReplies.stream().filter(Objects::nonNull).filter(ReplyEntry::valid)
                        .map(entry -> new QuickReply(entry.title(), entry.text(), entry.defaultName())).toList();
        List<AccountRef> refs = accounts == null ? List.of()
                : accounts.stream().filter(Objects::nonNull).filter(AccountEntry::valid)
                        .map(entry -> new AccountRef(entry.id(), entry.label(), entry.businessId(), entry.baseUrl(),
                                Boolean.TRUE.equals(entry.demo()), ReplyTargetEntry.toTarget(entry.replyTarget()),
                                QuietHoursEntry.toQuietHours(entry.quietHours())))
                        .toList();
        return new AppSettings(language, theme, !Boolean.FALSE.equals(enterSends),
                !Boolean.FALSE.equals(notifications), replies, refs, lastAccountId, notificationOptions,
                DesktopEntry.toOptions(desktop))
                .withAccounts(refs);
    }
}
