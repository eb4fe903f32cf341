package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;

/** Every target of the bundled catalogue meets a rule: given a full history it gets a real status. */
class CatalogueCoverageTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    /** Figures for every year of the period, rising by 1 a year from 10 (rates stay rates, levels levels). */
    private static History fullHistory(Target t, int upTo) {
        int base = t.pathStartYear();
        List<Observation> figures = new ArrayList<>();
        for (int y = base; y <= upTo; y++) {
            figures.add(new Observation(y, 10 + (y - base), t.indicator() + y));
        }
        return History.of(figures);
    }

    @Test
    void everyTargetWithANumberOrAWordingGetsAStatusFromItsRule() {
        Map<String, Status> unassessed = new TreeMap<>();
        List<Target> targets = TargetCatalogue.bundled().targets();
        for (Target t : targets) {
            int year = t.targetYear() - 1;
            History h = fullHistory(t, year);
            Evaluation e = evaluator.evaluate(t, new Evidence(h, h, h)).orElseThrow();
            boolean noNumberNeeded = switch (t.kind()) {
                case STABLE, RISING, LINKED, BELOW_AVERAGE -> true;
                default -> false;
            };
            boolean expectedToFail = t.kind() == TargetKind.UNSTATED
                    || t.kind() == TargetKind.QUOTA && t.targetValue() == null
                    || t.targetValue() == null && !noNumberNeeded;
            if (e.status() == Status.NOT_ASSESSABLE
                    || e.status() == Status.INSUFFICIENT_DATA
                    || e.status() == Status.AWAITING_QUOTA) {
                if (!expectedToFail) {
                    unassessed.put(t.plan() + "|" + t.indicator() + " " + t.kind(), e.status());
                }
            }
            assertThat(e.reason()).contains(year + "年").contains(year + " " + t.indicator());
        }
        assertThat(unassessed).isEmpty();
        assertThat(targets.stream().map(Target::kind).collect(Collectors.toSet()))
                .as("the catalogue's kinds, each covered above")
                .contains(
                        TargetKind.LEVEL,
                        TargetKind.ANNUAL_GROWTH,
                        TargetKind.CUMULATIVE_CHANGE,
                        TargetKind.ANNUAL_CHANGE,
                        TargetKind.RELATIVE_CHANGE,
                        TargetKind.BELOW_AVERAGE,
                        TargetKind.LINKED,
                        TargetKind.STABLE,
                        TargetKind.RISING,
                        TargetKind.QUOTA);
    }
}
