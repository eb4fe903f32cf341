package org.planwatch.app;

import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.evaluation.Thresholds;
import org.planwatch.evaluation.Tolerance;
import picocli.CommandLine.Option;

/** The evaluation method's thresholds, for every command that evaluates; defaults as the README gives them. */
public final class MethodOptions {
    @Option(
            names = "--on-track",
            paramLabel = "R",
            defaultValue = "0.95",
            description = "Progress ratio from which a target is on track (Eurostat; default ${DEFAULT-VALUE}).")
    double onTrack;

    @Option(
            names = "--lagging",
            paramLabel = "R",
            defaultValue = "0.60",
            description = "Progress ratio below which lagging becomes severe (Eurostat; default ${DEFAULT-VALUE}).")
    double lagging;

    @Option(
            names = "--ahead",
            paramLabel = "R",
            defaultValue = "1.05",
            description = "Progress ratio from which a target is ahead, 快于预期 (default ${DEFAULT-VALUE}).")
    double ahead;

    @Option(
            names = "--trend-readings",
            paramLabel = "N",
            defaultValue = "3",
            description = "Readings needed before the trend is projected (UNSD, ESCAP; default ${DEFAULT-VALUE}).")
    int trendReadings;

    @Option(
            names = "--stable-share",
            paramLabel = "SHARE",
            defaultValue = "0.02",
            description = "How far from its base 保持稳定 still holds, as a share of the base (default ${DEFAULT-VALUE}).")
    double stableShare;

    @Option(
            names = "--about-share",
            paramLabel = "SHARE",
            defaultValue = "0.01",
            description = "How close to the number 左右 is met, as a share of it, when wider than the printed "
                    + "precision (default ${DEFAULT-VALUE}).")
    double aboutShare;

    public ProgressEvaluator evaluator() {
        return new ProgressEvaluator(IndicatorDictionary.bundled(), thresholds());
    }

    public Thresholds thresholds() {
        try {
            return new Thresholds(ahead, onTrack, lagging, trendReadings, stableShare, new Tolerance(aboutShare));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
