package com.marketchats.i18n;

import com.marketchats.api.ApiException;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.outbox.FailureCode;
import com.marketchats.service.outbox.OutboxInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class BundlesTest {

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        for (String family : I18n.FAMILIES) {
            Set<String> english = load(family + "_en.properties").stringPropertyNames();
            Set<String> russian = load(family + "_ru.properties").stringPropertyNames();
            assertThat(russian).as("keys of %s missing in Russian", family).containsAll(english);
            assertThat(english).as("keys of %s missing in English", family).containsAll(russian);
        }
    }

    @Test
    void apostrophesAreWrittenTwiceAsMessageFormatWantsThem() throws IOException {
        for (String family : I18n.FAMILIES) {
            for (String language : List.of("en", "ru")) {
                Properties texts = load(family + "_" + language + ".properties");
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    assertThat(text.replace("''", "").replaceAll("'\\{[^'{}]+}'", ""))
                            .as("%s in %s_%s: a lone apostrophe disappears in MessageFormat", key, family, language)
                            .doesNotContain("'");
                    assertThatCode(() -> new MessageFormat(text))
                            .as("%s in %s_%s must be a MessageFormat pattern", key, family, language)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void everyKeyLivesInOneFamily() throws IOException {
        Map<String, String> familyOf = new HashMap<>();
        for (String family : I18n.FAMILIES) {
            for (String key : load(family + "_en.properties").stringPropertyNames()) {
                String earlier = familyOf.put(key, family);
                assertThat(earlier).as("%s is in both %s and %s", key, earlier, family).isNull();
            }
        }
        assertThat(familyOf).isNotEmpty();
    }

    @Test
    void everyReasonAUserCanMeetHasATextInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            I18n texts = I18n.forLocale(locale);
            List<String> keys = new ArrayList<>();
            Arrays.stream(ApiException.Kind.values()).forEach(kind -> keys.add("error.api." + kind));
            Arrays.stream(ApiException.InputProblem.values()).forEach(problem -> keys.add("error.input." + problem));
            Arrays.stream(OutboxInputException.Problem.values()).forEach(p -> keys.add("outbox.problem." + p));
            Arrays.stream(FailureCode.values()).forEach(code -> keys.add("outbox.failure." + code));
            Arrays.stream(ChatStatus.values()).forEach(status -> keys.add("chat.status." + status));
            Arrays.stream(MessageSender.values()).forEach(sender -> keys.add("message.sender." + sender));
            assertThat(keys).as(locale.toString()).allMatch(texts::has);
        }
    }

    @Test
    void russianSystemGetsRussianAndAnyOtherGetsEnglish() {
        assertThat(I18n.forLocale(Locale.forLanguageTag("ru-RU")).text("window.title.demoCabinet")).isEqualTo("Демо-кабинет");
        assertThat(I18n.forLocale(Locale.GERMANY).text("window.title.demoCabinet")).isEqualTo("Demo cabinet");
        assertThat(I18n.forLocale(Locale.ENGLISH).text("chat.subject.ORDER", "123")).isEqualTo("Order 123");
    }

    @Test
    void englishChosenOnARussianSystemStaysEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertThat(I18n.forLocale(Locale.ENGLISH).text("window.title.demoCabinet")).isEqualTo("Demo cabinet");
        } finally {
            Locale.setDefault(system);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
