package org.planwatch.report;

import org.planwatch.domain.Target;

/** A target as a completion table prints it: {@code ≥8}, {@code 年均增长 6左右}, {@code [2.37]}, {@code 待上级下达}. */
final class TargetWording {
    private TargetWording() {}

    static String of(Target t) {
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
        return t.targetChange() == null ? said : said + " [" + Figures.text(t.targetChange()) + "]";
    }

    private static String bounded(double value, Target t) {
        String v = Figures.text(value);
        return switch (t.bound()) {
            case AT_LEAST -> "≥" + v;
            case AT_MOST -> "≤" + v;
            case ABOUT -> v + "左右";
            case EXACT -> v;
            case RANGE -> v + "—" + Figures.text(t.targetUpper());
        };
    }
}
