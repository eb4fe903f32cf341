package org.planwatch.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The wordings of one statistic's name that plans use interchangeably: 单位GDP能耗下降 for the
 * dictionary's 单位GDP能源消耗降低, 万元地区生产总值用水量 for 万元GDP用水量. A name is folded to one
 * wording of each; the dictionary is asked the folded name only where the name as printed is not in
 * it, and a folded name two indicators share answers nothing.
 */
final class NameVariants {
    private record Variant(Pattern wording, String as) {}

    private static final List<Variant> VARIANTS = List.of(
            new Variant(Pattern.compile("地区生产总值|国内生产总值|生产总值"), "GDP"),
            new Variant(Pattern.compile("能源消耗"), "能耗"),
            new Variant(Pattern.compile("二氧化碳排放量?"), "二氧化碳排放"),
            // a change a name ends in: 下降, 降低, 减少 are one; 增速, 增长率, 增幅, 增长 one
            new Variant(Pattern.compile("(?:下降|降低|减少|降幅)(?:率|幅度)?$"), "降低"),
            new Variant(Pattern.compile("(?:增速|增长率|增幅|增长速度)$"), "增长"),
            new Variant(Pattern.compile("所占比重|占比$"), "比重"),
            new Variant(Pattern.compile("累计(?=降低$)"), ""));

    private NameVariants() {}

    /** {@code normalized} (see {@link Names#normalize}) in the one wording of each variant. */
    static String fold(String normalized) {
        String s = normalized;
        for (Variant v : VARIANTS) {
            s = v.wording().matcher(s).replaceAll(v.as());
        }
        return s;
    }
}
