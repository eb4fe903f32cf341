package org.planwatch.domain;

/**
 * What a target asks of its indicator. The number, where there is one, binds as its {@link
 * Bound} says: a {@link #LEVEL} at most 3.0 is a ceiling, at least 90 a floor.
 */
public enum TargetKind {
    /** Reach (or hold) a level by the target year: {@code 6.15}, {@code ≤14.5}, {@code 控制在3.0以内}. */
    LEVEL,
    /** Grow by an average annual rate: {@code 年均增长 10 左右}, a growth column's {@code 9%}. */
    ANNUAL_GROWTH,
    /** Change by an amount over the plan period: {@code [0.2]}, {@code 提高1岁}. */
    CUMULATIVE_CHANGE,
    /** Change by an amount every year: {@code 力争每年降低0.5个百分点以上}. */
    ANNUAL_CHANGE,
    /** Change by a percentage of the base: {@code 下降30%}, {@code 比2020年翻一番}. */
    RELATIVE_CHANGE,
    /** Stand a number of points above (or below) an average: {@code 比全国平均水平高5个百分点}. */
    RELATIVE_TO_AVERAGE,
    /** Stay below an average: {@code 低于全省平均水平}. */
    BELOW_AVERAGE,
    /** Move in step with another indicator: {@code 与经济增长基本同步}, {@code 同比例提高}. */
    LINKED,
    /** Hold steady: {@code 保持稳定}. */
    STABLE,
    /** Rise every year: {@code 持续提升}. */
    RISING,
    /** A number the level above assigns later: {@code 完成市下达任务}. */
    QUOTA,
    /**
     * No figure to judge against: the plan prints the indicator's figures but no target (kept for its
     * base and outcome), or states its goal in words ({@code 2030年前如期实现}, {@code 全覆盖}).
     */
    UNSTATED
}
