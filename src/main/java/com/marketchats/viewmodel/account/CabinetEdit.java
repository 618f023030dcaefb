package com.marketchats.viewmodel.account;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What Settings' per-cabinet editors (reply target, quiet hours) share: which cabinet is edited, and the
 * rule that every change of the input that reads as a valid value goes to that cabinet at once, while one
 * that does not is refused with its message and the cabinet keeps its last valid value.
 *
 * @param <T> the value edited
 */
final class CabinetEdit<T> {

    private final Supplier<T> read;
    private final BiConsumer<String, T> commit;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private String accountId;
    private boolean loading;

    /**
     * @param fields every input of the editor
     * @param read   the value the inputs hold; throws {@link InputRefused} for input that makes none
     * @param commit takes a valid value for a cabinet id
     */
    CabinetEdit(List<ObservableValue<?>> fields, Supplier<T> read, BiConsumer<String, T> commit) {
        this.read = read;
        this.commit = commit;
        // Change listeners: an invalidation listener would miss edits after a load nobody read back.
        fields.forEach(field -> field.addListener((observable, old, now) -> edited()));
    }

    /** Fills the inputs for a cabinet ({@code show}) without taking that as an edit; a null id edits none. */
    void load(String newAccountId, Runnable show) {
        loading = true;
        accountId = newAccountId;
        show.run();
        loading = false;
        error.set(null);
        editing.set(newAccountId != null);
    }

    private void edited() {
        if (loading || accountId == null) {
            return;
        }
        try {
            commit.accept(accountId, read.get());
            error.set(null);
        } catch (InputRefused refused) {
            error.set(refused.getMessage());
        }
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
