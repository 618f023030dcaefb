package com.marketchats.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keys one running sandbox knows besides its fixed ones: keys issued for one business (the way a
 * real key belongs to one cabinet) and keys revoked since the start, so that tests and a seller trying
 * the app can meet the API's 401 for a revoked key and its 403 for a key of another cabinet.
 */
public final class SandboxKeys {

    static final String OTHER_BUSINESS_MESSAGE = "Access denied: the token does not belong to business ";

    private final Map<String, Long> issued = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();

    SandboxKeys() {
    }

    /** A new key with scope {@code communication}, valid for {@code businessId} only. */
    public String issue(long businessId) {
        String key = "ACMA:SandboxIssuedKey" + count.incrementAndGet() + "For" + businessId + ":0a1b2c3d";
        issued.put(key, businessId);
        return key;
    }

    /** From now on the API answers this key (a fixed one too) with 401, as for a key deleted in the cabinet. */
    public void revoke(String key) {
        revoked.add(key);
    }

    boolean isRevoked(String key) {
        return revoked.contains(key);
    }

    boolean isIssued(String key) {
        return issued.containsKey(key);
    }

    /** The API's 403 for an issued key sent to a business it was not issued for. */
    void checkBusiness(String key, long businessId) throws ApiFailure {
        Long owner = key == null ? null : issued.get(key.trim());
        if (owner != null && owner != businessId) {
            throw ApiFailure.forbidden(OTHER_BUSINESS_MESSAGE + businessId);
        }
    }
}
