package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A table copied from a browser or a PDF viewer as one cell per line, back into rows. Two layouts:
 *
 * <p>Whole rows: a header
 * of short lines starting at {@code 指标} or {@code 主要指标} (or {@code 序号} before it), each a
 * header word (a unit, a year, 属性…), gives the width N; the short lines after it, up to a blank
 * or a long line, are taken N at a time as rows. A row goes on the line of its first cell and the
 * lines of its other cells become blank, so line N stays line N. Only whole rows are taken: a
 * table whose empty cells were lost in the copy cannot be laid out again, and what is left over
 * stays as it was.
 *
 * <p>Rows that end in their attribute ({@link #attributeEndedRows}): where the header ends in 属性,
 * each row is the cells up to its 预期性 or 约束性, whatever blank lines stand between them, a
 * header cell wrapped in two (2025年 / 预计, 年均/ / 累计) is one, as is a unit (亿吨/ / 万标箱) and a
 * group's label (经济发展 / （7项）), and the rows of a group after its first, which print no label, get a blank one.
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
                writeRow(lines, IntStream.range(first, first + width).boxed().toList(), cells, width);
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

    private static final Pattern ATTRIBUTE = Pattern.compile("预期性|约束性");
    /** The second half of a wrapped header cell: 2025年 / 完成值. */
    private static final Pattern HEADER_TAIL = Pattern.compile("预计|预计值|目标|目标值|完成值|实际值|基期值|累计|完成情况");

    private static final Pattern GROUPING = Pattern.compile("类别|领域|分类");
    /** A row's number before its name: 2. 乙. */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.．、](?!\\d)");
    /** A group label's count: 经济发展 / （7项）. */
    private static final Pattern GROUP_COUNT = Pattern.compile("[（(]\\d+项[)）]");

    /** Rebuilds the tables whose rows end in their attribute, in place; see the class comment. */
    static void attributeEndedRows(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            List<Integer> header = headerLines(lines, i);
            if (header.isEmpty()) {
                i++;
                continue;
            }
            List<String> names = headerCells(lines, header);
            int width = names.size();
            boolean grouped = GROUPING.matcher(names.get(0)).matches();
            int at = header.get(header.size() - 1) + 1;
            List<Integer> row = new ArrayList<>();
            int rows = 0;
            boolean numberedRows = false;
            while (at < lines.size()) {
                String line = lines.get(at);
                if (line.isBlank()) {
                    at++;
                    continue;
                }
                if (!isCell(line) || row.size() > width + 2) {
                    break;
                }
                // a row whose attribute cell was merged with the row above's ends where the next row's number stands
                boolean nextRow = numberedRows
                        && row.size() >= 3
                        && NUMBERED.matcher(line.strip()).find();
                if (!nextRow) {
                    row.add(at);
                    at++;
                    if (!ATTRIBUTE.matcher(line.strip()).matches()) {
                        continue;
                    }
                }
                List<String> cells = new ArrayList<>();
                for (int k : row) {
                    String cell = lines.get(k).strip();
                    boolean wrapped =
                            !cells.isEmpty() && cells.get(cells.size() - 1).endsWith("/");
                    if ((GROUP_COUNT.matcher(cell).matches() || wrapped) && !cells.isEmpty()) {
                        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + cell);
                    } else {
                        cells.add(cell);
                    }
                }
                boolean numbered = NUMBERED.matcher(cells.get(0)).find();
                numberedRows |= numbered;
                if (nextRow) {
                    cells.add(""); // its attribute, as the row above's: the reader takes it from there
                }
                // a row opening with its number (2. 乙, or 2 in a 序号 column) prints no group label: its group's is above
                boolean numberColumn = names.size() > 1 && names.get(1).equals("序号");
                if (grouped && (numbered || (numberColumn && cells.get(0).matches("\\d{1,3}")))) {
                    cells.add(0, "");
                }
                joinWrappedCells(cells, width);
                // a parent over sub-rows (24. 每千人口拥有医护人员数 / 每千人口拥有执业（助理）医师数): the sub-row's name stands
                int nameAt = numberColumn ? 2 : 1;
                if (grouped
                        && (numbered || numberColumn)
                        && cells.size() == width + 1
                        && isName(cells.get(nameAt + 1))) {
                    cells.remove(nameAt);
                }
                if (grouped && cells.size() == width - 1) {
                    cells.add(0, "");
                }
                // a sub-row under a table numbered in a column of its own prints neither group nor number
                if (grouped && cells.size() == width - 2 && numberColumn) {
                    cells.add(0, "");
                    cells.add(0, "");
                }
                if (rows == 0 && cells.size() != width) {
                    row.clear();
                    continue; // not yet a table: no row of the header's width
                }
                if (rows == 0) {
                    writeRow(lines, header, names, names.size());
                }
                writeRow(lines, row, cells, width);
                rows++;
                row.clear();
            }
            i = Math.max(at, i + 1);
        }
    }

    /**
     * Cells a copy wrapped in two, joined where the row has too many: a target after its words
     * (“十五五”年均增长 / 6.0左右, 稳步 / 提高, 1.58 / 左右), a period mark alone (“十四五” / 累计新增160), a
     * bracket left open (细颗粒物（PM / 2.5 / ）年均浓度), a name wrapped before its statistic (社区公共服务设施15分钟步行 /
     * 可达覆盖率).
     */
    static void joinWrappedCells(List<String> cells, int width) {
        for (int k = 0; k + 1 < cells.size() && cells.size() > width; ) {
            String cell = cells.get(k);
            String next = cells.get(k + 1);
            if (wrapsInto(cell, next, k)) {
                cells.set(k, cell + next);
                cells.remove(k + 1);
            } else {
                k++;
            }
        }
    }

    private static final Pattern PERIOD_MARK = Pattern.compile("[“\"]?十[一二三四五六七]五[”\"]?(时期)?");
    private static final Pattern STATISTIC_TAIL = Pattern.compile("\\D{2,}(率|比例|比重|指数|面积|规模|数|量|额)");

    private static boolean wrapsInto(String cell, String next, int k) {
        return (cell.matches(".*(增长|增速|降低|下降|提高|达到)") && next.matches("[\\d<>≤≥＜＞].*"))
                || (cell.matches("稳步|持续|逐步|明显|不断|稳中|有所") && next.matches("提高|提升|下降|降低|增长|减少|有升|改善"))
                || (cell.matches(".*\\d") && next.matches("左右|以上|以内|以下|[（(]\\d{4}年[)）]"))
                || PERIOD_MARK.matcher(cell).matches()
                || cell.endsWith("/")
                || open(cell) > 0
                || (k > 0
                        && isName(cell)
                        && !STATISTIC_TAIL.matcher(cell).matches()
                        && STATISTIC_TAIL.matcher(next).matches()
                        && !next.contains("/"));
    }

    /** Brackets opened and not closed in {@code cell}. */
    private static int open(String cell) {
        return (int) (cell.chars().filter(c -> c == '（' || c == '(').count()
                - cell.chars().filter(c -> c == '）' || c == ')').count());
    }

    /** A name's cell: words, not a figure, a unit or a target in words. */
    private static boolean isName(String cell) {
        return cell.codePoints().filter(Character::isIdeographic).count() >= 3
                && !cell.matches("[\\d<>≤≥＜＞\\[［【〔—\\-].*")
                && !cell.matches(".*(目标|同步|要求)$")
                && !cell.contains("/");
    }

    /** A heading of the text after a table: 三、提升国际经济中心地位, 第四章. */
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\\d]+[章节篇])");

    /** A heading merged over two columns: “十五五”目标 over 2030年 and 年均［累计］. */
    private static final Pattern MERGED_HEADING = Pattern.compile("[“\"]?十[三四五六七]五[”\"]?(?:规划)?目标值?|规划目标值?");

    /**
     * Rows that open with their number (1 / 地区生产总值年均增速 / % / 预期性 / — / 力争达到5%左右 / 2 / …),
     * under a header with no 序号 of its own and a heading merged over two of its columns: each row is
     * the cells from its number to the next row's, the header gets 序号 and loses the merged heading.
     * Rows of another width stay in the table as one cell, to be reported.
     */
    static void numberedRows(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            List<Integer> header = numberedHeader(lines, i);
            if (header.isEmpty()) {
                i++;
                continue;
            }
            List<String> names = new ArrayList<>(List.of("序号"));
            header.stream()
                    .map(k -> lines.get(k).strip())
                    .filter(c -> !MERGED_HEADING.matcher(c).matches())
                    .forEach(names::add);
            int width = names.size();
            int at = nextCell(lines, header.get(header.size() - 1) + 1);
            int number = 1;
            boolean first = true;
            while (at >= 0 && lines.get(at).strip().equals(String.valueOf(number))) {
                List<Integer> row = new ArrayList<>(List.of(at));
                int k = nextCell(lines, at + 1);
                // a row may run past the width by cells a copy wrapped (细颗粒物（PM / 2.5 / ）浓度), up to the next number
                while (k >= 0
                        && isCell(lines.get(k))
                        && !opensRow(lines, k, number + 1)
                        && !SECTION.matcher(lines.get(k).strip()).find()
                        && row.size() <= width + 3) {
                    row.add(k);
                    k = nextCell(lines, k + 1);
                }
                if (first) {
                    writeRow(lines, header, names, width);
                    first = false;
                }
                List<String> cells = new ArrayList<>(
                        row.stream().map(r -> lines.get(r).strip()).toList());
                joinWrappedCells(cells, width);
                writeRow(lines, row, cells, width);
                number++;
                at = k;
                if (k < 0 || !isCell(lines.get(k))) {
                    break;
                }
            }
            i = Math.max(at < 0 ? lines.size() : at, i + 1);
        }
    }

    /**
     * Puts a row's {@code cells}, TAB-separated, on the line of its first cell and blanks the lines
     * of the others ({@code at}), so that line N stays line N. A row of another width than the
     * header's stays in the table as one cell, to be reported, not read.
     */
    private static void writeRow(List<String> lines, List<Integer> at, List<String> cells, int width) {
        lines.set(
                at.get(0),
                cells.size() == width
                        ? String.join("\t", cells)
                        : String.join(" ", cells).strip() + "\t");
        at.stream().skip(1).forEach(k -> lines.set(k, ""));
    }

    /** Whether line {@code k} is row {@code number}'s number: that number, and a name after it. */
    private static boolean opensRow(List<String> lines, int k, int number) {
        if (!lines.get(k).strip().equals(String.valueOf(number))) {
            return false;
        }
        int name = nextCell(lines, k + 1);
        return name >= 0 && !lines.get(name).strip().matches("[\\d.<>≤≥＜＞—\\-%\\s].*");
    }

    /** The next line from {@code from} with text on it; -1 if none. */
    private static int nextCell(List<String> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** A header of one cell per line that has 属性 but no 序号, a merged heading in it, and row 1 after it. */
    private static List<Integer> numberedHeader(List<String> lines, int from) {
        if (!isCell(lines.get(from))
                || !INDICATOR.matcher(lines.get(from).strip()).matches()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int k = from;
        while (k >= 0 && out.size() < 12) {
            String cell = lines.get(k).strip();
            if (!isCell(lines.get(k))
                    || !(HEADER_WORD.matcher(cell).matches()
                            || MERGED_HEADING.matcher(cell).matches()
                            || cell.matches("年均[［\\[【〔(（]?累计[］\\]】〕)）]?"))) {
                break;
            }
            out.add(k);
            k = nextCell(lines, k + 1);
        }
        boolean shaped = out.stream().anyMatch(h -> lines.get(h).strip().equals("属性"))
                && out.stream()
                        .anyMatch(h ->
                                MERGED_HEADING.matcher(lines.get(h).strip()).matches());
        return shaped && k >= 0 && lines.get(k).strip().equals("1") ? out : List.of();
    }

    /** The lines of a header that ends in 属性, blank lines between its cells allowed; none if none starts here. */
    private static List<Integer> headerLines(List<String> lines, int from) {
        if (!isCell(lines.get(from)) || !FIRST.matcher(lines.get(from).strip()).matches()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < lines.size() && out.size() < 20; k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!isCell(lines.get(k))
                    || !(HEADER_WORD.matcher(line).matches()
                            || HEADER_TAIL.matcher(line).matches()
                            || line.endsWith("/"))) {
                break;
            }
            out.add(k);
            if (line.matches("(指标)?属性")) {
                boolean named = out.stream().anyMatch(n -> lines.get(n).contains("指标"));
                return named && out.size() >= 3 ? out : List.of();
            }
        }
        return List.of();
    }

    /** The header's cells, a cell wrapped in two joined: 2025年 + 预计, 年均/ + 累计. */
    private static List<String> headerCells(List<String> lines, List<Integer> header) {
        List<String> cells = new ArrayList<>();
        for (int k : header) {
            String cell = lines.get(k).strip();
            String before = cells.isEmpty() ? "" : cells.get(cells.size() - 1);
            if (!cells.isEmpty()
                    && ((HEADER_TAIL.matcher(cell).matches() && before.matches("\\d{4}年?")) || before.endsWith("/"))) {
                cells.set(cells.size() - 1, before + cell);
            } else {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static boolean isCell(String line) {
        return !line.isBlank() && line.indexOf('\t') < 0 && line.strip().length() <= LONGEST_CELL;
    }
}
