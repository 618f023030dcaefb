package com.marketchats.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void nameKeysAreFoldedWordsEachPrecededByASpace() {
        assertThat(SearchText.nameKey("Анна-Мария  К.")).isEqualTo(" анна мария к");
        assertThat(SearchText.nameKey("Пётр ФЁДОРОВ")).isEqualTo(" петр федоров");
        assertThat(SearchText.nameKey("...")).isEmpty();
        assertThat(SearchText.nameKey(null)).isNull();
    }

    @Test
    void theNameFragmentIsTheSearchAsANameKey() {
        assertThat(SearchText.nameFragment(" Ёлкина ")).contains(" елкина");
        assertThat(SearchText.nameFragment("  ")).isEmpty();
        assertThat(SearchText.nameFragment(null)).isEmpty();
    }

    @Test
    void idDigitsAcceptANumberWithSpacesOrANumberSign() {
        assertThat(SearchText.idDigits("48213007")).contains("48213007");
        assertThat(SearchText.idDigits(" 48 213 007 ")).contains("48213007");
        assertThat(SearchText.idDigits("#48213007")).contains("48213007");
        assertThat(SearchText.idDigits("№ 482")).contains("482");
        assertThat(SearchText.idDigits("заказ 482")).isEmpty();
        assertThat(SearchText.idDigits("")).isEmpty();
    }

    @Test
    void theFtsQueryAsksForEveryWordAsAPrefixWithQuotesAndOperatorsDisarmed() {
        assertThat(SearchText.ftsQuery("Ёлка  заказ")).contains("\"елка\"* AND \"заказ\"*");
        assertThat(SearchText.ftsQuery("a\" OR b*")).contains("\"a\"* AND \"or\"* AND \"b\"*");
        assertThat(SearchText.ftsQuery("-- !! --")).isEmpty();
        assertThat(SearchText.ftsQuery(null)).isEmpty();
    }

    @Test
    void digitRunsOfFourOrMoreAreTheNumbersToFindInsideOrderAndReturnIds() {
        assertThat(SearchText.digitRuns("заказ …4821")).containsExactly("4821");
        assertThat(SearchText.digitRuns("№ 48 213 007")).containsExactly("48213007");
        assertThat(SearchText.digitRuns("возврат 1234, заказ 567890")).containsExactly("1234", "567890");
        assertThat(SearchText.digitRuns("482")).isEmpty();
        assertThat(SearchText.digitRuns("заказ 482")).isEmpty();
        assertThat(SearchText.digitRuns(null)).isEmpty();
    }
}
