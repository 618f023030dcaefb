package com.marketchats.viewmodel;

import com.marketchats.i18n.I18n;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
        try {
            background.execute(() -> work(work, onResult, onFailure));
        } catch (RejectedExecutionException closing) {
            // The window is closing and its executor is shut down: there is nobody left to show a result to.
        }
    }

    private <T> void work(Supplier<T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException failure) {
            ui.execute(() -> onFailure.accept(failure));
            return;
        }
        ui.execute(() -> onResult.accept(result));
    }
}
