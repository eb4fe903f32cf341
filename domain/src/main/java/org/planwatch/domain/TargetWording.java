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
        String number = bounded(t.targetValue(), t);
        String said = switch (t.kind()) {
            case ANNUAL_GROWTH -> "年均增长 " + number;
            case CUMULATIVE_CHANGE -> "[" + number + "]";
            case ANNUAL_CHANGE -> "每年 " + number;
            case RELATIVE_CHANGE -> "比基期 " + number + "%";
            case RELATIVE_TO_AVERAGE -> "比平均水平 " + number;
            default -> number;
        };
        return t.targetChange() == null ? said : said + " [" + number(t.targetChange()) + "]";
    }

    /** At most six significant digits, no trailing zeros, never 1E+3. */
    public static String number(double v) {
        return BigDecimal.valueOf(v)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String bounded(double value, Target t) {
        String v = number(value);
        return switch (t.bound()) {
            case AT_LEAST -> "≥" + v;
            case AT_MOST -> "≤" + v;
            case ABOUT -> v + "左右";
            case EXACT -> v;
            case RANGE -> v + "—" + number(t.targetUpper());
        };
    }
}
