package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * The series a target's required path is drawn in, from its base year to the latest figure, and
 * the way back to the terms the target is set in. A level target is drawn in the figures
 * themselves; yearly growth or reduction rates are chained into an index (base year 100) so that a
 * five-year target is judged on what the years compound to, never on an average of rates; yearly
 * amounts are summed when the target is a total over the period.
 */
final class PeriodSeries {
    /** Turns a series value, {@code years} after the base year, into the target's terms. */
    interface Measure {
        double of(double value, int years);
    }

    final TreeMap<Integer, Double> points;
    final int baseYear;
    /** True when the plan prints no base and has no base-year figure, so the path starts at the first reading. */
    final boolean rebased;

    final double base;
    final double goal;
    final boolean geometric;
    /** +1 when a higher series value is better, -1 when lower, 0 for a band. */
    final int sign;

    final List<Milestone> milestones;
    final Measure measure;
    final List<Observation> used;
    final String labelZh;
    final String labelEn;
    /** The unit of the figure judged: the target's for a level or a total, % for a growth, 个百分点 for a change in %. */
    final String unit;

    private PeriodSeries(Builder b) {
        this.points = b.points;
        this.baseYear = b.baseYear;
        this.rebased = b.rebased;
        this.base = b.base;
        this.goal = b.goal;
        this.geometric = b.geometric && b.base > 0 && b.goal > 0;
        this.sign = b.sign;
        this.milestones = b.milestones;
        this.measure = b.measure;
        this.used = List.copyOf(b.used);
        this.labelZh = b.labelZh;
        this.labelEn = b.labelEn;
        this.unit = b.unit;
    }

    /** The series of a target with a path (level, quota, change, relative change, average growth). */
    static PeriodSeries of(Target t, PathForm form, History history, int baseYear, int year) throws InsufficientData {
        int sign = t.direction() == Direction.BAND ? 0 : t.direction().sign();
        double v = TargetBand.aimOf(t); // a range's end that meets it with least change
        int years = t.targetYear() - baseYear;
        Builder b = new Builder(baseYear);
        if (form.chained()) {
            boolean reduction = form == PathForm.REDUCTION;
            b.chain(history, year, reduction);
            b.sign = reduction ? -sign : sign;
            b.geometric = true;
            if (t.kind() == TargetKind.ANNUAL_GROWTH) {
                b.goal = 100 * Math.pow(reduction ? 1 - v / 100 : 1 + v / 100, years);
                b.measure = reduction
                        ? (s, n) -> (1 - Math.pow(s / 100, 1.0 / n)) * 100
                        : (s, n) -> (Math.pow(s / 100, 1.0 / n) - 1) * 100;
                b.label("(" + baseYear + "年以来年均)", " average a year since " + baseYear, "%");
            } else {
                b.goal = 100 * (reduction ? 1 - v / 100 : 1 + v / 100);
                b.measure = reduction ? (s, n) -> 100 - s : (s, n) -> s - 100;
                b.label("(" + baseYear + "年以来累计)", " cumulative since " + baseYear, "%");
            }
            return new PeriodSeries(b);
        }
        if (form == PathForm.FLOW
                && (t.kind() == TargetKind.CUMULATIVE_CHANGE
                        || t.baseValue() == null && t.kind() != TargetKind.ANNUAL_GROWTH)) {
            b.sum(history, year);
            b.sign = sign;
            b.goal = v;
            b.measure = (s, n) -> s;
            b.label("(" + baseYear + "年以来累计)", " total since " + baseYear, Reasons.unit(t));
            return new PeriodSeries(b);
        }
        b.levels(t, history, year, t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.QUOTA);
        b.sign = sign;
        b.geometric = form == PathForm.COMPOUND;
        double base = b.base;
        switch (t.kind()) {
            case CUMULATIVE_CHANGE -> {
                b.goal = base + v;
                b.measure = (s, n) -> s - base;
                b.label("比" + baseYear + "年累计变化", " change since " + baseYear, Reasons.changeUnit(t));
            }
            case RELATIVE_CHANGE -> {
                if (base <= 0) {
                    // a percentage of a zero or negative base has no meaning, or the wrong sign
                    throw new InsufficientData("基期值非正，无法计算变化率", "the base is not positive, so no relative change");
                }
                b.goal = base * (1 + v / 100);
                b.measure = (s, n) -> (s / base - 1) * 100;
                b.label("比" + baseYear + "年变化", " change since " + baseYear + " in %", "%");
            }
            case ANNUAL_GROWTH -> {
                if (base <= 0 || b.points.get(year) <= 0) {
                    throw new InsufficientData(
                            "基期或" + year + "年数值非正，无法计算年均增长",
                            "the base or the " + year + " figure is not positive, so no average growth");
                }
                b.goal = base * Math.pow(1 + v / 100, years);
                b.geometric = true;
                b.measure = (s, n) -> (Math.pow(s / base, 1.0 / n) - 1) * 100;
                b.label("(" + baseYear + "年以来年均增长)", " average growth a year since " + baseYear, "%");
            }
            default -> {
                b.unit = Reasons.unit(t);
                b.goal = v;
                int from = b.baseYear;
                b.milestones =
                        t.milestones().stream().filter(m -> m.year() > from).toList();
                b.measure = (s, n) -> s;
            }
        }
        return new PeriodSeries(b);
    }

    double at(int year) {
        return points.get(year);
    }

