package org.planwatch.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A target in the words a completion table prints it in: {@code ≥8}, {@code 年均增长 6左右}, {@code
 * [2.37]}, {@code 完成上级下达任务}; the report's table and the department leads' messages say it the same way.
 */
public final class TargetWording {
    private TargetWording() {}

    public static String of(Target t) {
        return words(t, "", true);
    }

    /**
     * The target as a sentence says it, for a lead's message: the unit beside its figure ({@code
     * 年均增长 10%左右}, {@code ≥6.15 张}, never {@code 10左右%}) and a cumulative figure in words
     * ({@code 累计 0.2 人}), where a completion table prints it in brackets.
     *
     * @param unit as written after a figure: {@code %}, {@code " 张"}, or empty
     */
    public static String inWords(Target t, String unit) {
        return words(t, unit, false);
    }

    private static String words(Target t, String unit, boolean bracketed) {
        if (t.targetValue() == null) {
            return switch (t.kind()) {
                case QUOTA -> "完成上级下达任务";
                case STABLE -> "保持稳定";
                case RISING -> "持续提升";
                case LINKED -> "与" + (t.linkedTo() == null ? "相关指标" : t.linkedTo()) + "同步";
                case BELOW_AVERAGE -> "低于平均水平";
                default -> t.expression() == null || t.expression().isBlank() ? "—" : t.expression();
            };
        }
        // a change relative to the base is a share of it, whatever the indicator's own unit
        String number = bounded(t.targetValue(), t, t.kind() == TargetKind.RELATIVE_CHANGE ? "%" : unit);
        String said = switch (t.kind()) {
            case ANNUAL_GROWTH -> "年均增长 " + number;
            case CUMULATIVE_CHANGE -> cumulative(number, bracketed);
            case ANNUAL_CHANGE -> "每年 " + number;
            case RELATIVE_CHANGE -> "比基期 " + number;
            case RELATIVE_TO_AVERAGE -> "比平均水平 " + number;
            default -> number;
        };
        return t.targetChange() == null
                ? said
                : said + (bracketed ? " " : "，") + cumulative(number(t.targetChange()) + unit, bracketed);
    }

    /** A five-year total: in brackets, as the NDRC's tables print it, or in words. */
    private static String cumulative(String figure, boolean bracketed) {
        return bracketed ? "[" + figure + "]" : "累计 " + figure;
    }

    /** At most six significant digits, no trailing zeros, never 1E+3. */
    public static String number(double v) {
        return BigDecimal.valueOf(v)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String bounded(double value, Target t, String unit) {
        String v = number(value);
        return switch (t.bound()) {
            case AT_LEAST -> "≥" + v + unit;
            case AT_MOST -> "≤" + v + unit;
            case ABOUT -> v + unit + "左右";
            case EXACT -> v + unit;
            case RANGE -> v + "—" + number(t.targetUpper()) + unit;
        };
    }
}
