package com.marketchats.service.accounts;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiException;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.service.accounts.CheckResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The {@link AccountCheck} that asks the API: one getChats call for one chat. */
final class HttpAccountCheck implements AccountCheck {

    private static final Logger LOG = LoggerFactory.getLogger(HttpAccountCheck.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    @Override
    public CheckResult check(String baseUrl, long businessId, String apiKey) {
        HttpChatsApi api;
        try {
            api = HttpChatsApi.builder()
                    .baseUrl(baseUrl)
                    .businessId(businessId)
                    .credentials(ApiCredentials.apiKey(apiKey))
                    .connectTimeout(CONNECT_TIMEOUT)
                    .requestTimeout(REQUEST_TIMEOUT)
                    .build();
        } catch (IllegalArgumentException | NullPointerException e) {
            // These messages are the builder's and ApiCredentials', which never quote the key.
            LOG.info("Account check for business {} refused before sending: {}", businessId, e.getMessage());
            return new CheckResult(Outcome.INVALID_INPUT, 0);
        }
        try {
            api.getChats(GetChatsRequest.ALL, null, 1);
            return new CheckResult(Outcome.OK, 200);
        } catch (ApiException e) {
            LOG.info("Account check for business {} failed: {}", businessId, e.getMessage());
            return new CheckResult(outcomeOf(e.kind()), e.httpStatus());
        }
    }

    static Outcome outcomeOf(ApiException.Kind kind) {
        return switch (kind) {
            case UNAUTHORIZED -> Outcome.WRONG_KEY;
            case FORBIDDEN -> Outcome.NO_CHATS_ACCESS;
            case NOT_FOUND -> Outcome.NO_SUCH_CABINET;
            case NETWORK -> Outcome.NO_NETWORK;
            case RATE_LIMITED -> Outcome.RATE_LIMITED;
            case INVALID_INPUT -> Outcome.INVALID_INPUT;
            case BAD_REQUEST, SERVER_ERROR, UNEXPECTED -> Outcome.SERVER_ERROR;
        };
    }
}
