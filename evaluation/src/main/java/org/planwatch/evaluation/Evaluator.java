package org.planwatch.evaluation;

import java.util.Optional;
import org.planwatch.domain.Target;

/** Judges where a plan target stands on the figures held for it. */
public interface Evaluator {

    /**
     * The status at the latest year of the target's period that has a figure, or empty when no
     * figure of the period (base year included) is held yet.
     */
    Optional<Evaluation> evaluate(Target target, Evidence evidence);
}
