package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.TargetExpression;
import org.planwatch.domain.TargetExpression.Form;

/**
 * Finds the main indicators a plan prints as a numbered list instead of a table, and gives each
 * list as a {@link PlanTable} of four synthetic columns, name, unit, target and attribute, so that
 * the rest of the import reads it as it reads a table:
 *
 * <pre>
 * 1. 国内生产总值增长（%）：5左右（预期性）
 * （2）研发经费投入强度达到3.2%以上
 * 3．人均预期寿命（岁）   80
 * </pre>
 *
 * <p>Numbered paragraphs of prose are far more common than such lists, so a list is only taken
 * where it is plainly one: at least {@value #FEWEST_ITEMS} items in a row, numbered one after
 * another in one style, each short, one clause long (no comma, no full stop inside), without
 * tabs, and ending in a target with a number that carries a unit or a bound ({@code 80岁}, {@code
 * 5左右}, {@code 达到3.2%以上}) or follows a name with its unit in parentheses. Among them an item
 * may state a target without a number after a colon ({@code 地区生产总值增长（%）：保持在合理区间}).
 * A short heading between two items numbered on (社会民生) does not end the list.
 * And the list must say it is one of indicators: by its items' attributes (预期性), or by a line
 * just above it that speaks of 指标 or 目标. Anything less is left to the running-text reader: a
 * list taken wrongly would also hide the document's running text from it.
 */
final class ListTableFinder {
    static final int FEWEST_ITEMS = 3;
    private static final int LONGEST_ITEM = 60;
    private static final int LONGEST_HEADING = 16;

    /**
     * 1. / 1． / 1、 / （1） / (1) / ① / 1 and a space (a table's rows as a PDF's text gives them):
     * the number and the style it is written in.
     */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(?:(?<dot>\\d{1,2})\\s*[.．、](?!\\d)|[（(](?<paren>\\d{1,2})[)）]|(?<circled>[\\u2460-\\u2473])"
                    + "|(?<space>\\d{1,2})\\s+(?=[\\p{IsHan}\\d]))\\s*(?<body>.+)$");

    /** The attribute after an item: （预期性）, (约束性), 【约束性】, ［预期性指标］. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s*(?:[（(【\\[［](预期性|约束性)(?:指标)?[)）】\\]］]|\\s(预期性|约束性))\\s*[。；;]?$");

    private static final Pattern PROSE = Pattern.compile("[，,。；;！？]");
    /**
     * Two cells side by side, a figure (or a dash) and then the target: 332 500左右, 3.08 3.8左右,
     * 6左右∗ >6, — >5, 27 达到国家要求; not 5 左右, whose second part is the first's bound.
     */
    private static final Pattern TWO_CELLS =
            Pattern.compile("^([<>≤≥＜＞]?[\\d.]+(?:左右|以上|以下|以内)?[*∗]?|—|-)\\s+(?!左右|以上|以下|以内|及以上|个|%)(\\S.*)$");

    /** The target of a row's tail: the second of two cells side by side ({@link #TWO_CELLS}), else all of it. */
    private static String targetCell(String tail) {
        Matcher two = TWO_CELLS.matcher(tail);
        return two.matches() ? two.group(2) : tail;
    }

    private static final Pattern NAME_UNIT = Pattern.compile("[(（]([^()（）]{1,10})[)）]\\s*$");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("指标|目标");
    /** A target year the heading names: 到2030年, 2030年目标, 2030年末; not a year it compares with. */
    private static final Pattern YEAR = Pattern.compile("到(20\\d\\d)年|(20\\d\\d)年(?:目标|末)");

    static final List<Column> COLUMNS = List.of(
            new Column(0, ColumnRole.NAME, null, "指标"),
            new Column(1, ColumnRole.UNIT, null, "单位"),
            new Column(2, ColumnRole.TARGET, null, "目标"),
            new Column(3, ColumnRole.ATTRIBUTE, null, "属性"));

