package com.marketchats.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one benchmark run, in the order the parts first report them. */
final class Results {

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    /** Adds one run's sample of a figure; the label, unit and target are taken from its first sample. */
    void add(String id, String label, String unit, Target target, double sample) {
        figure(id, label, unit, target).add(sample);
    }

    /** Records a figure that could not be measured, and why. */
    void missing(String id, String label, String unit, Target target, String reason) {
        figure(id, label, unit, target).missing(reason);
    }

    List<Figure> figures() {
        return new ArrayList<>(figures.values());
    }

    private Figure figure(String id, String label, String unit, Target target) {
        return figures.computeIfAbsent(id, key -> new Figure(id, label, unit, target));
    }
}
