package org.planwatch.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A unit as a multiple of its base, so that one figure can be put in another unit of the same
 * measure: 亿元 is 1e8 元, 万吨标煤 1e4 吨标准煤, 亿斤 5e4 吨 (a 斤 is half a kilogram). The Chinese
 * multipliers in front of a unit (万, 亿, 万亿, 千, 百万…) and the few bases written two ways are
 * known; a rate (元/人, 1/10万) is its own base, whole.
 */
public record UnitScale(double factor, String base) {
    /** Longest first, so that 万亿 is not read as 万. */
    private static final Map<String, Double> MULTIPLIERS = new LinkedHashMap<>();
    /** Bases written another way, as a multiple of the usual one. */
    private static final Map<String, UnitScale> BASES = Map.of(
            "斤", new UnitScale(0.0005, "吨"),
            "公斤", new UnitScale(0.001, "吨"),
            "克", new UnitScale(1e-6, "吨"),
            // 耕地保有量 in 万亩 or 亿亩, where statistics count land in 公顷 (15 亩 to the hectare)
            "亩", new UnitScale(1.0 / 15, "公顷"),
            "吨标煤", new UnitScale(1, "吨标准煤"),
            "标煤", new UnitScale(1, "吨标准煤"),
            "标准煤", new UnitScale(1, "吨标准煤"));

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

    /** 亿元 → (1e8, 元); 张 → (1, 张); 万亿斤 → (5e8, 吨); a rate such as 1/10万 is left whole. */
    public static UnitScale of(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.contains("/")) {
            return new UnitScale(1, u);
        }
        double factor = 1;
        for (Map.Entry<String, Double> m : MULTIPLIERS.entrySet()) {
            if (u.startsWith(m.getKey()) && u.length() > m.getKey().length()) {
                factor = m.getValue();
                u = u.substring(m.getKey().length());
                break;
            }
        }
        UnitScale base = BASES.get(u);
        return base == null ? new UnitScale(factor, u) : new UnitScale(factor * base.factor, base.base);
    }

    /**
     * What a figure in {@code from} is multiplied by to be in {@code to}, where the two measure the
     * same thing (32 亿斤 is 160 万吨: 5); empty where they do not, or either is blank.
     */
    public static OptionalDouble factor(String from, String to) {
        UnitScale a = of(from);
        UnitScale b = of(to);
        if (a.base.isEmpty() || !a.base.equals(b.base)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(a.factor / b.factor);
    }
}