    /**
     * One numbered item read as the cells of a row.
     *
     * @param figure whether its target has a number: a list is made of those
     */
    private record Item(String style, int number, TableLine line, boolean figure) {}

    private ListTableFinder() {}

    static List<PlanTable> find(String file, List<String> lines) {
        List<PlanTable> tables = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        int joined = -1; // the line a wrapped row's second half stood on: read with the first
        for (int i = 0; i <= lines.size(); i++) {
            String text = i < lines.size() ? lines.get(i) : "";
            if (i < lines.size() && (text.isBlank() || i <= joined)) {
                continue;
            }
            // a numbered group's sub-indicators are rows of the list under the group's one number
            Optional<Group> group = i < lines.size() ? group(lines, i) : Optional.empty();
            List<Item> found;
            if (group.isPresent()) {
                found = group.get().rows();
                joined = group.get().lastLine();
            } else {
                Optional<Item> item = i < lines.size() ? item(text, i + 1) : Optional.empty();
                int last = i < lines.size() ? rowEnd(lines, i) : -1;
                if (last > i) {
                    // 8 规上数字经济核心产业营业收入占规上企业营业 / 收入比重（%） 32.5 预期性: one row on several lines,
                    // whose first line alone may look whole (12 细颗粒物年均浓度(微克/立方米) 27, its base)
                    Optional<Item> whole = item(joinedRow(lines.subList(i, last + 1)), i + 1);
                    if (whole.isPresent()) {
                        item = whole;
                        joined = last;
                    }
                }
                found = item.map(List::of).orElse(List.of());
            }
            boolean continues = !found.isEmpty()
                    && (run.isEmpty()
                            || (found.get(0).style().equals(run.get(0).style())
                                    && found.get(0).number()
                                            == run.get(run.size() - 1).number() + 1));
            if (continues) {
                run.addAll(found);
                continue;
            }
            if (found.isEmpty() && i < lines.size() && groupHeadingWithin(lines, i, run)) {
                continue;
            }
            if (run.stream().filter(Item::figure).count() >= FEWEST_ITEMS && announced(lines, run)) {
                tables.add(table(file, lines, run));
            }
            run = new ArrayList<>(found);
        }
        return tables;
    }

    private static PlanTable table(String file, List<String> lines, List<Item> run) {
        int first = run.get(0).line().number(); // 1-based
        int titleLine = titleAbove(lines, first - 1);
        String title = titleLine < 0 ? "" : lines.get(titleLine).strip();
        Integer year = targetYear(lines, first - 1);
        List<Column> columns = new ArrayList<>(COLUMNS);
        columns.set(2, new Column(2, ColumnRole.TARGET, year, "目标"));
        return new PlanTable(
                file,
                title,
                titleLine + 1,
                first,
                columns,
                run.stream().map(Item::line).toList(),
                true);
    }

    /** A numbered line that is one indicator with its target, as cells; empty for anything else. */
    static Optional<Item> item(String text, int number) {
        if (text.contains("\t") || text.strip().length() > LONGEST_ITEM) {
            return Optional.empty();
        }
        Matcher m = ITEM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String style = m.group("dot") != null
                ? "dot"
                : m.group("paren") != null ? "paren" : m.group("circled") != null ? "circled" : "space";
        int n = m.group("circled") != null
                ? m.group("circled").charAt(0) - '\u2460' + 1
                : Integer.parseInt(m.group(style));
        return row(m.group("body"), number, style.equals("space"))
                .map(line ->
                        new Item(style, n, line, expression(line.cell(2), false).isPresent()));
    }

