package org.planwatch.producer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.planwatch.domain.Indicator;

/**
 * Brings a feed's figure into the unit the catalogue prints its indicator in: the Chinese
 * multipliers in front of a unit (万, 亿, 万亿, 千, 百万), and SDMX's {@code UNIT_MULT}, a power of
 * ten. 3.2 万亿元 is 32000 亿元; 45 thousand 人 (UNIT_MULT 3) is 4.5 万人. A unit whose base differs
 * from the catalogue's (元 for 亿元 is fine, 人 for 亿元 is not) is left as it is, for the check to
 * refuse.
 */
final class UnitConversion {
    /** Longest first, so that 万亿 is not read as 万. */
    private static final Map<String, Double> MULTIPLIERS = new LinkedHashMap<>();

    static {
        MULTIPLIERS.put("万亿", 1e12);
        MULTIPLIERS.put("千亿", 1e11);
        MULTIPLIERS.put("百亿", 1e10);
        MULTIPLIERS.put("十亿", 1e9);
        MULTIPLIERS.put("亿", 1e8);
        MULTIPLIERS.put("千万", 1e7);
        MULTIPLIERS.put("百万", 1e6);
        MULTIPLIERS.put("十万", 1e5);
        MULTIPLIERS.put("万", 1e4);
        MULTIPLIERS.put("千", 1e3);
    }

    /** A figure in a unit. */
    record Figure(double value, String unit) {}

    private UnitConversion() {}

    /**
     * {@code value} in {@code unit} times ten to {@code powerOfTen}, in {@code target} (the unit the
     * region's plan states it in, else the indicator's usual one) when the two share a base;
     * otherwise as given.
     */
    static Figure toUnit(double value, String unit, int powerOfTen, String target, Indicator indicator) {
        double scaled = value * Math.pow(10, powerOfTen);
        if (unit == null || unit.isBlank()) {
            return new Figure(scaled, null);
        }
        if (indicator.printsIn(unit) && unit.strip().equals(target) || target.isEmpty()) {
            return new Figure(scaled, unit.strip());
        }
        Split from = split(unit.strip());
        Split to = split(target);
        if (!from.base.equals(to.base) || from.base.isEmpty()) {
            return new Figure(scaled, unit.strip());
        }
        return new Figure(scaled * from.factor / to.factor, target);
    }

    private record Split(double factor, String base) {}

    /** 亿元 → (1e8, 元); 张 → (1, 张); a rate such as 1/10万 is left whole. */
    private static Split split(String unit) {
        if (!unit.contains("/")) {
            for (Map.Entry<String, Double> m : MULTIPLIERS.entrySet()) {
                if (unit.startsWith(m.getKey()) && unit.length() > m.getKey().length()) {
                    return new Split(m.getValue(), unit.substring(m.getKey().length()));
                }
            }
        }
        return new Split(1, unit);
    }
}
