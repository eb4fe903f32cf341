package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text lines in, the same number of lines out, tables as TAB-separated rows: the importer
 * cites {@code file:line}, so line N stays line N. What it turns into rows:
 *
 * <ul>
 *   <li>lines with a TAB: already rows, passed through as they are;
 *   <li>pipe rows {@code | a | b |} of two cells or more, their separator lines {@code |---|---|}
 *       becoming blank lines;
 *   <li>tables copied one cell per line ({@link CellPerLineTables});
 *   <li>space-aligned tables: two or more consecutive lines that split into the same number (two
 *       or more) of short cells at runs of two or more spaces or at full-width spaces (U+3000).
 * </ul>
 *
 * Everything else, prose with single spaces in it above all, stays as it is.
 */
final class AlignedTables {
    private static final Pattern GAP = Pattern.compile("[ \\u3000]{2,}|\\u3000");
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{3,}:?\\s*");
    /** Longer than this and a "cell" is a sentence: table cells are short. */
    private static final int LONGEST_CELL = 40;

    private AlignedTables() {}

    static List<String> rows(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        pipeRows(out);
        CellPerLineTables.attributeEndedRows(out);
        CellPerLineTables.numberedRows(out);
        CellPerLineTables.rows(out);
        spaceAlignedRows(out);
        return out;
    }

    private static void pipeRows(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                continue;
            }
            if (isSeparator(line)) {
                lines.set(i, "");
            } else {
                Optional<List<String>> cells = pipeCells(line);
                if (cells.isPresent()) {
                    lines.set(i, String.join("\t", cells.get()));
                }
            }
        }
    }

    /** {@code |---|:---:|} or {@code ---|---}: two columns or more. */
    static boolean isSeparator(String line) {
        String s = line.strip();
        if (s.indexOf('|') < 0 || s.indexOf('-') < 0) {
            return false;
        }
        List<String> cells = splitPipes(s);
        return cells.size() >= 2
                && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
    }

    /** The cells of {@code | a | b |}, two at least; a line not so framed is no pipe row. */
    private static Optional<List<String>> pipeCells(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.charAt(0) != '|' || s.charAt(s.length() - 1) != '|') {
            return Optional.empty();
        }
        List<String> cells = splitPipes(s);
        return cells.size() >= 2 ? Optional.of(cells) : Optional.empty();
    }

    /** Splits at unescaped pipes, dropping the framing ones; {@code \|} is a pipe in a cell. */
    static List<String> splitPipes(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /**
     * A table is two or more lines of the same number of cells (its header and a row at least);
     * after them it goes on through rows of another count (a grouping column left blank, a cell
     * split in two) and through a short line that carries on the cell above it (与经济增长 / 保持同步),
     * which joins that cell and leaves its own line blank.
     */
    private static void spaceAlignedRows(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            List<String> first = spaceCells(lines.get(i));
            if (first.size() < 2) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && spaceCells(lines.get(end)).size() == first.size()) {
                end++;
            }
            if (end - i < 2) {
                i = end;
                continue;
            }
            int last = end - 1;
            while (end < lines.size()) {
                if (spaceCells(lines.get(end)).size() >= 2) {
                    last = end;
                } else if (!(carriesOn(lines.get(end))
                        && end + 1 < lines.size()
                        && spaceCells(lines.get(end + 1)).size() >= 2)) {
                    break;
                }
                end++;
            }
            int row = i;
            boolean tabStops = tabStops(lines.subList(i, last + 1));
            for (int k = i; k <= last; k++) {
                List<String> cells = tabStops ? tabStopCells(lines.get(k)) : spaceCells(lines.get(k));
                if (cells.size() >= 2) {
                    lines.set(k, String.join("\t", cells));
                    row = k;
                } else {
                    lines.set(row, lines.get(row) + lines.get(k).strip());
                    lines.set(k, "");
                }
            }
            i = last + 1;
        }
    }

    /** A run of spaces a TAB became, at the usual width of four. */
    private static final int TAB_WIDTH = 4;

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /**
     * Whether a table's TABs were turned into runs of spaces: every gap between its cells (and
     * before its first) a whole number of tab widths, and some gap two or more of them, which is
     * where a copy left a cell empty (分类 and 序号 blank before a sub-row's name). Each width is then
     * a cell boundary, so that empty cells keep their columns.
     */
    private static boolean tabStops(List<String> block) {
        boolean wide = false;
        for (String line : block) {
            if (line.indexOf('\u3000') >= 0) {
                return false;
            }
            Matcher m = SPACES.matcher(line.stripTrailing());
            while (m.find()) {
                int width = m.end() - m.start();
                if (width % TAB_WIDTH != 0) {
                    return false;
                }
                wide |= width >= 2 * TAB_WIDTH;
            }
        }
        return wide;
    }

    /** The cells of a line whose TABs became spaces: each tab width a boundary, empty cells kept. */
    private static List<String> tabStopCells(String line) {
        if (carriesOn(line)) {
            return List.of(); // the rest of the cell above
        }
        String tabbed =
                SPACES.matcher(line.stripTrailing()).replaceAll(m -> "\t".repeat((m.end() - m.start()) / TAB_WIDTH));
        List<String> cells =
                Arrays.stream(tabbed.split("\t", -1)).map(String::strip).toList();
        return cells.size() >= 2 && cells.stream().noneMatch(c -> c.length() > LONGEST_CELL) ? cells : List.of();
    }

    /** A short line that is the rest of a table cell: no sentence, no gap. */
    private static boolean carriesOn(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 12 && !GAP.matcher(s).find() && !s.matches(".*[。；;：:].*");
    }

    /**
     * The cells of a line cut at wide gaps, a first cell left blank where the line opens with a
     * gap (a grouping column's rows after its first); none for a line with a TAB or a long cell.
     */
    private static List<String> spaceCells(String line) {
        if (line.indexOf('\t') >= 0 || line.isBlank()) {
            return List.of();
        }
        List<String> cells = Arrays.asList(GAP.split(line.stripTrailing()));
        if (cells.stream().anyMatch(c -> c.length() > LONGEST_CELL)) {
            return List.of();
        }
        boolean blankFirst = cells.get(0).isBlank();
        if (blankFirst && cells.size() < 3) {
            return List.of(); // an indented line of prose: one cell after the gap
        }
        return cells.stream().map(String::strip).toList();
    }
}
