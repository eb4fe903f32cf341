package org.planwatch.planimport;

import java.util.List;

/**
 * An indicator table found in a plan document.
 *
 * @param title the nearest line of text above the header (表 2 …主要指标表), empty if none
 * @param headerLine the line number of the header's first row
 * @param rows the table's body: every line after the header rows, repeated headers at page
 *     breaks left out, blank lines left out
 * @param numberedList a numbered list read as a table ({@link ListTableFinder}): its header line
 *     is its first item, and it has no merged cells, so an item without an attribute has none
 */
public record PlanTable(
        String file,
        String title,
        int titleLine,
        int headerLine,
        List<Column> columns,
        List<TableLine> rows,
        boolean numberedList) {
    public PlanTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public PlanTable(
            String file, String title, int titleLine, int headerLine, List<Column> columns, List<TableLine> rows) {
        this(file, title, titleLine, headerLine, columns, rows, false);
    }

    /** Whether this is a per-region breakdown (分解表): regions down, indicators across. */
    public boolean breakdown() {
        return columns.stream().anyMatch(c -> c.role() == ColumnRole.REGION);
    }

    public List<Column> columns(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }
}
