package com.marketchats.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the figures as a Markdown table (for the console and the README) and writes them as JSON. */
final class BenchReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchReport() {
    }

    static void printTable(List<Figure> figures, PrintStream out) {
        out.println("| figure | median | spread (min–max) | runs | target | |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (Figure figure : figures) {
            String target = figure.target().map(Target::toString).map(t -> t + " " + figure.unit()).orElse("");
            if (figure.missingReason().isPresent()) {
                out.printf("| %s | %s | | 0 | %s | n/a |%n", figure.label(), figure.missingReason().get(), target);
            } else {
                out.printf("| %s | %s %s | %s–%s | %d | %s | %s |%n", figure.label(), Figure.format(figure.median()),
                        figure.unit(), Figure.format(figure.min()), Figure.format(figure.max()), figure.samples().size(),
                        target, figure.status());
            }
        }
    }

    static void writeJson(Path file, Map<String, Object> run, List<Figure> figures) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>(run);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", figure.id());
            entry.put("label", figure.label());
            entry.put("unit", figure.unit());
            if (figure.missingReason().isPresent()) {
                entry.put("missing", figure.missingReason().get());
            } else {
                entry.put("median", figure.median());
                entry.put("min", figure.min());
                entry.put("max", figure.max());
                entry.put("samples", figure.samples());
            }
            figure.target().ifPresent(target -> entry.put("target",
                    Map.of("op", target.atMost() ? "<=" : ">=", "value", target.value())));
            entry.put("status", figure.status());
            entries.add(entry);
        }
        document.put("figures", entries);
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), document);
    }
}
