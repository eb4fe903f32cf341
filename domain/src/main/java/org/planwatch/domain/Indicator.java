package org.planwatch.domain;

import java.util.List;

/**
 * An entry of the indicator dictionary: one statistical measure, whatever plan or region prints it.
 *
 * @param code stable id, the same across plans and regions
 * @param units the units plans print it in, the usual one first
 * @param direction which way is better, stated for every indicator
 * @param path how its figures move towards a target: compound, linear, chained rates, yearly flows
 * @param range the values it can possibly take; a reading outside is refused
 * @param growthOf for a growth rate, the indicator it is the growth of ({@code gdp} for {@code
 *     gdp_growth}); null otherwise
 * @param standard the indicator a national standard's limit in this indicator's row refers to
 * @param linkedTo the indicator this one is meant to move in step with
 * @param department the department that usually answers for it, as its local stem ({@code 卫生健康局}); {@link
 *     Departments} names it at each level
 * @param names its names as plans print them; {@code parent/name} for a sub-indicator whose name
 *     alone is ambiguous
 */
public record Indicator(
        String code,
        String nameEn,
        List<String> units,
        Direction direction,
        PathForm path,
        Range range,
        String growthOf,
        String standard,
        String linkedTo,
        String department,
        List<String> names) {

    public Indicator {
        units = List.copyOf(units);
        names = List.copyOf(names);
    }

    /** This indicator moving in step with {@code linked} (a row's 与经济增长同步 names it). */
    public Indicator withLink(String linked) {
        return new Indicator(
                code, nameEn, units, direction, path, range, growthOf, standard, linked, department, names);
    }

    /**
     * Its first name without the parent a {@code parent/name} entry needs for matching (森林发展/森林覆盖率
     * is 森林覆盖率), brackets full-width as in the rest of a Chinese name (执业（助理）医师). Whether
     * that is enough to tell it from the others is the dictionary's to say ({@link
     * IndicatorDictionary#displayName}).
     */
    String shortName() {
        return fullWidthBrackets(firstName().substring(firstName().lastIndexOf('/') + 1));
    }

    /** Its first name as the dictionary lists it, brackets full-width. */
    String fullName() {
        return fullWidthBrackets(firstName());
    }

    private String firstName() {
        return names.isEmpty() ? code : names.get(0);
    }

    private static String fullWidthBrackets(String name) {
        return name.replace('(', '（').replace(')', '）');
    }

    /** The usual unit. */
    public String unit() {
        return units.isEmpty() ? "" : units.get(0);
    }

    public boolean isGrowthRate() {
        return growthOf != null;
    }

    /**
     * Whether its figures can be stated in {@code unit}: one it is printed in, a multiple of one
     * (亿斤 for 万吨, 万元 for 元), which {@link UnitScale} converts, or a per-person unit without its
     * /人 where the name says per person (全员劳动生产率 in 万元).
     */
    public boolean measuresIn(String unit) {
        return printsIn(unit)
                || units.stream().anyMatch(u -> UnitScale.factor(unit, u).isPresent())
                // 全员劳动生产率 in 万元: a figure per worker whose name says so, printed without its /人
                || (names.stream().anyMatch(n -> n.matches(".*(人均|劳动生产率).*")) && printsIn(unit + "/人"));
    }

    /** Whether plans print it in {@code unit}, written either way ({@code 1/10万}, {@code 1/10万}). */
    public boolean printsIn(String unit) {
        if (units.contains(unit)) {
            return true; // as printed: the common case, without normalising each time
        }
        String printed = Names.normalize(unit);
        if (units.stream().map(Names::normalize).anyMatch(printed::equals)) {
            return true;
        }
        // 人/千人 for 每千人口…医师数 in 人: the denominator the name already states
        int slash = printed.indexOf('/');
        return slash > 0
                && names.stream().anyMatch(n -> n.contains("每" + printed.substring(slash + 1)))
                && printsIn(printed.substring(0, slash));
    }
}
