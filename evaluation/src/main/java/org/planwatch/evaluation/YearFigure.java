package org.planwatch.evaluation;

/**
 * One year of a target's chart over its plan's years, in the terms the target is set in: the
 * figure judged on what was known up to that year, and the required path's value for it. Either
 * may be absent: a year still to come has a path and no figure; a target without a path (a change
 * asked of every year, a link to another indicator) has figures and no path.
 */
public record YearFigure(int year, Double actual, Double path) {}
