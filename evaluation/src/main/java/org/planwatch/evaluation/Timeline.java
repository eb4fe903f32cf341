package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planwatch.domain.Keys;
import org.planwatch.domain.Target;

/**
 * Judges each target at every year of its period that has a figure, on the figures known up to
 * that year: what the pipeline said as each year's figure came in. A 2020 figure closes the 13th
 * plan and is the base of the 14th, so it is judged against both.
 */
public final class Timeline {
    private final Evaluator evaluator;

    public Timeline(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The key of a history in {@code histories}: {@code region|indicator} ({@link Keys#series}). */
    public static String key(String region, String indicator) {
        return Keys.series(region, indicator);
    }

    /** Every target against the histories, keyed {@code region|indicator}; ordered by plan, region, indicator, year. */
    public List<Evaluation> run(List<Target> targets, Map<String, History> histories) {
        List<Evaluation> out = new ArrayList<>();
        for (Target t : targets) {
            History own = histories.getOrDefault(key(t.region(), t.indicator()), History.EMPTY);
            History linked = t.linkedTo() == null
                    ? History.EMPTY
                    : histories.getOrDefault(key(t.region(), t.linkedTo()), History.EMPTY);
            History average = ProgressEvaluator.averageRegion(t)
                    .map(region -> histories.getOrDefault(key(region, t.indicator()), History.EMPTY))
                    .orElse(History.EMPTY);
            for (int year : own.years()) {
                if (t.covers(year)) {
                    evaluator
                            .evaluate(t, new Evidence(own.upTo(year), linked.upTo(year), average.upTo(year)))
                            .ifPresent(out::add);
                }
            }
        }
        out.sort(Comparator.comparing((Evaluation e) -> e.target().plan())
                .thenComparing(e -> e.target().region())
                .thenComparing(e -> e.target().indicator())
                .thenComparingInt(Evaluation::year));
        return out;
    }
}
