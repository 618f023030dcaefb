package com.marketchats.service.accounts;

/**
 * Tries a cabinet's id and API key with one real read call before they are saved, so that a wrong key
 * or a missing scope shows up at once, in words the seller can act on. Blocking: call it off the UI
 * thread. Never throws for a failed check; the outcome says what happened.
 */
@FunctionalInterface
public interface AccountCheck {

    CheckResult check(String baseUrl, long businessId, String apiKey);

    /** The check against the real API (or the sandbox at {@code baseUrl}): getChats for one chat. */
    static AccountCheck overHttp() {
        return new HttpAccountCheck();
    }
}
