package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.VaultKind;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.store.CabinetContents;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The question before a cabinet is removed, in words a seller can weigh: which cabinet, what is deleted
 * on this computer with counts (chats, drafts, unsent replies), where its key is deleted from, and that
 * nothing changes in Yandex Market.
 *
 * @param heading "Remove from this computer: «Shop» (cabinet ID 2481632)?"
 * @param details one line per thing deleted, then what stays
 */
public record RemovalQuestion(String heading, String details) {

    /**
     * @param contents what the cabinet's store holds; empty when it could not be counted
     * @param failure  why it could not be counted (shown instead of the counts)
     * @param keyFile  the owner-only key file, when keys are not in the keychain
     */
    public static RemovalQuestion of(AccountRef account, Optional<CabinetContents> contents, String failure,
                                     VaultKind vault, Optional<Path> keyFile, I18n texts) {
        StringBuilder details = new StringBuilder(texts.text("removeCabinet.deleted"));
        contents.ifPresentOrElse(counted -> details
                        .append("\n• ").append(texts.text("removeCabinet.chats", counted.chats()))
                        .append("\n• ").append(texts.text("removeCabinet.drafts", counted.drafts()))
                        .append("\n• ").append(texts.text("removeCabinet.unsent", counted.unsent())),
                () -> details.append("\n• ").append(texts.text("removeCabinet.countsUnknown", failure)));
        String place = vault == VaultKind.KEYCHAIN ? texts.text("removeCabinet.keychain")
                : texts.text("removeCabinet.keyFile", keyFile.map(Path::toString).orElse(""));
        details.append("\n• ").append(texts.text("removeCabinet.key", place))
                .append("\n\n").append(texts.text("removeCabinet.kept"));
        return new RemovalQuestion(texts.text("removeCabinet.heading", CabinetNames.of(account, texts)),
                details.toString());
    }
}
