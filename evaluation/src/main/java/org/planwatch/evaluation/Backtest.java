package org.planwatch.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * Evaluates every target whose plan printed its real outcome (the 13th-plan completion tables:
 * 2015 base, 2020 target, 2020 outcome) at its target year. The rule is {@link FinalAssessment},
 * the one the pipeline applies when a target year's figure arrives, so the back-test says how the
 * method reads plans whose results are known.
 */
public final class Backtest {
    private final FinalAssessment assessment;

    public Backtest(FinalAssessment assessment) {
        this.assessment = assessment;
    }

    /** The judged targets, and how many there were of each status. */
    public record Report(List<FinalAssessment.Result> results, Map<Status, Integer> counts) {
        public String summary() {
            StringBuilder s = new StringBuilder(results.size() + " targets with a printed outcome:");
            counts.forEach((status, n) ->
                    s.append(' ').append(status.name()).append(' ').append(n).append(','));
            s.setLength(s.length() - 1);
            return s.toString();
        }
    }

    public Report run(List<Target> targets) {
        List<FinalAssessment.Result> results = targets.stream()
                .map(assessment::assess)
                .flatMap(Optional::stream)
                .toList();
        Map<Status, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new Report(results, counts);
    }
}
