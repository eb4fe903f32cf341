package org.planwatch.domain;

/** An intermediate point on a target's path, such as a 2023 mid-term value. */
public record Milestone(int year, double value) {}
