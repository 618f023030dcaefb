package com.marketchats.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measured figure: its samples (one per run), judged by their median against its target, if it has
 * one. A figure that could not be measured carries the reason instead of samples.
 */
final class Figure {

    private final String id;
    private final String label;
    private final String unit;
    private final Target target;
    private final List<Double> samples = new ArrayList<>();
    private String missingReason;

    Figure(String id, String label, String unit, Target target) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.target = target;
    }

    void add(double sample) {
        samples.add(sample);
    }

    void missing(String reason) {
        missingReason = reason;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    List<Double> samples() {
        return List.copyOf(samples);
    }

    Optional<String> missingReason() {
        return samples.isEmpty() ? Optional.of(missingReason == null ? "not measured" : missingReason) : Optional.empty();
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(sorted().size() - 1);
    }

    /** PASS or MISS against the target, "-" without one, "n/a" when not measured. */
    String status() {
        if (samples.isEmpty()) {
            return "n/a";
        }
        return target == null ? "-" : target.metBy(median()) ? "PASS" : "MISS";
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted;
    }

    /** Three significant figures at most, no trailing zeros: 19.9, 0.26, 1,234. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 || value == Math.rint(value) ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
