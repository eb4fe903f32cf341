package org.planwatch.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a plan's indicator table, read as a typed target: {@code 6 左右} is about 6,
 * {@code 控制在 3.0 以内} at most 3.0, {@code [0.2]} a rise of 0.2 over the period,
 * {@code 完成市下达任务} a number the city will assign later. Parsing is strict: a cell that fits no
 * known form is an error, never a guess.
 *
 * @param value the number the cell states, signed for changes (降低 0.5 is -0.5); null where none
 * @param bound how the number binds: {@code 左右} about, {@code 以上}/{@code ≥} at least, {@code
 *     以内}/{@code ≤} at most
 * @param strict true for {@code >} and {@code <}, false for {@code ≥}, {@code ≤}, 以上, 以内
 * @param reference what the number is relative to: the level that assigns a quota (市, 省, 国家),
 *     the base year of a reduction (2015), the area of an average (全国, 全省), a standard's unit
 * @param from2019 the cell is marked {@code *}: a 2019 figure standing in for the base year
 */
public record TargetExpression(
        TargetExpression.Form form,
        Double value,
        Bound bound,
        boolean strict,
        String reference,
        boolean from2019,
        String text) {

    /** What a cell asks for. */
    public enum Form {
        /** No value: {@code —}, {@code -}, empty. */
        NONE,
        /** A level to reach: {@code 8}, {@code 14%}. */
        LEVEL,
        /** About a level, within a tolerance: {@code 6 左右}. */
        ABOUT,
        /** At least: {@code ≥65}, {@code >90}, {@code 11.1以上}. */
        FLOOR,
        /** At most: {@code ≤5.2}, {@code <10}, {@code 控制在 3.0 以内}, {@code 控制在 3.0%以下}. */
        CEILING,
        /** A change over the plan period: {@code [0.2]}, {@code [-0.5]}. */
        CUMULATIVE,
        /** At least a change over the plan period: {@code [0.6 以上]}. */
        CUMULATIVE_FLOOR,
        /** Average annual growth: {@code 年均增长 10 左右}, {@code 五年年均增长 6.5%以上}. */
        ANNUAL_GROWTH,
        /** A change from the base: {@code 提高1岁}, {@code 降低2个百分点}. */
        CHANGE_FROM_BASE,
        /** A change every year: {@code 力争每年降低0.5个百分点以上}. */
        CHANGE_EVERY_YEAR,
        /** A relative reduction in percent: {@code 下降30%}, {@code 比2015年降低20%}. */
        RELATIVE_REDUCTION,
        /** A national standard's limit: {@code 达到35微克/立方米国家标准}. */
        STANDARD,
        /** Relative to an average: {@code 比全国平均水平高5个百分点}. */
        RELATIVE_TO_AVERAGE,
        /** Below an average: {@code 低于全省平均水平}. */
        BELOW_AVERAGE,
        /** In step with GDP growth of the same region: {@code 与经济增长基本同步}. */
        LINKED_TO_GDP,
        /** Rising in the same proportion as its reference: {@code 同比例提高}. */
        PROPORTIONAL,
        /** Stay stable: {@code 保持稳定}. */
        STABLE,
        /** Keep rising, no year below the one before: {@code 持续提升}. */
        RISING,
        /** A number the level above assigns later: {@code 完成市下达任务}, {@code 按国家核定目标执行}. */
        QUOTA
    }

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    /** A unit printed after the number in a reference column: {@code >20000亿元}. */
    private static final String UNIT = "(?:%|亿元|万元|元|万人|人|家|个|件|岁|张)?";

    private record Rule(Pattern pattern, Function<Matcher, TargetExpression> read) {}

    private static Rule rule(String regex, Function<Matcher, TargetExpression> read) {
        return new Rule(Pattern.compile("^" + regex + "$"), read);
    }

    // Order matters only where patterns overlap; each is anchored at both ends.
    private static final List<Rule> RULES = List.of(
            rule("[—\\-–]?", m -> of(Form.NONE, null, false, null)),
            rule(
                    NUM + "%?(\\*)?",
                    m -> new TargetExpression(Form.LEVEL, num(m, 1), Bound.EXACT, false, null, m.group(2) != null, "")),
            // a level with a note: 35 (比全国平均水平高5个百分点)
            rule(NUM + "%?\\((.+)\\)", m -> of(Form.LEVEL, num(m, 1), false, m.group(2))),
            rule("约?" + NUM + "%?左右", m -> of(Form.ABOUT, num(m, 1), false, null)),
            rule(NUM + "%?以上", m -> of(Form.FLOOR, num(m, 1), false, null)),
            rule("≥" + NUM + UNIT, m -> of(Form.FLOOR, num(m, 1), false, null)),
            rule(">" + NUM + UNIT, m -> of(Form.FLOOR, num(m, 1), true, null)),
            rule("≤" + NUM + UNIT, m -> of(Form.CEILING, num(m, 1), false, null)),
            rule("<" + NUM + UNIT, m -> of(Form.CEILING, num(m, 1), true, null)),
            rule("控制在" + NUM + "%?(?:以内|以下)", m -> of(Form.CEILING, num(m, 1), false, null)),
            rule("\\[" + NUM + "%?\\]", m -> of(Form.CUMULATIVE, num(m, 1), false, null)),
            rule("\\[" + NUM + "%?以上\\]", m -> of(Form.CUMULATIVE_FLOOR, num(m, 1), false, null)),
            rule(
                    "(?:五年)?年均增长约?" + NUM + "%?(左右|以上)?",
                    m -> of(Form.ANNUAL_GROWTH, num(m, 1), false, m.group(2)).bound(qualifier(m.group(2)))),
            rule(
                    "(提高|增加|降低|下降)" + NUM + "(岁|个百分点)",
                    m -> of(Form.CHANGE_FROM_BASE, signed(m.group(1), num(m, 2)), false, m.group(3))),
            rule(
                    "力争每年(提高|降低)" + NUM + "个百分点(以上)?",
                    m -> of(Form.CHANGE_EVERY_YEAR, signed(m.group(1), num(m, 2)), false, null)
                            .bound(qualifier(m.group(3)))),
            rule(
                    "(?:比(\\d{4})年)?(?:下降|降低)" + NUM + "%(以上)?",
                    m -> of(Form.RELATIVE_REDUCTION, num(m, 2), false, m.group(1))
                            .bound(qualifier(m.group(3)))),
            rule("达到" + NUM + "(\\S*?)国家标准", m -> of(Form.STANDARD, num(m, 1), false, m.group(2))),
            rule(
                    "比(全国|全省|全市)平均水平(高|低)" + NUM + "个百分点",
                    m -> of(Form.RELATIVE_TO_AVERAGE, signed(m.group(2), num(m, 3)), false, m.group(1))),
            rule("低于(全国|全省|全市)平均水平", m -> of(Form.BELOW_AVERAGE, null, false, m.group(1))),
            rule("与经济增长(?:基本)?同步", m -> of(Form.LINKED_TO_GDP, null, false, "GDP")),
            rule("同比例提高", m -> of(Form.PROPORTIONAL, null, false, null)),
            rule("保持稳定", m -> of(Form.STABLE, null, false, null)),
            rule("持续(?:提升|提高|增长)", m -> of(Form.RISING, null, false, null)),
            rule("(?:基本)?完成(市|省|国家)下达(?:的)?(?:任务|目标)", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("落实(市|省|国家)下达(?:的)?规模", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("按(国家|省|市)核定目标执行", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("(市|省|国家)未下达.*", m -> of(Form.QUOTA, null, false, m.group(1))));

    /**
     * Reads a cell.
     *
     * @throws IllegalArgumentException naming the cell, when it fits no known form
     */
    public static TargetExpression parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        String normal = normalize(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(normal);
            if (m.matches()) {
                TargetExpression e = rule.read().apply(m);
                return new TargetExpression(
                        e.form(), e.value(), e.bound(), e.strict(), e.reference(), e.from2019(), text);
            }
        }
        throw new IllegalArgumentException("cannot read target expression '" + text + "'");
    }

    /** Full-width forms to ASCII, spaces out, one way of writing each sign. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC); // ％ ＞ ［ ］ （ ） to ASCII
        s = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return s.replace('≧', '≥').replace('≦', '≤').replace(">=", "≥").replace("<=", "≤");
    }

    private static TargetExpression of(Form form, Double value, boolean strict, String reference) {
        Bound bound = switch (form) {
            case ABOUT -> Bound.ABOUT;
            case FLOOR, CUMULATIVE_FLOOR -> Bound.AT_LEAST;
            case CEILING, STANDARD -> Bound.AT_MOST;
            default -> Bound.EXACT;
        };
        return new TargetExpression(form, value, bound, strict, reference, false, "");
    }

    private TargetExpression bound(Bound b) {
        return new TargetExpression(form, value, b, strict, reference, from2019, text);
    }

    private static Bound qualifier(String word) {
        if (word == null) {
            return Bound.EXACT;
        }
        return word.equals("左右") ? Bound.ABOUT : Bound.AT_LEAST;
    }

    private static double num(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }

    private static double signed(String verb, double n) {
        return switch (verb) {
            case "降低", "下降", "低" -> -n;
            default -> n;
        };
    }
}
