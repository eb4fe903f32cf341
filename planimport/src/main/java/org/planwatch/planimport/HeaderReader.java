package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an indicator table's columns from its header rows. A header cell left empty under a
 * merged cell belongs to the cell on its left ("“十三五”规划目标值" over "2020 年" and "五年年均增长").
 * Plain year columns are placed by year: the earliest is the base, the latest the target, any
 * between are milestones; where a column says it holds the target in words (目标值, 预期目标), the
 * year columns beside it are the base and milestones. The header words of each role come in their
 * synonyms (指标名称, 指标项 and 具体指标 name the indicator; 现状值 and 2025年(基期) the base). A
 * column named in words it does not know is a {@link ColumnRole#NOTE}, kept and never read as a
 * target: a new column must not cost a table. The one error is a header that names no indicator.
 */
final class HeaderReader {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Header cells that name the indicator; {@link TableFinder} finds tables by them. */
    static final Set<String> NAME_WORDS = Set.of("指标", "主要指标", "指标名称", "指标项", "具体指标", "二级指标", "指标内容");

    /** The header of a first column that lists goals, not indicators: 具体目标, 主要目标, 目标任务. */
    private static final Pattern GOALS_LISTED = Pattern.compile("(?:主要|具体|核心|重点|量化)?目标(?:名称|内容|任务)?");

    /**
     * The column whose cells name what is measured: one headed 指标 (or 指标/工程, an indicator beside what
     * else the column holds), else a first column headed by the goals it lists (具体目标 | 2030年) where a
     * later column holds their figures by year or as targets; -1 where there is none.
     */
    static int nameColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (NAME_WORDS.contains(c) || Arrays.stream(c.split("[/、]|或|及")).anyMatch(NAME_WORDS::contains)) {
                return i;
            }
        }
        int first = 0;
        while (first < cells.size()
                && (cells.get(first).isEmpty() || WORDS.get(cells.get(first)) == ColumnRole.SEQUENCE)) {
            first++;
        }
        if (first >= cells.size()) {
            return -1;
        }
        // 领域 | 目标: with no other column, the area names what each goal is of
        boolean areaAlone = WORDS.get(cells.get(first)) == ColumnRole.AREA
                && cells.stream().filter(c -> !c.isEmpty()).count() == 2;
        if (!GOALS_LISTED.matcher(cells.get(first)).matches() && !areaAlone) {
            return -1;
        }
        boolean figuresAfter = cells.subList(first + 1, cells.size()).stream()
                .anyMatch(c -> YEAR.matcher(c).find() || TARGET_WORDS.matcher(c).find());
        return figuresAfter ? first : -1;
    }

    private static final Map<String, ColumnRole> WORDS = words();
    private static final Pattern HEADER_UNIT = Pattern.compile("[(（]([^()（）]{1,8})[)）]$");
    /** Words in a header's parentheses that say what the column is, not its unit: （基期）, （预计）. */
    private static final Pattern NOT_A_UNIT = Pattern.compile("基期|现状|目标|预计|实际|预期|约束|累计|年|规划|\\d");
    /** Words of a base column: 基期, 现状值, 基准值, 基数. */
    private static final Pattern BASE_WORDS = Pattern.compile("基期|现状|基准|基数");
    /** Words of a target column: 目标值, 预期目标, 十五五末. */
    private static final Pattern TARGET_WORDS = Pattern.compile("目标|[十](三|四|五|六)五末");

    private static Map<String, ColumnRole> words() {
        Map<String, ColumnRole> words = new LinkedHashMap<>();
        for (String w : List.of("序号", "编号")) {
            words.put(w, ColumnRole.SEQUENCE);
        }
        for (String w : List.of("领域", "类别", "类型", "分类", "方面", "一级指标", "维度")) {
            words.put(w, ColumnRole.AREA);
        }
        words.put("地区", ColumnRole.REGION);
        for (String w : List.of("单位", "计量单位")) {
            words.put(w, ColumnRole.UNIT);
        }
        for (String w : List.of("责任部门", "责任单位", "牵头单位", "牵头部门", "责任主体", "牵头责任单位")) {
            words.put(w, ColumnRole.DEPARTMENT);
        }
        for (String w : List.of("备注", "说明", "出处", "来源", "数据来源")) {
            words.put(w, ColumnRole.NOTE);
        }
        for (String w : NAME_WORDS) {
            words.put(w, ColumnRole.NAME);
        }
        return Map.copyOf(words);
    }

    private HeaderReader() {}

    static List<Column> read(String file, List<TableLine> header) {
        TableLine top = header.get(0);
        int width = header.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        List<Column> plainYears = new ArrayList<>();
        String group = "";
        ColumnRole groupRole = null;
        List<String> topCells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            topCells.add(normalize(top.cell(i)));
        }
        int names = nameColumn(topCells);
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
            Column column = i == names
                    ? new Column(i, ColumnRole.NAME, null, group)
                    : withUnit(classify(i, group, own.isEmpty(), sub), sub.isEmpty() ? group : sub);
            if (column.role() == null) {
                plainYears.add(column);
            } else {
                columns.add(column);
                if (!own.isEmpty()) {
                    groupRole = column.role();
                }
            }
        }
        boolean targetInWords = columns.stream().anyMatch(c -> c.role() == ColumnRole.TARGET);
        columns.addAll(placeYears(plainYears, targetInWords));
        columns.sort(Comparator.comparingInt(Column::index));
        if (columns.stream().noneMatch(c -> c.role() == ColumnRole.NAME || c.role() == ColumnRole.REGION)) {
            throw new PlanTextException(file, top.number(), "the header names no indicator column (指标, 指标名称)");
        }
        return columns;
    }

    /** A column; a plain year column comes back with a null role, to be placed by year. */
    private static Column classify(int index, String group, boolean inherited, String sub) {
        String text = group + sub;
        Integer year = year(sub).orElse(year(group).orElse(null));
        if (!inherited) {
            ColumnRole named = WORDS.get(group);
            if (named != null) {
                return new Column(index, named, null, group);
            }
            if (group.contains("属性") || group.contains("性质")) {
                return new Column(index, ColumnRole.ATTRIBUTE, null, group);
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
        if (BASE_WORDS.matcher(text).find() && !growth) {
            return new Column(index, ColumnRole.BASE, year, group);
        }
        if (growth) {
            return new Column(index, ColumnRole.TARGET_GROWTH, null, group);
        }
        if (year != null) {
            return new Column(index, null, year, group); // placed by year later
        }
        if (TARGET_WORDS.matcher(text).find()) {
            return new Column(index, ColumnRole.TARGET, PeriodEnds.namedIn(text).orElse(null), group);
        }
        return new Column(index, ColumnRole.NOTE, null, (group + " " + sub).strip());
    }

    /** A value column with the unit its header prints in parentheses (2030年（%）); not 2025年（基期）. */
    private static Column withUnit(Column column, String header) {
        boolean values = column.role() == null
                || column.role() == ColumnRole.BASE
                || column.role() == ColumnRole.MILESTONE
                || column.role() == ColumnRole.TARGET;
        Matcher m = HEADER_UNIT.matcher(header);
        if (!values || !m.find() || NOT_A_UNIT.matcher(m.group(1)).find()) {
            return column;
        }
        return new Column(column.index(), column.role(), column.year(), column.group(), m.group(1));
    }

    /**
     * Per group (one per indicator in a breakdown): earliest year base, latest target, between
     * milestones; where another column holds the target in words, none of them is the target.
     */
    private static List<Column> placeYears(List<Column> plain, boolean targetInWords) {
        Map<String, List<Column>> byGroup = new LinkedHashMap<>();
        for (Column c : plain) {
            String key = c.group().matches(".*\\d{4}.*") ? "" : c.group();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        int latest = plain.stream().mapToInt(Column::year).max().orElse(0);
        List<Column> placed = new ArrayList<>();
        for (Map.Entry<String, List<Column>> group : byGroup.entrySet()) {
            List<Column> columns = group.getValue();
            int first = columns.stream().mapToInt(Column::year).min().orElseThrow();
            int last = columns.stream().mapToInt(Column::year).max().orElseThrow();
            // years that head columns of their own come before a later year under words
            // (2025年（预计） beside “十五五”目标 over 2030 年): none of them is the target
            boolean beforeTarget = targetInWords || (group.getKey().isEmpty() && last < latest);
            for (Column c : columns) {
                ColumnRole role = c.year() == first && (first != last || beforeTarget)
                        ? ColumnRole.BASE
                        : c.year() == last && !beforeTarget ? ColumnRole.TARGET : ColumnRole.MILESTONE;
                placed.add(new Column(c.index(), role, c.year(), c.group(), c.unit()));
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
