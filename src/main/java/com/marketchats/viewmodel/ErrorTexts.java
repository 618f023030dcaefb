package com.marketchats.viewmodel;

import com.marketchats.api.ApiException;
import com.marketchats.i18n.I18n;

/** Says in the user's language what went wrong and what to do about it. */
final class ErrorTexts {

    private final I18n texts;

    ErrorTexts(I18n texts) {
        this.texts = texts;
    }

    String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            if (api.kind() == ApiException.Kind.INVALID_INPUT && api.inputProblem() != null) {
                return texts.text("error.input." + api.inputProblem());
            }
            return texts.text("error.api." + api.kind());
        }
        return texts.text("error.unexpected");
    }
}
