package org.planwatch.planimport.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table copied from a browser or a PDF viewer as one cell per line, back into rows: a header
 * of short lines starting at {@code 指标} or {@code 主要指标} (or {@code 序号} before it), each a
 * header word (a unit, a year, 属性…), gives the width N; the short lines after it, up to a blank
 * or a long line, are taken N at a time as rows. A row goes on the line of its first cell and the
 * lines of its other cells become blank, so line N stays line N. Only whole rows are taken: a
 * table whose empty cells were lost in the copy cannot be laid out again, and what is left over
 * stays as it was.
 */
final class CellPerLineTables {
    private static final Pattern FIRST = Pattern.compile("序号|编号|类别|领域|主要指标|指标(名称)?");
    private static final Pattern HEADER_WORD =
            Pattern.compile("指标(名称)?|主要指标|单位|计量单位|属性|指标属性|类别|领域|序号|责任(部门|单位)|牵头(部门|单位)"
                    + "|(\\d{4}年?)(目标值?|基期值?|实际值?)?|目标值?|基期值?|基数|现状值?|年均增长(率)?(（%）|\\(%\\))?"
                    + "|五年累计|累计|增长|备注");
    private static final Pattern INDICATOR = Pattern.compile("主要指标|指标(名称)?");
    private static final int LONGEST_CELL = 40;

    private CellPerLineTables() {}

    /** Rebuilds such tables in {@code lines}, in place; other lines are left alone. */
    static void rows(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            int width = headerWidth(lines, i);
            if (width < 3) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && isCell(lines.get(end))) {
                end++;
            }
            int rows = (end - i) / width;
            for (int r = 0; r < rows; r++) {
                int first = i + r * width;
                List<String> cells = lines.subList(first, first + width).stream()
                        .map(String::strip)
                        .toList();
                lines.set(first, String.join("\t", cells));
                for (int k = first + 1; k < first + width; k++) {
                    lines.set(k, "");
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /** How many header-word lines start here, the first of them 指标 or the like; 0 if none. */
    private static int headerWidth(List<String> lines, int from) {
        if (!isCell(lines.get(from)) || !FIRST.matcher(lines.get(from).strip()).matches()) {
            return 0;
        }
        int k = from;
        while (k < lines.size()
                && isCell(lines.get(k))
                && HEADER_WORD.matcher(lines.get(k).strip()).matches()) {
            k++;
        }
        List<String> header = lines.subList(from, k).stream().map(String::strip).toList();
        if (header.stream().skip(1).anyMatch(c -> INDICATOR.matcher(c).matches())) {
            return 0; // a caption 主要指标 above the header's 指标: the header starts below
        }
        return header.stream().anyMatch(c -> c.contains("指标")) ? k - from : 0;
    }

    private static boolean isCell(String line) {
        return !line.isBlank() && line.indexOf('\t') < 0 && line.strip().length() <= LONGEST_CELL;
    }
}
