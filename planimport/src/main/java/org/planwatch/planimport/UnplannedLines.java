package org.planwatch.planimport;

import java.util.List;

/**
 * Runs of lines that no plan holds (a report's look back before its goals chapter, a part whose
 * year cannot be told), said once a run where they print figures: a document's figures are read,
 * or said not to be, never dropped unseen.
 */
final class UnplannedLines {
    private final String file;
    private int from;
    private int to;
    private int withFigures;

    UnplannedLines(String file) {
        this.file = file;
    }

    /** Line {@code number} has no plan; {@code figure}: it prints a figure with a unit. */
    void add(int number, boolean figure) {
        if (from == 0) {
            from = number;
        }
        to = number;
        withFigures += figure ? 1 : 0;
    }

    /** A planned line follows: the run so far, if it printed any figure, is said. */
    void end(List<String> notices) {
        if (withFigures > 0) {
            notices.add(file + ":" + (from == to ? String.valueOf(from) : from + "-" + to) + ": " + withFigures
                    + (withFigures == 1 ? " line prints figures" : " lines print figures")
                    + " where no plan is named (no plan title, goals heading or report year holds "
                    + (from == to ? "it" : "them") + "): not read");
        }
        clear();
    }

    void clear() {
        from = 0;
        to = 0;
        withFigures = 0;
    }
}
