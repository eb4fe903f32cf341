package org.planwatch.planimport;

import java.util.List;

/** A line of a table as the text gives it: its number in the file and its tab-separated cells. */
public record TableLine(int number, List<String> cells) {
    public TableLine {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped; empty past the end of a short line. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }
}
