package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuietDay;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.service.settings.WorkingDay;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The quiet hours of the cabinet selected in Settings: on or off, and each weekday's spell as hh:mm, an end
 * before the start running into the next morning. As with the reply target, every edit that reads as valid
 * goes to the cabinet at once (saved with Save), and one that does not is refused with a message while the
 * cabinet keeps its last valid quiet hours.
 */
public final class QuietHoursEditor {

    private final I18n texts;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final List<WeekdayHours> days;
    private final CabinetEdit<QuietHours> edit;

    /** @param commit takes valid quiet hours for a cabinet id */
    QuietHoursEditor(I18n texts, BiConsumer<String, QuietHours> commit) {
        this.texts = texts;
        this.days = WeekdayHours.week(texts);
        List<ObservableValue<?>> fields = new ArrayList<>(List.of(on));
        days.forEach(day -> fields.addAll(day.fields()));
        this.edit = new CabinetEdit<>(fields, this::read, commit);
    }

    /** Shows a cabinet's quiet hours for editing; a null id shows none. */
    void edit(String accountId, QuietHours quietHours) {
        edit.load(accountId, () -> show(quietHours == null ? QuietHours.OFF : quietHours));
    }

    private void show(QuietHours shown) {
        on.set(shown.on());
        for (DayOfWeek day : DayOfWeek.values()) {
            QuietDay spell = shown.day(day);
            days.get(day.ordinal()).show(spell.on(), WorkingDay.clockText(spell.fromMinute()),
                    WorkingDay.clockText(spell.toMinute()));
        }
    }

    private QuietHours read() {
        List<QuietDay> spells = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WeekdayHours row = days.get(day.ordinal());
            try {
                spells.add(new QuietDay(day, row.on().get(), WorkingDay.minuteOf(row.from().get()),
                        WorkingDay.minuteOf(row.to().get())));
            } catch (IllegalArgumentException wrong) {
                throw new InputRefused(texts.text("settings.quietHours.error.hours", row.name()));
            }
        }
        return new QuietHours(on.get(), spells);
    }

    /** Whether the cabinet's notifications are held in the hours below. */
    public BooleanProperty onProperty() {
        return on;
    }

    /** Monday first; each spell starts that day. */
    public List<WeekdayHours> days() {
        return days;
    }

    /** What is wrong with the input, in the user's language; null while it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return edit.errorProperty();
    }

    /** Whether a cabinet is selected to edit. */
    public ReadOnlyBooleanProperty editingProperty() {
        return edit.editingProperty();
    }
}
