package com.marketchats.viewmodel;

import com.marketchats.i18n.I18n;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every view-model needs besides its service: where blocking work runs, where results are applied
 * ({@code Platform::runLater} in the app, a direct executor in tests), the texts and the clock.
 */
public record UiContext(Executor background, Executor ui, I18n texts, Clock clock) {

    /**
     * Runs {@code work} on the background executor and hands its result to {@code onResult} on the UI
     * executor, or its failure to {@code onFailure} there.
     */
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                ui.execute(() -> onFailure.accept(failure));
                return;
            }
            ui.execute(() -> onResult.accept(result));
        });
    }
}
