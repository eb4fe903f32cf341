/**
 * The method that judges a target on its readings: in comes a {@link org.planwatch.domain.Target}
 * and its indicator's yearly readings, out comes an {@link Evaluation}, a {@link
 * org.planwatch.domain.Status} (achieved, ahead, on track, lagging, missed, insufficient data …)
 * with its reasons in words. One rule per kind of target (the required path, a yearly cap, a
 * change, a link to another indicator, a trend), chosen by {@link ProgressEvaluator}; {@link
 * Backtest} runs the method over a finished plan. Plain Java: the streams job, the offline {@code
 * evaluate} and the reports all call it, and it is tested without Kafka.
 */
package org.planwatch.evaluation;
