package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an indicator table's columns from its header rows. A header cell left empty under a
 * merged cell belongs to the cell on its left ("“十三五”规划目标值" over "2020 年" and "五年年均增长").
 * Plain year columns are placed by year: the earliest is the base, the latest the target, any
 * between are milestones. A cell it cannot place is an error naming the line and the cell.
 */
final class HeaderReader {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private HeaderReader() {}

    static List<Column> read(String file, List<TableLine> header) {
        TableLine top = header.get(0);
        int width = header.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        List<Column> plainYears = new ArrayList<>();
        String group = "";
        ColumnRole groupRole = null;
        for (int i = 0; i < width; i++) {
            String own = normalize(top.cell(i));
            StringBuilder below = new StringBuilder();
            for (TableLine row : header.subList(1, header.size())) {
                below.append(normalize(row.cell(i)));
            }
            if (!own.isEmpty()) {
                group = own;
                groupRole = null;
            } else if (below.isEmpty()) {
                // nothing printed above or below: the second cell of a two-cell name, or padding
                if (groupRole == ColumnRole.NAME) {
                    columns.add(new Column(i, ColumnRole.SUBNAME, null, group));
                }
                continue;
            }
            String sub = below.toString();
            Column column = classify(i, group, own.isEmpty(), sub);
            if (column == null) {
                throw new PlanTextException(
                        file,
                        top.number(),
                        "header cell '" + (group + " " + sub).strip() + "' (column " + (i + 1)
                                + ") is not a column an indicator table has");
            }
            if (column.role() == null) {
                plainYears.add(column);
            } else {
                columns.add(column);
                if (!own.isEmpty()) {
                    groupRole = column.role();
                }
            }
        }
        columns.addAll(placeYears(plainYears));
        columns.sort(Comparator.comparingInt(Column::index));
        return columns;
    }

    /** A column; a plain year column comes back with a null role, to be placed by year. */
    private static Column classify(int index, String group, boolean inherited, String sub) {
        String text = group + sub;
        Integer year = year(sub).orElse(year(group).orElse(null));
        if (!inherited) {
            switch (group) {
                case "序号":
                    return new Column(index, ColumnRole.SEQUENCE, null, group);
                case "领域":
                    return new Column(index, ColumnRole.AREA, null, group);
                case "地区":
                    return new Column(index, ColumnRole.REGION, null, group);
                case "单位":
                    return new Column(index, ColumnRole.UNIT, null, group);
                case "责任部门":
                    return new Column(index, ColumnRole.DEPARTMENT, null, group);
                default:
                    break;
            }
            if (group.contains("属性") || group.contains("性质")) {
                return new Column(index, ColumnRole.ATTRIBUTE, null, group);
            }
            if (group.equals("指标") || group.equals("主要指标")) {
                return new Column(index, ColumnRole.NAME, null, group);
            }
        }
        if (group.contains("指标值")) {
            return new Column(index, ColumnRole.REFERENCE, year, group);
        }
        boolean growth = text.contains("增长") || text.contains("累计");
        if (group.contains("完成")) {
            return new Column(
                    index, growth ? ColumnRole.ACTUAL_GROWTH : ColumnRole.ACTUAL, growth ? null : year, group);
        }
        if (group.contains("规划目标")) {
            return new Column(
                    index, growth ? ColumnRole.TARGET_GROWTH : ColumnRole.TARGET, growth ? null : year, group);
        }
        if (group.contains("基期") && year != null) {
            return new Column(index, ColumnRole.BASE, year, group);
        }
        if (growth) {
            return new Column(index, ColumnRole.TARGET_GROWTH, null, group);
        }
        if (year != null) {
            return new Column(index, null, year, group); // placed by year later
        }
        return null;
    }

    /** Per group (one per indicator in a breakdown): earliest year base, latest target, between milestones. */
    private static List<Column> placeYears(List<Column> plain) {
        Map<String, List<Column>> byGroup = new LinkedHashMap<>();
        for (Column c : plain) {
            String key = c.group().matches(".*\\d{4}.*") ? "" : c.group();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Column> placed = new ArrayList<>();
        for (List<Column> columns : byGroup.values()) {
            int first = columns.stream().mapToInt(Column::year).min().orElseThrow();
            int last = columns.stream().mapToInt(Column::year).max().orElseThrow();
            for (Column c : columns) {
                ColumnRole role = c.year() == first && first != last
                        ? ColumnRole.BASE
                        : c.year() == last ? ColumnRole.TARGET : ColumnRole.MILESTONE;
                placed.add(new Column(c.index(), role, c.year(), c.group()));
            }
        }
        return placed;
    }

    private static java.util.Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? java.util.Optional.of(Integer.valueOf(m.group(1))) : java.util.Optional.empty();
    }

    /** Spaces and quotation marks out: the PDF conversion scatters both through header cells. */
    static String normalize(String cell) {
        return cell.replaceAll("[\\s“”\"]", "");
    }
}
