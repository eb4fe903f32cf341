package org.planwatch.app;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Figures;
import org.planwatch.schema.ProgressEvaluation;

/**
 * Renders statuses as a text table. Pads by display width, so Chinese text (two columns per
 * character in a terminal) lines up.
 */
final class StatusTable {
    static final List<String> HEADER = List.of(
            "plan", "region", "indicator", "year", "status", "actual", "expected", "progress", "trend", "department");

    private StatusTable() {}

    static String render(List<ProgressEvaluation> statuses) {
        return render(HEADER, statuses.stream().map(StatusTable::row).toList());
    }

    /** Any table: a header, then rows of as many cells, columns padded to their widest cell. */
    static String render(List<String> header, List<List<String>> body) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.addAll(body);
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(row.get(i));
                if (i + 1 < row.size()) {
                    out.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    static List<String> row(ProgressEvaluation a) {
        return List.of(
                a.getPlan(),
                a.getRegion(),
                a.getIndicator(),
                Integer.toString(a.getYear()),
                a.getStatus().name(),
                Figures.forReader(a.getActual()),
                a.getExpected() == null ? "—" : Figures.forReader(a.getExpected()),
                a.getProgress() == null ? "—" : percent(a.getProgress()),
                a.getProjected() == null ? "—" : "→" + Figures.forReader(a.getProjected()),
                a.getDepartment() == null ? "—" : a.getDepartment());
    }

    /** At most two decimals, no trailing zeros: 3055, 5.6, 18.44. */
    /** A share of the way to the target (0.75) as people read it: 75%. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Terminal columns: two for East Asian wide characters, one for the rest. */
    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
    }
}
