package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The output lines of a reader that knows where in its source each line came from: a line put
 * at source line N lands at index N, blank lines filling the gap, so that citations stay the
 * source's line numbers; a line whose place is already taken goes after the last one. Readers
 * without source lines just {@link #add} and {@link #blank}.
 */
final class LineSheet {
    private final List<String> lines = new ArrayList<>();

    /**
     * Puts {@code text} at the 0-based source line {@code index}, or after the last line if that
     * is taken or the index is unknown (negative).
     */
    void put(int index, String text) {
        if (index < 0 || index < lines.size()) {
            lines.add(text);
            return;
        }
        while (lines.size() < index) {
            lines.add("");
        }
        lines.add(text);
    }

    void add(String text) {
        lines.add(text);
    }

    /** A blank line between blocks, unless the sheet is empty or already ends in one. */
    void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    /** A table row: cells joined by TABs, each on one line (TABs and line ends in a cell become spaces). */
    void row(List<String> cells) {
        lines.add(String.join("\t", cells.stream().map(LineSheet::cell).toList()));
    }

    static String cell(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    List<String> lines() {
        List<String> out = new ArrayList<>(lines);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
