package org.planwatch.planimport;

import java.util.List;

/**
 * An indicator table found in a plan document.
 *
 * @param title the nearest line of text above the header (表 2 …主要指标表), empty if none
 * @param headerLine the line number of the header's first row
 * @param rows the table's body: every line after the header rows, repeated headers at page
 *     breaks left out, blank lines left out
 */
public record PlanTable(
        String file, String title, int titleLine, int headerLine, List<Column> columns, List<TableLine> rows) {
    public PlanTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether this is a per-region breakdown (分解表): regions down, indicators across. */
    public boolean breakdown() {
        return columns.stream().anyMatch(c -> c.role() == ColumnRole.REGION);
    }

    public List<Column> columns(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }
}
