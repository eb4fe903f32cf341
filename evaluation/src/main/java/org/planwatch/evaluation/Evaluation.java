package org.planwatch.evaluation;

import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * The outcome of evaluating one reading against one target, with the numbers behind it.
 *
 * @param expected value on the required path for the reading's year, null where there is none
 * @param progress share of the required change achieved so far (1.0 = exactly on the path)
 * @param reason one sentence in Chinese, then English
 */
public record Evaluation(
        Target target, int year, double actual, Status status, Double expected, Double progress, String reason) {}
