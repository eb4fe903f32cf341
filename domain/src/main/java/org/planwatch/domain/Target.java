package org.planwatch.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One plan target: what the plan asks of one indicator in one region, with the figures it prints.
 * Build one with {@link #builder}.
 *
 * @param kind what the target asks: a level, a growth rate, a change, a quota...
 * @param bound how {@code targetValue} (or {@code targetChange}) binds: exactly, about, at least,
 *     at most
 * @param baseYear the year of {@code baseValue}: the plan's base year, or 2019 where the plan marks
 *     the figure with {@code *}
 * @param targetValue the number the kind asks for (a level, a rate, a change); null for a quota
 *     still to be assigned and for qualitative targets
 * @param targetUpper the high end of a {@link Bound#RANGE} ({@code 5.5} of {@code 5—5.5%}), whose
 *     low end is {@code targetValue}; null for every other bound
 * @param targetChange a cumulative change over the period printed beside a level ({@code [2.37]});
 *     null where none
 * @param departmentInferred true when {@code department} comes from the indicator dictionary's
 *     mapping rather than the plan's 责任部门 column
 * @param linkedTo the indicator a {@link TargetKind#LINKED} target moves in step with
 * @param actualValue the plan period's real outcome, where the plan reports it (13th-plan
 *     completion tables)
 * @param actualChange the real growth or cumulative change over the period, where reported
 * @param expression the cells the target was read from, as printed
 * @param source provenance, {@code <seed file>:<line>} of the row or sentence that states it
 * @param review what a person should check before trusting the target, {@code ;}-separated
 *     ({@code indicator-not-in-dictionary;direction-inferred}, {@link IndicatorResolver}); empty
 *     when nothing was guessed
 * @param planTitle the plan's title as the document prints it ({@code 江门市卫生健康事业发展"十四五"规划}),
 *     for the people who read the alerts; null where the import found none
 */
public record Target(
        String plan,
        String region,
        String indicator,
        String nameZh,
        String nameEn,
        String unit,
        TargetKind kind,
        Bound bound,
        Integer baseYear,
        Double baseValue,
        List<Milestone> milestones,
        int targetYear,
        Double targetValue,
        Double targetUpper,
        Double targetChange,
        Direction direction,
        Attribute attribute,
        String department,
        boolean departmentInferred,
        String linkedTo,
        Double actualValue,
        Double actualChange,
        String expression,
        String source,
        String review,
        String planTitle) {

    public Target {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
        bound = bound == null ? Bound.EXACT : bound;
        attribute = attribute == null ? Attribute.UNSTATED : attribute;
        review = review == null ? "" : review;
        planTitle = planTitle == null || planTitle.isBlank() ? null : planTitle.strip();
        nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn; // an indicator an import generated has none
        milestones = milestones == null
                ? List.of()
                : milestones.stream()
                        .sorted(Comparator.comparingInt(Milestone::year))
                        .toList();
        if ((bound == Bound.RANGE) != (targetUpper != null)) {
            throw new IllegalArgumentException("a RANGE target needs its upper end and only a RANGE has one (bound "
                    + bound + ", upper " + targetUpper + ")");
        }
        if (targetUpper != null && (targetValue == null || !(targetValue < targetUpper))) {
            throw new IllegalArgumentException(
                    "range " + targetValue + ".." + targetUpper + " does not run from low to high");
        }
        // A milestone is a point strictly inside the plan period, or the path through it is wrong.
        int first = baseYear == null ? Integer.MIN_VALUE : baseYear;
        for (Milestone m : milestones) {
            if (m.year() <= first || m.year() >= targetYear) {
                throw new IllegalArgumentException("milestone year " + m.year() + " is not between the base year "
                        + baseYear + " and the target year " + targetYear);
            }
        }
    }

    /** This target with the milestones on its path, and the expression that now prints them too. */
    public Target with(List<Milestone> milestones, String expression) {
        return copy(plan, milestones, expression, review);
    }

    /** This target filed under another plan id (a stage of its plan: {@code cn-2030@2025}). */
    public Target inPlan(String plan) {
        return copy(plan, milestones, expression, review);
    }

    /** This target with the review flags {@code review} ({@link IndicatorResolver#reviewOf}). */
    public Target withReview(String review) {
        return copy(plan, milestones, expression, review);
    }

    /** This target with the parts the import sets after reading it; the rest as it is. */
    private Target copy(String plan, List<Milestone> milestones, String expression, String review) {
        return builder(plan, region, indicator)
                .names(nameZh, nameEn)
                .unit(unit)
                .kind(kind, bound)
                .base(baseYear, baseValue)
                .milestones(milestones)
                .target(targetYear, targetValue)
                .targetUpper(targetUpper)
                .targetChange(targetChange)
                .direction(direction)
                .attribute(attribute)
                .department(department, departmentInferred)
                .linkedTo(linkedTo)
                .outcome(actualValue, actualChange)
                .expression(expression)
                .source(source)
                .review(review)
                .planTitle(planTitle)
                .build();
    }

    public static Builder builder(String plan, String region, String indicator) {
        return new Builder(plan, region, indicator);
    }

    /** What identifies a target across imports and on the targets topic: plan, region and indicator. */
    public String key() {
        return Keys.target(plan, region, indicator);
    }

    /** 约束性: a miss is more serious. */
    public boolean binding() {
        return attribute == Attribute.BINDING;
    }

    /** The years of a five-year plan's period: where a plan prints no base year, its path starts this long before its target year. */
    public static final int PLAN_PERIOD_YEARS = 5;

    /**
     * The year the target's path starts: the base year the plan prints, or, where it prints none,
     * one plan period before the target year (a 2025 target of a 14th plan starts from 2020).
     */
    public int pathStartYear() {
        return baseYear != null ? baseYear : targetYear - PLAN_PERIOD_YEARS;
    }

    /** Whether a figure for {@code year} falls inside this plan's period, base year included. */
    public boolean covers(int year) {
        return year >= pathStartYear() && year <= targetYear;
    }

    /** Builds a {@link Target}; every field but plan, region and indicator is optional until {@link #build}. */
    public static final class Builder {
        private final String plan;
        private final String region;
        private final String indicator;
        private String nameZh;
        private String nameEn;
        private String unit;
        private TargetKind kind = TargetKind.LEVEL;
        private Bound bound = Bound.EXACT;
        private Integer baseYear;
        private Double baseValue;
        private List<Milestone> milestones = List.of();
        private int targetYear;
        private Double targetValue;
        private Double targetUpper;
        private Double targetChange;
        private Direction direction;
        private Attribute attribute = Attribute.UNSTATED;
        private String department;
        private boolean departmentInferred;
        private String linkedTo;
        private Double actualValue;
        private Double actualChange;
        private String expression;
        private String source;
        private String planTitle;
        private String review = "";

        private Builder(String plan, String region, String indicator) {
            this.plan = plan;
            this.region = region;
            this.indicator = indicator;
        }

        public Builder names(String zh, String en) {
            this.nameZh = zh;
            this.nameEn = en;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder kind(TargetKind kind, Bound bound) {
            this.kind = kind;
            this.bound = bound;
            return this;
        }

        public Builder base(Integer year, Double value) {
            this.baseYear = year;
            this.baseValue = value;
            return this;
        }

        public Builder milestones(List<Milestone> milestones) {
            this.milestones = milestones;
            return this;
        }

        public Builder target(int year, Double value) {
            this.targetYear = year;
            this.targetValue = value;
            return this;
        }

        /** The high end of a {@link Bound#RANGE}: {@code 5.5} of {@code 5—5.5%}. */
        public Builder targetUpper(Double upper) {
            this.targetUpper = upper;
            return this;
        }

        public Builder targetChange(Double change) {
            this.targetChange = change;
            return this;
        }

        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        public Builder attribute(Attribute attribute) {
            this.attribute = attribute;
            return this;
        }

        public Builder department(String department, boolean inferred) {
            this.department = department;
            this.departmentInferred = inferred;
            return this;
        }

        public Builder linkedTo(String indicator) {
            this.linkedTo = indicator;
            return this;
        }

        public Builder outcome(Double value, Double change) {
            this.actualValue = value;
            this.actualChange = change;
            return this;
        }

        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder review(String review) {
            this.review = review;
            return this;
        }

        public Builder planTitle(String planTitle) {
            this.planTitle = planTitle;
            return this;
        }

        public Target build() {
            return new Target(
                    plan,
                    region,
                    indicator,
                    nameZh,
                    nameEn,
                    unit,
                    kind,
                    bound,
                    baseYear,
                    baseValue,
                    milestones,
                    targetYear,
                    targetValue,
                    targetUpper,
                    targetChange,
                    direction,
                    attribute,
                    department,
                    departmentInferred,
                    linkedTo,
                    actualValue,
                    actualChange,
                    expression,
                    source,
                    review,
                    planTitle);
        }
    }
}
