package com.marketchats.viewmodel;

import com.marketchats.api.ApiException;
import com.marketchats.i18n.I18n;
import com.marketchats.service.outbox.OutboxInputException;

/** Says in the user's language what went wrong and what to do about it. */
public final class ErrorTexts {

    private final I18n texts;

    public ErrorTexts(I18n texts) {
        this.texts = texts;
    }

    /** A text for an API failure, input the outbox refused, or (for anything else) an unexpected error. */
    public String describe(Throwable failure) {
        if (failure instanceof OutboxInputException refused) {
            return texts.text("outbox.problem." + refused.problem(), "");
        }
        if (failure instanceof ApiException api) {
            if (api.kind() == ApiException.Kind.INVALID_INPUT && api.inputProblem() != null) {
                return texts.text("error.input." + api.inputProblem());
            }
            return texts.text("error.api." + api.kind());
        }
        return texts.text("error.unexpected");
    }
}
