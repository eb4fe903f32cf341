package org.planwatch.domain;

/**
 * An intermediate point on a target's path, such as a 2023 mid-term value.
 *
 * @param source {@code <file>:<line>} where the plan states it, when that is not the line of its
 *     target (a running-text plan that states 2017 and 2020 in two sentences); null otherwise
 */
public record Milestone(int year, double value, String source) {
    public Milestone(int year, double value) {
        this(year, value, null);
    }
}
