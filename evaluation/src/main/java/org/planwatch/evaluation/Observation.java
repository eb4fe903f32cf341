package org.planwatch.evaluation;

/**
 * One year's figure of an indicator in a region: the latest vintage the pipeline holds.
 *
 * @param readingId the reading it came from, so that a result can say which readings it used
 */
public record Observation(int year, double value, String readingId) {}
