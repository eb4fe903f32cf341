package org.planwatch.planimport;

/**
 * One column of an indicator table.
 *
 * @param year the year a value column describes; null for other columns, and for a target column
 *     whose header names no year (目标值): the plan's period gives it
 * @param group the merged header cell the column sits under: in a per-region breakdown, the
 *     indicator's name; otherwise the header text, for messages
 * @param unit the unit a value column's header prints for all its rows ({@code 2030年（%）}); empty
 *     if none
 */
public record Column(int index, ColumnRole role, Integer year, String group, String unit) {

    public Column(int index, ColumnRole role, Integer year, String group) {
        this(index, role, year, group, "");
    }
}
