package org.planwatch.evaluation;

import java.math.BigDecimal;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * How close to a target counts as meeting it, by the kind of number the target is: the one place
 * that sets the width of 左右 and of a band. A figure printed as 6.15 is known to half a unit of its
 * last digit (±0.005).
 *
 * <ul>
 *   <li>左右 on a <b>rate</b> (an average annual growth, a relative change, a price index of the
 *       previous year = 100, whatever unit its plan prints): ±0.5 percentage point, or the printed precision if wider. The State
 *       Council spells the band out when it sets one as a range, half a point wide and one end the
 *       old 左右 figure (2016: 6.5%–7%, 2019: 6%–6.5%, 2026: 4.5%–5% after three years of "5%左右"),
 *       and reports outcomes inside such a range as meeting it (6.8% in 2016, 6.1% in 2019); a half
 *       point each side of the figure is PlanWatch's reading of 左右 from that practice.
 *   <li>左右 on a <b>level</b> (a share, a count, an amount): the printed precision or {@code
 *       aboutShare} of the target (1%), whichever is wider: "6 左右" from 5.5, "650家左右" from 643.5.
 *   <li>A band with no better direction (population) and no 左右: the printed precision.
 *   <li>A yearly index's bare number (CPI 103): 左右 on a rate, as every plan and government work
 *       report sets it (居民消费价格涨幅3%左右).
 *   <li>A floor or a ceiling: none; it is met or not. A range: its two ends ({@link TargetBand}).
 * </ul>
 */
public record Tolerance(double aboutShare) {
    /** 1% of the target for 左右 on a level. */
    public static final Tolerance DEFAULT = new Tolerance(0.01);

    /** 左右 on a rate: half a percentage point each side. */
    public static final double ABOUT_RATE_POINTS = 0.5;

    /** Half a unit of the last digit of {@code printed}: 0.5 for 9, 0.005 for 6.15. */
    public static double precision(double printed) {
        if (!Double.isFinite(printed)) {
            return 0;
        }
        int scale = Math.max(0, BigDecimal.valueOf(printed).stripTrailingZeros().scale());
        return 0.5 * Math.pow(10, -scale);
    }

    /** The half-width of 左右 around {@code goal}, in the terms {@code t} is set in. */
    public double about(Target t, double goal) {
        if (isRate(t)) {
            return aboutARate(goal);
        }
        return Math.max(precision(goal), aboutShare * Math.abs(goal));
    }

    /** The half-width of 左右 around a rate. */
    static double aboutARate(double goal) {
        return Math.max(ABOUT_RATE_POINTS, precision(goal));
    }

    /** A target set as a yearly or relative rate in %, or a level that is an index of the previous year. */
    static boolean isRate(Target t) {
        return t.kind() == TargetKind.ANNUAL_GROWTH
                || t.kind() == TargetKind.RELATIVE_CHANGE
                || t.unit() != null && t.unit().replace(" ", "").contains("上年=100");
    }
}
