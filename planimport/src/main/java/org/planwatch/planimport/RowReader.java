package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.TargetExpression;

/**
 * Reads a table's body into indicator rows. The conversion from PDF leaves its marks, and this
 * is where they are undone:
 *
 * <ul>
 *   <li>section rows (一、经济发展) set the section of the rows below;
 *   <li>a sub-indicator sits one cell right of its parent's name (4.城镇化率 | 常住人口城镇化率), and
 *       the rows below with an empty name cell belong to the same parent;
 *   <li>a line with names but no values continues the names of the row above it (a page break
 *       cut 高技术制造业增加值占规模以上工业增加值 | 比重 (%) in two);
 *   <li>where a row prints its attribute (预期性, 约束性), the value cells are aligned from it leftwards:
 *       a row printed with fewer cells than columns had its first cells merged;
 *   <li>an attribute left empty under a merged cell is the one of the row above.
 * </ul>
 */
public final class RowReader {
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\s*[.．、]\\s*");
    private static final Pattern UNIT = Pattern.compile("[(（]([^()（）]*)[)）]\\s*$");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}（）()])\\s+|\\s+(?=[\\p{IsHan}（）()])");
    private static final Pattern ATTRIBUTE = Pattern.compile("预期性|约束性");
    private static final Pattern SCALED_FIGURE = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:万|亿|%|％|‰)");
    /** What a digest writes in brackets after a row's name to class it: （特色指标）, （新增）, （约束性）. */
    private static final Pattern NOTE = Pattern.compile("特色|新增指标|预期性|约束性|核心指标|标志性指标");

    private static final String SUBSET = "其中：";

    private RowReader() {}

    public static List<IndicatorRow> read(PlanTable table) {
        return table.breakdown() ? readBreakdown(table) : readIndicators(table);
    }

    private static List<IndicatorRow> readIndicators(PlanTable table) {
        Column nameColumn = table.columns(ColumnRole.NAME).get(0);
        boolean subColumn = !table.columns(ColumnRole.SUBNAME).isEmpty();
        List<Column> valueColumns = table.columns().stream()
                .filter(c -> c.index() > nameColumn.index())
                .filter(c -> c.role() != ColumnRole.SUBNAME && c.role() != ColumnRole.UNIT)
                .toList();
        Column attributeColumn =
                table.columns(ColumnRole.ATTRIBUTE).stream().findFirst().orElse(null);
        int areaIndex = table.columns(ColumnRole.AREA).stream()
                .mapToInt(Column::index)
                .findFirst()
                .orElse(-1);
        int unitIndex = table.columns(ColumnRole.UNIT).stream()
                .mapToInt(Column::index)
                .findFirst()
                .orElse(-1);

        // a unit the target column's header prints (2030年（%）), for the rows that print none
        String headerUnit = table.columns(ColumnRole.TARGET).stream()
                .map(Column::unit)
                .filter(u -> !u.isEmpty())
                .findFirst()
                .orElse("");
        boolean textNext = table.columns().stream()
                .anyMatch(c -> c.index() == nameColumn.index() + 1
                        && (c.role() == ColumnRole.NOTE || c.role() == ColumnRole.DEPARTMENT));

        int lastIndex = table.columns().stream().mapToInt(Column::index).max().orElse(0);
        // one column of figures, right after the name (指标 | 目标值, 指标 | 目标 | 出处); not 指标 | 2025 | 2030,
        // whose rows may print a sub-indicator's name between
        List<Column> figureColumns = valueColumns.stream()
                .filter(c -> c.role() != ColumnRole.NOTE
                        && c.role() != ColumnRole.DEPARTMENT
                        && c.role() != ColumnRole.ATTRIBUTE
                        && c.role() != ColumnRole.SEQUENCE)
                .toList();
        boolean valueNext = figureColumns.size() == 1 && figureColumns.get(0).index() == nameColumn.index() + 1;
        List<IndicatorRow> rows = new ArrayList<>();
        String section = "";
        String area = "";
        String parent = "";
        for (TableLine line : joinedAcrossPages(table.rows(), attributeColumn)) {
            List<String> cells = line.cells().stream().map(String::strip).toList();
            String first = cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
            if (SECTION.matcher(first).matches()
                    && cells.stream().filter(c -> !c.isEmpty()).count() == 1) {
                section = first;
                parent = "";
                continue;
            }
            if (areaIndex >= 0 && !cell(cells, areaIndex).isEmpty()) {
                area = cell(cells, areaIndex);
            }
            String name = cell(cells, nameColumn.index());
            // a unit column right of the name leaves no room for a sub-indicator there, nor does a
            // column of text (a note, a department): its words are not a sub-indicator's name
            boolean unitNext = unitIndex == nameColumn.index() + 1;
            String next = cell(cells, nameColumn.index() + 1);
            // a figure with its scale (迈上4万亿元新台阶, a digest's words in the base column) is no sub-indicator's name
            // a row no wider than a header of one figure column: the cell after the name is the target's
            // (降至2.3∶1左右；居民收入增速高于全国), not a sub-indicator's name
            boolean underHeader = cells.size() <= lastIndex + 1 && valueNext;
            boolean hasSub = !unitNext
                    && !textNext
                    && !underHeader
                    && isName(next)
                    && !SCALED_FIGURE.matcher(next).find();
            String sub = hasSub ? next : "";
            int valuesFrom = nameColumn.index() + (hasSub || subColumn || unitNext ? 2 : 1);
            if (subColumn && !hasSub) {
                valuesFrom = nameColumn.index() + 1; // the empty sub-name cell was dropped
            }
            List<String> printed = cells.subList(Math.min(valuesFrom, cells.size()), cells.size());
            // a row as wide as the header, from a grid (HTML, Word), holds each value under its
            // column even where a merged cell left its attribute and its name empty; not where the
            // header has no room for the sub-indicator's name the row prints (指标 | 2025年 | …)
            int from = valuesFrom;
            boolean gridRow = cells.size() == lastIndex + 1
                    && !printsAttribute(printed)
                    && valueColumns.stream().allMatch(c -> c.index() >= from);
            Map<Column, String> values =
                    gridRow ? underColumns(valueColumns, cells) : align(valueColumns, printed, attributeColumn);
            boolean noValues = values.entrySet().stream()
                    .filter(e -> e.getKey().role() != ColumnRole.ATTRIBUTE
                            && e.getKey().role() != ColumnRole.SEQUENCE)
                    .allMatch(e -> e.getValue().isEmpty());
            if (noValues && !rows.isEmpty() && (!name.isEmpty() || !sub.isEmpty())) {
                IndicatorRow joined = continued(rows.get(rows.size() - 1), line.number(), name, sub);
                rows.set(rows.size() - 1, joined);
                if (!joined.parent().isEmpty()) {
                    parent = joined.parent(); // the rows below belong to the parent's whole name
                }
                continue;
            }
            if (hasSub) {
                if (!name.isEmpty()) {
                    parent = name;
                }
                name = sub;
            } else if (!name.isEmpty()) {
                parent = "";
            }
            if (name.startsWith(SUBSET) && !rows.isEmpty()) {
                name = name.substring(SUBSET.length());
                parent = rows.get(rows.size() - 1).name();
            }
            String attribute = attributeColumn == null ? "" : values.getOrDefault(attributeColumn, "");
            if (attribute.isEmpty() && attributeColumn != null && !rows.isEmpty() && !table.numberedList()) {
                attribute = rows.get(rows.size() - 1).attribute(); // merged with the row above
            }
            String unit = unitIndex >= 0 ? cell(cells, unitIndex) : "";
            IndicatorRow row = row(List.of(line.number()), section, area, "", parent, name, unit, attribute, values);
            rows.add(row.unit().isEmpty() && !headerUnit.isEmpty() ? row.inUnit(headerUnit) : row);
        }
        // split only now: a line below may still have continued a row's name
        return rows.stream().flatMap(r -> PairedStatistics.split(r).stream()).toList();
    }

    /**
     * The rows with a row a page break cut in two joined again, cell by cell: the break also cut
     * the attribute's word (预 | 期性), which neither half reads as and both together do. A row
     * that continues without cutting its attribute is left to {@link #continued}.
     */
    private static List<TableLine> joinedAcrossPages(List<TableLine> lines, Column attributeColumn) {
        if (attributeColumn == null) {
            return lines;
        }
        int at = attributeColumn.index();
        List<TableLine> joined = new ArrayList<>();
        for (TableLine line : lines) {
            TableLine above = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (above != null
                    && !above.cell(at).isEmpty()
                    && !line.cell(at).isEmpty()
                    && !ATTRIBUTE.matcher(above.cell(at)).matches()
                    && ATTRIBUTE.matcher(above.cell(at) + line.cell(at)).matches()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(above.cells().size(), line.cells().size()); i++) {
                    cells.add(above.cell(i) + line.cell(i));
                }
                joined.set(joined.size() - 1, new TableLine(above.number(), cells));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean printsAttribute(List<String> printed) {
        return printed.stream().anyMatch(c -> ATTRIBUTE.matcher(c).matches());
    }

    private static Map<Column, String> underColumns(List<Column> columns, List<String> cells) {
        Map<Column, String> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, cell(cells, c.index())));
        return values;
    }

    /** Value cells to columns: from the attribute leftwards where the row prints one, else left to right. */
    private static Map<Column, String> align(List<Column> columns, List<String> printed, Column attributeColumn) {
        Map<Column, String> values = new LinkedHashMap<>();
        int attributeAt = -1;
        for (int i = printed.size() - 1; i >= 0; i--) {
            if (ATTRIBUTE.matcher(printed.get(i)).matches()) {
                attributeAt = i;
                break;
            }
        }
        if (attributeColumn == null || attributeAt < 0) {
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), i < printed.size() ? printed.get(i) : "");
            }
            return values;
        }
        int columnAt = columns.indexOf(attributeColumn);
        for (int i = 0; i < columns.size(); i++) {
            int k = attributeAt - (columnAt - i);
            // a row short of cells had its first cells merged: the first printed cell fills them
            values.put(columns.get(i), k < 0 ? printed.get(0) : k < printed.size() ? printed.get(k) : "");
        }
        return values;
    }

    private static List<IndicatorRow> readBreakdown(PlanTable table) {
        int regionIndex = table.columns(ColumnRole.REGION).get(0).index();
        List<IndicatorRow> rows = new ArrayList<>();
        for (TableLine line : table.rows()) {
            String region = line.cell(regionIndex);
            Map<String, Map<Column, String>> byIndicator = new LinkedHashMap<>();
            for (Column c : table.columns()) {
                if (c.role() != ColumnRole.REGION) {
                    byIndicator
                            .computeIfAbsent(c.group(), g -> new LinkedHashMap<>())
                            .put(c, line.cell(c.index()));
                }
            }
            byIndicator.forEach((indicator, values) ->
                    rows.add(row(List.of(line.number()), "", "", region, "", indicator, "", "", values)));
        }
        return rows;
    }

    private static IndicatorRow continued(IndicatorRow row, int line, String name, String sub) {
        List<Integer> lines = new ArrayList<>(row.lines());
        lines.add(line);
        // the parent's name was cut when the row has a sub-indicator; otherwise the row's own name
        boolean hasParent = !row.parent().isEmpty();
        String parent = hasParent ? clean(row.parent() + name) : row.parent();
        String own = hasParent ? row.name() + sub : row.name() + name + sub;
        String withUnit = row.unit().isEmpty() ? own : own + "(" + row.unit() + ")";
        return row(lines, row.section(), row.area(), row.region(), parent, withUnit, "", row.attribute(), row.values());
    }

    private static IndicatorRow row(
            List<Integer> lines,
            String section,
            String area,
            String region,
            String parent,
            String rawName,
            String unitCell,
            String attribute,
            Map<Column, String> values) {
        String name = clean(rawName);
        String unit = clean(unitCell);
        Matcher m = UNIT.matcher(name);
        boolean bracketed = m.find();
        if (bracketed && (NOTE.matcher(m.group(1)).find() || m.group(1).matches(".*\\d{4}.*"))) {
            name = name.substring(0, m.start()).strip(); // 算力规模（特色指标）: a note on the row, not its unit
            m = UNIT.matcher(name);
            bracketed = m.find();
        }
        if (bracketed && isUnit(m.group(1))) {
            if (unit.isEmpty()) {
                unit = m.group(1);
            }
            name = name.substring(0, m.start()).strip();
        }
        String parentName = clean(parent);
        Matcher p = UNIT.matcher(parentName);
        if (p.find() && isUnit(p.group(1))) {
            if (unit.isEmpty()) {
                unit = p.group(1); // 主要污染物排放总量控制 (万吨): the unit of its sub-indicators
            }
            parentName = parentName.substring(0, p.start()).strip();
        }
        return new IndicatorRow(lines, section, area, region, parentName, name, unit, attribute, values);
    }

    /** A name cell: text that is not a target expression. */
    private static boolean isName(String cell) {
        if (cell.isEmpty()
                || !cell.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        try {
            TargetExpression.parse(cell);
            return false;
        } catch (IllegalArgumentException notAnExpression) {
            return !ATTRIBUTE.matcher(cell).matches();
        }
    }

    /** Units are short; 以上年为100 is a note, not a unit. */
    private static boolean isUnit(String text) {
        return !text.isBlank() && text.length() <= 10 && !text.contains("为") && !text.contains("&");
    }

    /** Sequence numbers and the PDF's spaces out of a name: 主 要污 染物 becomes 主要污染物. */
    static String clean(String text) {
        String s = NUMBERED.matcher(text.strip()).replaceFirst("");
        return CJK_GAP.matcher(s).replaceAll("").strip();
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
