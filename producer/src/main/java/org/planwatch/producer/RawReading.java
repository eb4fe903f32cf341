package org.planwatch.producer;

/** One row of a feed, read and type-checked but not yet published. */
public record RawReading(String region, String indicator, int year, double value, String unit, String location) {}
