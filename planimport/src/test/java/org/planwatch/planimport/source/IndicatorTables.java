package org.planwatch.planimport.source;

import java.util.List;

/**
 * The tables the document-form tests write in every form: a 15th-plan style main-indicator
 * table for what the readers produce, and a Guangdong 14th-plan table whose indicators and
 * region the bundled dictionaries know, for the end-to-end imports.
 */
final class IndicatorTables {
    static final List<List<String>> FIFTEENTH_PLAN = List.of(
            List.of("指标", "单位", "2025年", "2030年", "属性"),
            List.of("国内生产总值增长", "%", "5.0", "保持在合理区间", "预期性"),
            List.of("研发经费投入强度", "%", "2.68", "3.2以上", "预期性"),
            List.of("人均预期寿命", "岁", "79", "80", "预期性"),
            List.of("单位国内生产总值二氧化碳排放降低", "%", "—", "[17]", "约束性"));

    static final String GUANGDONG_TITLE = "广东省国民经济和社会发展第十四个五年规划纲要";
    static final String GUANGDONG_CAPTION = "表2 “十四五”时期经济社会发展主要指标";
    static final List<List<String>> GUANGDONG = List.of(
            List.of("指标", "单位", "2020年", "2025年", "属性"),
            List.of("地区生产总值增长", "%", "2.3", "5左右", "预期性"),
            List.of("城镇调查失业率", "%", "5.2", "控制在5.5以内", "预期性"),
            List.of("人均预期寿命", "岁", "79.3", "79.8", "预期性"),
            List.of("森林覆盖率", "%", "58.7", "58.9", "约束性"));

    private IndicatorTables() {}

    /** The table as the importer reads it: a TAB-separated line per row. */
    static List<String> tabRows(List<List<String>> table) {
        return table.stream().map(row -> String.join("\t", row)).toList();
    }

    /** The Guangdong plan as the importer has always read it: title, caption, a blank line, tab rows. */
    static String guangdongTabText() {
        StringBuilder text = new StringBuilder(GUANGDONG_TITLE + "\n\n" + GUANGDONG_CAPTION + "\n");
        tabRows(GUANGDONG).forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }
}
