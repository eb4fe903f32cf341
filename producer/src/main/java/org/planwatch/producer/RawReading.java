package org.planwatch.producer;

/**
 * One row of a feed, read and type-checked but not yet published.
 *
 * @param unit the unit the feed states; null when it states none
 * @param vintage which release of the year's figure this is: a higher vintage revises a lower one
 * @param location {@code file:line}, for errors and as the reading's provenance
 */
public record RawReading(
        String region, String indicator, int year, double value, String unit, int vintage, String location) {}
