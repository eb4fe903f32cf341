package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table row that counts two statistics at once, with a slash in its name and in its figures:
 * {@code 机场旅客/货邮吞吐量（万人次/万吨） | 8358/244 | 10000/350}. It is read as one row per
 * statistic: 机场旅客吞吐量 in 万人次 and 机场货邮吞吐量 in 万吨, each with its own figures.
 */
final class PairedStatistics {
    private static final Pattern SLASH = Pattern.compile("[/／]");
    /**
     * What the two statistics share at the end of the name, where the second one's own word may be
     * longer than the first's (港口货物/集装箱吞吐量): the longest that ends the name.
     */
    private static final List<String> SHARED_HEADS =
            List.of("吞吐量", "客运量", "货运量", "总量", "产量", "总额", "规模", "面积", "人数", "数量", "比重", "比例");
    /** A word of a Chinese statistic's name, where no shared head tells: 旅客, 货邮, 城镇, 农村. */
    private static final int WORD = 2;

    private PairedStatistics() {}

    /** The row itself, or one row per statistic where both its name and a figure pair two. */
    static List<IndicatorRow> split(IndicatorRow row) {
        String[] names = SLASH.split(row.name(), -1);
        if (names.length != 2 || names[0].isBlank() || names[1].isBlank() || !pairsFigures(row)) {
            return List.of(row);
        }
        String[] units = SLASH.split(row.unit(), -1);
        boolean pairedUnit = units.length == 2 && !units[0].isBlank() && !units[1].isBlank();
        String[] pair = names(names[0].strip(), names[1].strip());
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String name = pair[i];
            String unit = pairedUnit ? units[i].strip() : row.unit();
            rows.add(new IndicatorRow(
                    row.lines(),
                    row.section(),
                    row.area(),
                    row.region(),
                    row.parent(),
                    name,
                    unit,
                    row.attribute(),
                    part(row.values(), i)));
        }
        return rows;
    }

    /** Some figure of the row holds two numbers with a slash between them, and none holds more. */
    private static boolean pairsFigures(IndicatorRow row) {
        boolean paired = false;
        for (String cell : row.values().values()) {
            int parts = SLASH.split(cell, -1).length;
            if (parts > 2) {
                return false;
            }
            paired |= parts == 2 && cell.matches(".*\\d.*[/／].*\\d.*");
        }
        return paired;
    }

    /** A name that ends as a statistic's does: 调解成功率, 参保人数. */
    private static final Pattern WHOLE = Pattern.compile(".*(率|量|数|额|比重|比例|面积|规模|指数|强度)$");

    /**
     * The two names in full. 劳动人事争议调解成功率/仲裁结案率: the first is whole, and the second takes what
     * stands before the first's own word (counted from the end the two share, 率); 单位GDP能耗降低率/碳排放降低率
     * takes the intensity's head; 城镇新增就业人数/城镇调查失业率 opens as the first does and takes nothing.
     * 失业保险/工伤保险参保人数: the second opens with a word as long as the first and ending as it does, so the
     * first takes the rest of the second. Else what the two share at the end ({@link #SHARED_HEADS},
     * 机场旅客/货邮吞吐量) and a word of the first for the second's start.
     */
    private static String[] names(String first, String second) {
        if (WHOLE.matcher(first).matches()) {
            return new String[] {first, prefixOf(first, second) + second};
        }
        if (second.length() > first.length() && second.charAt(first.length() - 1) == first.charAt(first.length() - 1)) {
            return new String[] {first + second.substring(first.length()), second};
        }
        String prefix = first.length() >= 2 * WORD ? first.substring(0, first.length() - WORD) : "";
        return new String[] {first + head(second), prefix + second};
    }

    private static final Pattern INTENSITY_HEAD =
            Pattern.compile("^(单位(?:地区|国内)?生产总值|单位GDP|万元(?:地区|国内)?生产总值|规模以上工业单位增加值)");

    /** What the second of two whole names takes from the first: its head, before the first's own word. */
    private static String prefixOf(String first, String second) {
        if (second.startsWith(first.substring(0, Math.min(WORD, first.length())))) {
            return "";
        }
        java.util.regex.Matcher intensity = INTENSITY_HEAD.matcher(first);
        if (intensity.find()) {
            return intensity.group(1);
        }
        int shared = 0;
        while (shared < Math.min(first.length(), second.length())
                && first.charAt(first.length() - 1 - shared) == second.charAt(second.length() - 1 - shared)) {
            shared++;
        }
        int own = second.length() - shared;
        int cut = first.length() - shared - own;
        return cut > 0 ? first.substring(0, cut) : "";
    }

    private static String head(String second) {
        return SHARED_HEADS.stream()
                .filter(h -> second.endsWith(h) && second.length() > h.length())
                .findFirst()
                .orElse(second.length() > WORD ? second.substring(WORD) : "");
    }

    private static Map<Column, String> part(Map<Column, String> values, int i) {
        Map<Column, String> part = new LinkedHashMap<>();
        values.forEach((column, cell) -> {
            String[] parts = SLASH.split(cell, -1);
            part.put(column, parts.length == 2 ? parts[i].strip() : cell);
        });
        return part;
    }
}
