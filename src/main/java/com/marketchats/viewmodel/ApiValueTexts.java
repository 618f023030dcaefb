package com.marketchats.viewmodel;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.i18n.I18n;

/**
 * The text for one of the API's enum values as kept from the API: the localized text when this client
 * knows the value, and the value itself as the API sent it when it does not (a new status reads
 * "UNDER_REVIEW", which tells the seller more than "Unknown status").
 */
public final class ApiValueTexts {

    private ApiValueTexts() {
    }

    /** The text of {@code keyPrefix + name}; the raw name for a value the client does not know; the prefix's UNKNOWN text for none. */
    public static <E extends Enum<E>> String of(I18n texts, String keyPrefix, Class<E> type, String name) {
        if (name == null) {
            return texts.text(keyPrefix + "UNKNOWN");
        }
        boolean known = ApiEnumNames.constantOf(type, name).name().equals(name);
        return known ? texts.text(keyPrefix + name) : name;
    }
}
