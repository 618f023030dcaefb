package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.AccountRef;

/** How a cabinet is named in the questions about it: its label with its ID, or a name made from its ID. */
final class CabinetNames {

    private CabinetNames() {
    }

    static String of(AccountRef account, I18n texts) {
        String number = Long.toString(account.businessId());
        return account.label().isEmpty() ? texts.text("accounts.defaultName", number)
                : texts.text("replaceKey.cabinet", account.label(), number);
    }
}