    /**
     * An item's text without its number as the cells name, unit, target and attribute.
     *
     * @param tableRow whether it is a table's row as a PDF's text gives it (cells apart by spaces),
     *     not a list's item
     */
    private static Optional<TableLine> row(String text, int number, boolean tableRow) {
        String body = text.strip();
        Matcher a = ATTRIBUTE.matcher(body);
        boolean attributed = a.find();
        String attribute = !attributed ? "" : a.group(1) != null ? a.group(1) : a.group(2);
        if (attributed) {
            body = body.substring(0, a.start()).strip();
        }
        body = body.replaceAll("[。；;]$", "");
        // a row that prints its attribute is a table's: its target may be words (与经济增长同步, 完成省定目标),
        // and one the reader cannot read (4.5-5,努力争取更好结果) is still a row, reported rather than ending the table
        boolean row = attributed && tableRow;
        if (PROSE.matcher(body).find() && !row) {
            return Optional.empty();
        }
        String cells = body;
        return split(cells, row)
                .or(() -> row ? namedRow(cells) : Optional.empty())
                .map(c -> new TableLine(number, List.of(c.get(0), c.get(1), c.get(2), attribute)));
    }

    /** How many lines a numbered group's sub-indicators and their shared attribute may take. */
    private static final int LONGEST_GROUP = 12;

    /** Whether a row prints, after its name, two cells side by side, its base and its target (>98.5∗ >98.7). */
    private static boolean printsBaseAndTarget(String line, String name) {
        int at = line.indexOf(name);
        return at >= 0
                && TWO_CELLS.matcher(line.substring(at + name.length()).strip()).matches();
    }

    /** A numbered group's rows, each a sub-indicator of its own under the group's number, and the last line they take. */
    private record Group(List<Item> rows, int lastLine) {}

    /**
     * A numbered row that names a group and its sub-indicators on the lines below, unnumbered, as a
     * PDF's text gives a table whose group cell spans rows, the attribute merged too and printed
     * once after them: {@code 29 食品药品安全 / 食品安全抽检合格率(%) >98.5∗ >98.7 / 药品抽检合格率(%)
     * >99∗ >99 / 约束性}. Empty unless at least two sub-indicators each read as a row with a figure.
     */
    private static Optional<Group> group(List<String> lines, int at) {
        Matcher head = ITEM.matcher(lines.get(at));
        if (!head.matches()
                || head.group("space") == null
                || !isGroupHeading(head.group("body"))
                || ATTRIBUTE.matcher(head.group("body")).find()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(head.group("space"));
        List<TableLine> subs = new ArrayList<>();
        String shared = "";
        int last = at;
        boolean tableRows = true; // each sub-row prints its own attribute or its base and target side by side
        for (int k = at + 1; k < Math.min(lines.size(), at + LONGEST_GROUP); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.contains("\t") || ROW_START.matcher(line).matches()) {
                break;
            }
            if (ATTRIBUTE_CELL.matcher(line).matches()) {
                shared = line;
                last = k;
                break;
            }
            Optional<TableLine> sub = row(line, k + 1, true);
            if (sub.isEmpty() || expression(sub.get().cell(2), false).isEmpty()) {
                return Optional.empty();
            }
            tableRows &= !sub.get().cell(3).isEmpty()
                    || printsBaseAndTarget(line, sub.get().cell(0));
            subs.add(sub.get());
            last = k;
        }
        // numbered prose (1 经济发展 / 地区生产总值年均增长5%左右 / …) is no group: a table's rows say they are rows
        if (subs.size() < 2 || (shared.isEmpty() && !tableRows)) {
            return Optional.empty();
        }
        String attribute = shared;
        return Optional.of(new Group(
                subs.stream()
                        .map(s -> s.cell(3).isEmpty()
                                ? new TableLine(s.number(), List.of(s.cell(0), s.cell(1), s.cell(2), attribute))
                                : s)
                        .map(s -> new Item("space", number, s, true))
                        .toList(),
                last));
    }

    /** A row's name up to its unit in brackets, and whatever follows as its target: 乙（%） 高于甲增长. */
    private static Optional<List<String>> namedRow(String body) {
        Matcher unit =
                Pattern.compile("^(.+?[(（][^()（）]{1,10}[)）])\\s+(\\S.*)$").matcher(body);
        if (!unit.matches()) {
            return Optional.empty();
        }
        return Optional.of(List.of(unit.group(1), "", targetCell(unit.group(2))));
    }