    /** The required path's value at {@code year}: through base, milestones and goal, piece by piece. */
    double path(int year, int targetYear) {
        List<Milestone> nodes = new ArrayList<>();
        nodes.add(new Milestone(baseYear, base));
        nodes.addAll(milestones);
        nodes.add(new Milestone(targetYear, goal));
        for (int i = 1; i < nodes.size(); i++) {
            Milestone from = nodes.get(i - 1);
            Milestone to = nodes.get(i);
            if (year <= to.year()) {
                double share = (double) (year - from.year()) / (to.year() - from.year());
                return geometric && from.value() > 0 && to.value() > 0
                        ? from.value() * Math.pow(to.value() / from.value(), share)
                        : from.value() + share * (to.value() - from.value());
            }
        }
        return goal;
    }

    /**
     * The share of the change from the base to {@code reference} that {@code value} has made, counted
     * in the desired direction: in logarithms on a geometric path (the ratio of compound growth
     * rates), in points on a straight one. As in Statistics Canada's progress measure (Open SDG),
     * the change made is signed by the desired direction and divided by the size of the required
     * change, so a move the wrong way is negative even when the base already beats the goal and the
     * path itself runs the wrong way. A band has no desired direction: the plain share. Null when
     * the reference asks for no change or the share is not a finite number.
     */
    Double ratio(double value, double reference) {
        if (geometric && (value <= 0 || reference <= 0)) {
            // no logarithm, and a straight share would not compare with the logarithmic ones
            return null;
        }
        double done;
        double required;
        if (geometric) {
            done = Math.log(value / base);
            required = Math.log(reference / base);
        } else {
            done = value - base;
            required = reference - base;
        }
        if (required == 0) {
            return null;
        }
        double r = sign == 0 ? done / required : sign * done / Math.abs(required);
        // rounded so that floating-point noise (17.6 - 20 = -2.3999999999999986) cannot flip a class
        return Double.isFinite(r) ? Noise.removed(r) : null;
    }

    private static final class Builder {
        int baseYear;
        boolean rebased;
        final TreeMap<Integer, Double> points = new TreeMap<>();
        final List<Observation> used = new ArrayList<>();
        double base;
        double goal;
        boolean geometric;
        int sign;
        List<Milestone> milestones = List.of();
        Measure measure;
        String labelZh = "";
        String unit;
        String labelEn = "";

        Builder(int baseYear) {
            this.baseYear = baseYear;
        }

        void label(String zh, String en, String unit) {
            labelZh = zh;
            labelEn = en;
            this.unit = unit;
        }

        /** Yearly rates chained into an index, base year 100; every year up to {@code year} is needed. */
        void chain(History history, int year, boolean reduction) throws InsufficientData {
            base = 100;
            points.put(baseYear, base);
            double index = base;
            for (int y = baseYear + 1; y <= year; y++) {
                double rate = need(history, y).value();
                double factor = reduction ? 1 - rate / 100 : 1 + rate / 100;
                if (factor <= 0) {
                    // -150% (a profit turned to a loss) leaves no index to chain: no average rate exists
                    throw new InsufficientData(
                            y + "年" + (reduction ? "下降" : "增长") + Figures.forReader(rate) + "%，降幅达到或超过100%，无法连乘计算",
                            y + " " + (reduction ? "fell" : "grew") + " by " + Figures.forReader(rate)
                                    + "%, a fall of 100% or more that leaves nothing, so the years cannot be chained");
                }
                index *= factor;
                if (!Double.isFinite(index) || index == 0) {
                    throw beyondRange(y);
                }
                points.put(y, index);
            }
        }

        /** Yearly amounts added up from the base year, which counts as 0. */
        void sum(History history, int year) throws InsufficientData {
            base = 0;
            points.put(baseYear, base);
            double total = 0;
            for (int y = baseYear + 1; y <= year; y++) {
                total += need(history, y).value();
                if (!Double.isFinite(total)) {
                    throw beyondRange(y);
                }
                points.put(y, total);
            }
        }

        /**
         * The figures as they are, from the plan's base value or, failing it, the base year's reading.
         * With neither, a level may start from its first reading before {@code year} (flagged as
         * rebased): its goal is absolute, so a path from any year to it is still the plan's.
         */
        void levels(Target t, History history, int year, boolean mayRebase) throws InsufficientData {
            if (t.baseValue() != null) {
                base = t.baseValue();
            } else {
                Observation first = history.at(baseYear).orElse(null);
                if (first == null && mayRebase) {
                    List<Observation> earlier = history.between(baseYear + 1, year - 1);
                    first = earlier.isEmpty() ? null : earlier.get(0);
                    if (first != null) {
                        baseYear = first.year();
                        rebased = true;
                    }
                }
                if (first == null) {
                    throw new InsufficientData(
                            "规划未给出基期值，且无" + baseYear + "年数据",
                            "the plan prints no base value and there is no " + baseYear + " figure");
                }
                base = first.value();
                used.add(first);
            }
            points.put(baseYear, base);
            for (Observation o : history.between(baseYear + 1, year)) {
                points.put(o.year(), o.value());
                used.add(o);
            }
        }

        private static InsufficientData beyondRange(int year) {
            return new InsufficientData(
                    "至" + year + "年累计超出可计算范围", "the total to " + year + " is beyond what a double can hold");
        }

        private Observation need(History history, int year) throws InsufficientData {
            Observation o = history.at(year)
                    .orElseThrow(
                            () -> new InsufficientData("缺少" + year + "年数据", "no figure for " + year + " to chain"));
            used.add(o);
            return o;
        }
    }
}
