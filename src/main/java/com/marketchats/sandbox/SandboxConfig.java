package com.marketchats.sandbox;

import com.marketchats.api.ApiOperation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a sandbox runs: where it listens, how long one rate-limit hour lasts, whether limits apply,
 * which faults it injects at start, how it answers where the spec is silent, what data it holds and
 * whether simulated buyers write. Immutable; build it with {@link #builder()}.
 */
public final class SandboxConfig {

    /** The demo cabinet's id. */
    public static final long DEFAULT_BUSINESS_ID = 2_481_632L;

    private final int port;
    private final Duration hourLength;
    private final boolean limitsEnabled;
    private final FaultPlan faults;
    private final SpecAmbiguities ambiguities;
    private final Dataset dataset;
    private final long businessId;
    private final double buyerMessagesPerMinute;
    private final Map<ApiOperation, Integer> limits;
    private final boolean untilRoundedDown;

    private SandboxConfig(Builder builder) {
        this.port = builder.port;
        this.hourLength = builder.hourLength;
        this.limitsEnabled = builder.limitsEnabled;
        this.faults = builder.faults;
        this.ambiguities = builder.ambiguities;
        this.dataset = builder.dataset;
        this.businessId = builder.businessId;
        this.buyerMessagesPerMinute = builder.buyerMessagesPerMinute;
        this.limits = new EnumMap<>(builder.limits);
        this.untilRoundedDown = builder.untilRoundedDown;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Port 0 (any free one), real hours, limits on, no faults, the spec defaults, Russian demo data. */
    public static SandboxConfig defaults() {
        return builder().build();
    }

    /** The port to bind on 127.0.0.1; 0 picks a free one. */
    public int port() {
        return port;
    }

    /** How long one rate-limit hour lasts, and what the buyer simulator's minutes are scaled by. */
    public Duration hourLength() {
        return hourLength;
    }

    public boolean limitsEnabled() {
        return limitsEnabled;
    }

    /**
     * Whether {@code X-RateLimit-Resource-Until} names the window's end truncated to the second (so the
     * window really ends up to a second later) instead of rounded up. The spec does not say which.
     */
    public boolean untilRoundedDown() {
        return untilRoundedDown;
    }

    /** Requests of {@code operation} allowed per window: the spec's hourly limit unless set smaller. */
    public int limit(ApiOperation operation) {
        return limits.getOrDefault(operation, operation.hourlyLimit());
    }

    /** The faults in force when the server starts; change them later through {@link SandboxServer#faults()}. */
    public FaultPlan faults() {
        return faults;
    }

    public SpecAmbiguities ambiguities() {
        return ambiguities;
    }

    public Dataset dataset() {
        return dataset;
    }

    public long businessId() {
        return businessId;
    }

    /** New buyer messages per (scaled) minute; 0 leaves the buyer simulator off. */
    public double buyerMessagesPerMinute() {
        return buyerMessagesPerMinute;
    }

    /** Builds a {@link SandboxConfig}; every setting has a default. */
    public static final class Builder {

        private int port;
        private Duration hourLength = Duration.ofHours(1);
        private boolean limitsEnabled = true;
        private FaultPlan faults = FaultPlan.NONE;
        private SpecAmbiguities ambiguities = SpecAmbiguities.DEFAULTS;
        private Dataset dataset = new DemoData();
        private long businessId = DEFAULT_BUSINESS_ID;
        private double buyerMessagesPerMinute;
        private final Map<ApiOperation, Integer> limits = new EnumMap<>(ApiOperation.class);
        private boolean untilRoundedDown;

        private Builder() {
        }

        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** E.g. {@code Duration.ofSeconds(10)} makes every hourly limit reset every ten seconds. */
        public Builder hourLength(Duration hourLength) {
            if (hourLength == null || hourLength.toMillis() < 1) {
                throw new IllegalArgumentException("an hour must last at least 1 ms: " + hourLength);
            }
            this.hourLength = hourLength;
            return this;
        }

        /**
         * Allows {@code perWindow} requests of {@code operation} per window instead of the spec's amount,
         * so that a small dataset spans several windows (with {@link #hourLength} for short windows).
         */
        public Builder limit(ApiOperation operation, int perWindow) {
            if (operation == null || perWindow < 1) {
                throw new IllegalArgumentException("a limit needs an operation and at least 1: " + perWindow);
            }
            limits.put(operation, perWindow);
            return this;
        }

        /** See {@link SandboxConfig#untilRoundedDown()}; default false (rounded up). */
        public Builder untilRoundedDown(boolean roundedDown) {
            this.untilRoundedDown = roundedDown;
            return this;
        }

        public Builder limitsEnabled(boolean enabled) {
            this.limitsEnabled = enabled;
            return this;
        }

        public Builder faults(FaultPlan faults) {
            if (faults == null) {
                throw new IllegalArgumentException("faults must be given; use FaultPlan.NONE");
            }
            this.faults = faults;
            return this;
        }

        public Builder ambiguities(SpecAmbiguities ambiguities) {
            if (ambiguities == null) {
                throw new IllegalArgumentException("ambiguities must be given; use SpecAmbiguities.DEFAULTS");
            }
            this.ambiguities = ambiguities;
            return this;
        }

        public Builder chatOrder(SortOrder order) {
            return ambiguities(ambiguities.withChatOrder(order));
        }

        public Builder historyOrder(SortOrder order) {
            return ambiguities(ambiguities.withHistoryOrder(order));
        }

        public Builder messageIdFromInclusive(boolean inclusive) {
            return ambiguities(ambiguities.withMessageIdFromInclusive(inclusive));
        }

        public Builder attachmentsRequireKey(boolean required) {
            return ambiguities(ambiguities.withAttachmentsRequireKey(required));
        }

        public Builder dataset(Dataset dataset) {
            if (dataset == null) {
                throw new IllegalArgumentException("dataset must be given; use Dataset.EMPTY");
            }
            this.dataset = dataset;
            return this;
        }

        public Builder businessId(long businessId) {
            if (businessId < 1) {
                throw new IllegalArgumentException("businessId must be at least 1: " + businessId);
            }
            this.businessId = businessId;
            return this;
        }

        public Builder buyerMessagesPerMinute(double perMinute) {
            if (!(perMinute >= 0) || Double.isInfinite(perMinute)) {
                throw new IllegalArgumentException("buyer pace must be zero or more: " + perMinute);
            }
            this.buyerMessagesPerMinute = perMinute;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(this);
        }
    }
}
