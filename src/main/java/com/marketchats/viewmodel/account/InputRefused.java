package com.marketchats.viewmodel.account;

/** Input in Settings that does not make a valid value; its message, in the user's language, is shown as is. */
final class InputRefused extends RuntimeException {

    InputRefused(String message) {
        super(message, null, false, false);
    }
}
