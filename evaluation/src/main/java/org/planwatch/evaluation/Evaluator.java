package org.planwatch.evaluation;

import org.planwatch.domain.Target;

/** Judges one reading of an indicator against one plan target. */
public interface Evaluator {

    /** Evaluates the figure {@code actual} for {@code year} against {@code target}. */
    Evaluation evaluate(Target target, int year, double actual);
}