    /** A row's number, alone on its line or before the start of its name. */
    private static final Pattern ROW_START = Pattern.compile("^\\s*\\d{1,2}(?:\\s+\\S.*)?$");

    private static final int LONGEST_WRAP = 6;
    private static final Pattern ATTRIBUTE_CELL = Pattern.compile("预期性|约束性");

    /** Whether a line ends in a row's attribute, or is the attribute alone (a cell on a line of its own). */
    private static boolean endsInAttribute(String line) {
        return ATTRIBUTE.matcher(line).find()
                || ATTRIBUTE_CELL.matcher(line.strip()).matches();
    }

    /**
     * The line that ends the numbered row opening at {@code from}, as a PDF's text wraps a long name
     * or a long target cell (6 / 城市副中心和平原新城地区生产总值年均 / 增速(%) / — >5 预期性): the first
     * line within a few that ends in the attribute (预期性), no other row opening before it; -1 if none.
     */
    private static int rowEnd(List<String> lines, int from) {
        String text = lines.get(from);
        if (!ROW_START.matcher(text).matches() || ATTRIBUTE.matcher(text).find() || text.contains("\t")) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(lines.size(), from + LONGEST_WRAP); k++) {
            String next = lines.get(k);
            if (next.isBlank() || next.contains("\t") || ROW_START.matcher(next).matches()) {
                return -1;
            }
            if (endsInAttribute(next)) {
                return k;
            }
        }
        return -1;
    }

    /** The lines of a wrapped row as one: a word cut at a line's end is joined, cells keep a space. */
    private static String joinedRow(List<String> parts) {
        StringBuilder row = new StringBuilder(parts.get(0).strip());
        for (String part : parts.subList(1, parts.size())) {
            String next = part.strip();
            boolean midWord = Character.isIdeographic(row.codePointBefore(row.length()))
                    && Character.isIdeographic(next.codePointAt(0))
                    && !ATTRIBUTE_CELL.matcher(next).matches();
            row.append(midWord ? "" : " ").append(next);
        }
        return row.toString();
    }

    /**
     * Name, unit and target of an item's text: the longest tail that reads as a target with a
     * number, after a name of words; the tail must carry a unit or a bound, or the name its unit.
     * With {@code words}, a target in words (与经济增长同步) will do, as after a colon.
     */
    private static Optional<List<String>> split(String body, boolean words) {
        for (int k = 1; k < body.length(); k++) {
            String name = body.substring(0, k).replaceAll("[：:\\s]+$", "").strip();
            String tail = body.substring(k).strip();
            if (tail.isEmpty()
                    || name.isEmpty()
                    || !Character.isIdeographic(name.codePointAt(0)) && !name.matches("^[A-Za-z].*")) {
                continue;
            }
            if (!body.substring(0, k).matches(".*[：:\\s)）]$")
                    && !startsWithVerb(tail)
                    && !Character.isDigit(tail.charAt(0))) {
                continue;
            }
            // 外资研发中心数量（家） 332 500左右: a PDF's row prints its base, then its target, a space between
            tail = targetCell(tail);
            boolean colon = body.substring(0, k).matches(".*[：:]\\s*$");
            Optional<TargetExpression> e = expression(tail, colon || words);
            if (e.isEmpty()) {
                continue;
            }
            boolean unitInName = NAME_UNIT.matcher(name).find();
            boolean bound = e.get().form() != Form.LEVEL || startsWithVerb(tail);
            if (e.get().value() != null && e.get().unit() == null && !bound && !unitInName) {
                return Optional.empty();
            }
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                return Optional.empty(); // a number cut in two: 3 | .2%
            }
            String unit = unitInName || e.get().unit() == null ? "" : e.get().unit();
            return Optional.of(List.of(name, unit, tail));
        }
        return Optional.empty();
    }

    private static boolean startsWithVerb(String tail) {
        return tail.matches("^(达到|达|提高到|提高至|提升到|提升至|增加到|增长到|降至|降到|下降到|下降至|缩小至|缩小到|控制在|保持在|稳定在|不低于|不少于|"
                + "不超过|不高于|超过|突破|年均|累计|下降|降低|提高|增长|[>≥<≤＞＜]).*");
    }

    /**
     * The target a tail states: one with a number, or after a colon one without
     * ({@code 地区生产总值增长（%）：保持在合理区间}), which a list may hold but not be made of.
     */
    private static Optional<TargetExpression> expression(String tail, boolean afterColon) {
        try {
            TargetExpression e = TargetExpression.parse(tail);
            // 保持在合理区间 states no number, yet is the row's entry, as an empty cell is not
            boolean worded = e.form() != Form.NONE || e.reference() != null;
            boolean stated = e.value() != null || (afterColon && worded);
            return stated ? Optional.of(e) : Optional.empty();
        } catch (IllegalArgumentException notATarget) {
            return Optional.empty();
        }
    }

    /**
     * Whether line {@code i} is a short heading of a group of items ({@code 社会民生}, {@code （二）绿色低碳})
     * between two items of the run numbered one after the other: the outlines number their
     * indicators on across their groups.
     */
    private static boolean groupHeadingWithin(List<String> lines, int i, List<Item> run) {
        if (run.isEmpty() || !isGroupHeading(lines.get(i))) {
            return false;
        }
        Item last = run.get(run.size() - 1);
        // a heading may take a few lines of its own in a PDF's text: 协调 / 发展 / (5项)
        int headings = 0;
        for (int j = i + 1; j < lines.size() && headings < 3; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            if (isGroupHeading(lines.get(j))) {
                headings++;
                continue;
            }
            int end = rowEnd(lines, j);
            String row = end > j ? joinedRow(lines.subList(j, end + 1)) : lines.get(j);
            return item(row, j + 1)
                    .filter(next -> next.style().equals(last.style()) && next.number() == last.number() + 1)
                    .isPresent();
        }
        return false;
    }

    /** A short line naming a group of rows: 社会民生, （二）绿色低碳, 创新, (5项). */
    private static boolean isGroupHeading(String line) {
        String text = line.strip();
        String words = text.replaceAll("[（(]\\d+项[)）]", "");
        return !text.isEmpty()
                && text.length() <= LONGEST_HEADING
                && !words.matches(".*[\\d\t].*")
                && !PROSE.matcher(text).find();
    }

    /**
     * Whether the list says it is one of indicators: its items print their attribute (预期性), or a
     * line just above it speaks of indicators or targets (主要指标, 主要目标). A short numbered list of
     * projects (新建学校5所) says neither.
     */
    private static boolean announced(List<String> lines, List<Item> run) {
        if (run.stream().anyMatch(i -> !i.line().cell(3).isEmpty())) {
            return true;
        }
        int first = run.get(0).line().number() - 1;
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (ANNOUNCEMENT.matcher(lines.get(k)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The nearest non-blank line within a few lines above the list, if it is not itself an item. */
    private static int titleAbove(List<String> lines, int firstItem) {
        for (int k = firstItem - 1; k >= Math.max(0, firstItem - 4); k--) {
            String text = lines.get(k).strip();
            if (!text.isEmpty()) {
                return text.length() <= 80 ? k : -1;
            }
        }
        return -1;
    }

    /** The target year the lines just above the list name: 到2030年, or the period (十五五); null if none. */
    private static Integer targetYear(List<String> lines, int firstItem) {
        Integer year = null;
        for (int k = firstItem - 1; k >= Math.max(0, firstItem - 4); k--) {
            String text = lines.get(k).replaceAll("[“”\"\\s]", "");
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                int found = Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2));
                year = year == null ? found : Math.max(year, found);
            }
            if (year == null) {
                year = PeriodEnds.namedIn(text).orElse(null);
            }
        }
        return year;
    }
}
