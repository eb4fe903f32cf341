package org.planwatch.planimport;

/**
 * One column of an indicator table.
 *
 * @param year the year a value column describes; null for other columns
 * @param group the merged header cell the column sits under: in a per-region breakdown, the
 *     indicator's name; otherwise the header text, for messages
 */
public record Column(int index, ColumnRole role, Integer year, String group) {}
