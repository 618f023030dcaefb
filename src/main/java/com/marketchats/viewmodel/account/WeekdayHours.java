package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * One weekday's row of hours in Settings, as the seller types it: on or off, from and to as hh:mm. The
 * working hours and the quiet hours both edit a week of these.
 *
 * @param name the weekday's short name in the user's language ("пн", "Mon")
 */
public record WeekdayHours(String name, BooleanProperty on, StringProperty from, StringProperty to) {

    /** Seven empty rows, Monday first. */
    static List<WeekdayHours> week(I18n texts) {
        return Arrays.stream(DayOfWeek.values()).map(day -> new WeekdayHours(
                day.getDisplayName(TextStyle.SHORT_STANDALONE, texts.locale()), new SimpleBooleanProperty(),
                new SimpleStringProperty(""), new SimpleStringProperty(""))).toList();
    }

    /** The row's three inputs, for an editor to hear every change of. */
    List<ObservableValue<?>> fields() {
        return List.of(on, from, to);
    }

    void show(boolean dayOn, String fromText, String toText) {
        on.set(dayOn);
        from.set(fromText);
        to.set(toText);
    }
}
