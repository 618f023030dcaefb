package com.marketchats.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the bundles: no string literal in the views is handed to a method
 * that shows text, and no literal in them reads like prose (words with spaces, or any Cyrillic). Ids,
 * style classes, bundle keys and inline CSS are fine.
 */
class NoHardCodedTextTest {

    private static final Path VIEWS = Path.of("src/main/java/com/marketchats/view");
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?:(?:setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|setAccessibleHelp)"
                    + "|new (?:[\\w.]+\\.)?(?:Label|Button|Tooltip|Tab|MenuItem|Menu|CheckBox|RadioButton"
                    + "|ToggleButton|Hyperlink|MenuButton|TitledPane|CheckMenuItem))"
                    + "\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PROSE = Pattern.compile("[\\p{IsCyrillic}]|[A-Za-z]{2,}[,.!?:]?\\s+[A-Za-z]{2,}");

    @Test
    void viewsShowOnlyBundleTexts() throws IOException {
        List<String> offences = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int number = 0; number < lines.size(); number++) {
                String line = lines.get(number).strip();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                Matcher call = TEXT_CALL.matcher(line);
                while (call.find()) {
                    offences.add(source.getFileName() + ":" + (number + 1) + " shows \"" + call.group(1) + "\"");
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (PROSE.matcher(text).find() && !text.startsWith("-fx-")) {
                        offences.add(source.getFileName() + ":" + (number + 1) + " holds \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(sources).isNotEmpty();
        assertThat(offences).as("user-visible text belongs in the i18n bundles").isEmpty();
    }
}
