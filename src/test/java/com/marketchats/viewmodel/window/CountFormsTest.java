package com.marketchats.viewmodel.window;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CountFormsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void russianHasThreeFormsThatRepeatEveryTenButNotInTheTeens() {
        assertThat(CountForms.suffix(RU, 1)).isEqualTo(".one");
        assertThat(CountForms.suffix(RU, 21)).isEqualTo(".one");
        assertThat(CountForms.suffix(RU, 101)).isEqualTo(".one");
        assertThat(CountForms.suffix(RU, 2)).isEqualTo(".few");
        assertThat(CountForms.suffix(RU, 24)).isEqualTo(".few");
        assertThat(CountForms.suffix(RU, 5)).isEqualTo(".many");
        assertThat(CountForms.suffix(RU, 11)).isEqualTo(".many");
        assertThat(CountForms.suffix(RU, 12)).isEqualTo(".many");
        assertThat(CountForms.suffix(RU, 14)).isEqualTo(".many");
        assertThat(CountForms.suffix(RU, 111)).isEqualTo(".many");
        assertThat(CountForms.suffix(RU, 20)).isEqualTo(".many");
    }

    @Test
    void englishHasOneAndMany() {
        assertThat(CountForms.suffix(Locale.ENGLISH, 1)).isEqualTo(".one");
        assertThat(CountForms.suffix(Locale.ENGLISH, 2)).isEqualTo(".many");
        assertThat(CountForms.suffix(Locale.ENGLISH, 21)).isEqualTo(".many");
    }
}
