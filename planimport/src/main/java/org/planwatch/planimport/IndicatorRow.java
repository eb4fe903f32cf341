package org.planwatch.planimport;

import java.util.List;
import java.util.Map;

/**
 * One indicator of a plan table, read from one or more lines of text.
 *
 * @param lines the lines it was read from; the first is the line its targets cite
 * @param section the section it sits under (一、经济发展), empty if none
 * @param area the 领域 column's group (健康水平), empty if none
 * @param region the region of a breakdown row (蓬江区); empty for a plan-wide row
 * @param parent the parent indicator of a sub-indicator (城镇化率 of 常住人口城镇化率); empty if none
 * @param name the indicator's name, spaces from the PDF removed, the unit taken off
 * @param unit the unit, from the 单位 column or the name's last parentheses; empty if none
 * @param attribute 预期性 or 约束性, empty where the table has none
 * @param values the cells of the value columns (base, milestone, target, growth, actuals)
 */
public record IndicatorRow(
        List<Integer> lines,
        String section,
        String area,
        String region,
        String parent,
        String name,
        String unit,
        String attribute,
        Map<Column, String> values) {

    public IndicatorRow {
        lines = List.copyOf(lines);
        values = Map.copyOf(values);
    }

    public int line() {
        return lines.get(0);
    }

    /** This row in {@code unit}: the unit its table's header prints for rows that print none. */
    IndicatorRow inUnit(String unit) {
        return new IndicatorRow(lines, section, area, region, parent, name, unit, attribute, values);
    }
}
