package org.planwatch.report;

import java.util.List;
import java.util.Optional;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;

/**
 * One target of the plan and what the evaluation said of it, year by year.
 *
 * @param nameEn the English name, from the target or else the indicator dictionary; null where neither has one
 * @param evaluations the target judged at each year with a figure, up to the report's year, oldest first
 * @param printedOutcome in a close-out, the target judged on the outcome the plan's own completion
 *     table prints ({@link Target#actualValue}), for a target no reading judges; null otherwise
 */
public record CompletionRow(
        Target target, String nameEn, List<Evaluation> evaluations, FinalAssessment.Result printedOutcome) {

    public CompletionRow {
        evaluations = List.copyOf(evaluations);
    }

    /** The latest judgement: the outcome at the target year, or the latest reading before it. */
    public Optional<Evaluation> latest() {
        return evaluations.isEmpty() ? Optional.empty() : Optional.of(evaluations.get(evaluations.size() - 1));
    }
}
