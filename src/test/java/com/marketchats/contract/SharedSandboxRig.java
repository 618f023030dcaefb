package com.marketchats.contract;

import com.marketchats.sandbox.SandboxConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * One {@link SandboxBehindProxy} shared by the tests of a class, as a JUnit extension registered on a
 * static field: started before the class where the spec is (without it each test is skipped with the
 * reason), every exchange a test recorded checked against the spec after the test, and after the
 * class a report of what was checked, by operation and status, handed to the class's coverage check.
 */
final class SharedSandboxRig implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final SandboxConfig config;
    private final Consumer<Map<String, SortedSet<Integer>>> coverage;
    private SpecContract contract;
    private SandboxBehindProxy rig;

    /** @param coverage what the class expects of its checked exchanges: operationId → answered statuses */
    SharedSandboxRig(SandboxConfig config, Consumer<Map<String, SortedSet<Integer>>> coverage) {
        this.config = config;
        this.coverage = coverage;
    }

    SandboxBehindProxy rig() {
        return rig;
    }

    SpecContract contract() {
        return contract;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        contract = SpecContract.load().orElse(null);
        if (contract != null) {
            rig = SandboxBehindProxy.start(config);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SpecContract.loadOrSkip();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (rig != null) {
            rig.validateRecorded(contract);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (rig == null) {
            return;
        }
        try {
            coverage.accept(SandboxBehindProxy.report(context.getRequiredTestClass().getSimpleName(), contract,
                    rig.validated()));
        } finally {
            rig.close();
        }
    }
}
