package org.planwatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.ProgressScore;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;

/**
 * The completion table of one plan as of one year: every target of the plan in catalogue order,
 * each with its evaluations up to that year.
 *
 * @param regionName the name of the region the plan covers, or its code where the dictionary has none
 * @param firstYear the plan period's base year
 * @param lastYear the plan period's last target year
 * @param asOf the latest year the report counts figures for
 * @param simulated whether the readings are invented (the demo's): every format says so
 * @param readings where the readings came from, as the user named them
 */
public record CompletionReport(
        String plan,
        String regionName,
        int firstYear,
        int lastYear,
        int asOf,
        boolean simulated,
        String readings,
        List<CompletionRow> rows) {

    public CompletionReport {
        rows = List.copyOf(rows);
    }

    /** The plan ids of {@code targets}, sorted: what a user may ask a report of. */
    public static SortedSet<String> plans(List<Target> targets) {
        TreeSet<String> plans = new TreeSet<>();
        targets.forEach(t -> plans.add(t.plan()));
        return plans;
    }

    /**
     * The report of {@code plan} from the catalogue's {@code targets} and the evaluations the
     * readings gave ({@link org.planwatch.evaluation.Timeline#run}); {@code year} null means the
     * latest year with a figure. In a close-out, a target no reading judges is judged by {@code
     * assessment} on the outcome its plan prints, where it prints one.
     *
     * @throws IllegalArgumentException when the catalogue has no target of {@code plan}
     */
    public static CompletionReport of(
            String plan,
            Integer year,
            List<Target> targets,
            List<Evaluation> evaluations,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            FinalAssessment assessment,
            boolean simulated,
            String readings) {
        List<Target> own = targets.stream().filter(t -> t.plan().equals(plan)).toList();
        if (own.isEmpty()) {
            throw new IllegalArgumentException(
                    "no plan " + plan + " in the catalogue; known plans: " + String.join(", ", plans(targets)));
        }
        int first = own.stream().mapToInt(Target::pathStartYear).min().orElseThrow();
        int last = own.stream().mapToInt(Target::targetYear).max().orElseThrow();
        List<Evaluation> inPlan = evaluations.stream()
                .filter(e -> e.target().plan().equals(plan))
                .filter(e -> year == null || e.year() <= year)
                .sorted(Comparator.comparingInt(Evaluation::year))
                .toList();
        int asOf = year != null
                ? year
                : inPlan.stream().mapToInt(Evaluation::year).max().orElse(first);
        List<CompletionRow> rows = new ArrayList<>();
        for (Target t : own) {
            List<Evaluation> its = inPlan.stream()
                    .filter(e -> e.target().key().equals(t.key()))
                    .toList();
            String nameEn = t.nameEn() != null
                    ? t.nameEn()
                    : indicators.code(t.indicator()).map(Indicator::nameEn).orElse(null);
            FinalAssessment.Result printed = its.isEmpty() && asOf >= t.targetYear()
                    ? assessment.assess(t).orElse(null)
                    : null;
            rows.add(new CompletionRow(t, nameEn, its, printed));
        }
        String region = own.get(0).region();
        String regionName = regions.code(region).map(Region::nameZh).orElse(region);
        return new CompletionReport(plan, regionName, first, last, asOf, simulated, readings, rows);
    }

    /** 完成情况 once the plan's last year is counted, 中期评估 before. */
    public String titleZh() {
        return asOf >= lastYear ? "完成情况" : "中期评估";
    }

    public String titleEn() {
        return asOf >= lastYear ? "completion" : "mid-term evaluation";
    }

    /**
     * The one heading every format starts with: the plan by its printed title where the catalogue
     * holds it, and its years as the plan counts them (2021—2025 for a 14th plan; its base year
     * 2020 is a column of the table, not a year of the plan).
     */
    public String heading() {
        String name = rows.stream()
                .map(r -> r.target().planTitle())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(t -> "《" + t + "》")
                .orElse(regionName + " " + plan);
        return name + "（" + (firstYear + 1) + "—" + lastYear + "年）主要指标" + titleZh() + "（截至" + asOf + "年） · " + plan
                + " " + titleEn() + " as of " + asOf;
    }

    /** Where the figures come from, as every format cites it: readings files, or the job's status topic. */
    public String sourceLine() {
        return "数据来源 Figures from: " + readings;
    }

    /** What every format says under the heading about the figures it rests on. */
    public Optional<String> simulatedNotice() {
        return simulated
                ? Optional.of("【模拟数据】本报告的读数为模拟数据，并非真实统计。SIMULATED readings (" + readings
                        + "): invented figures, not real statistics.")
                : Optional.empty();
    }

    /**
     * The plan's score as one line: the mean of its targets' {@link ProgressScore}s, from their
     * latest judgement (or, in a close-out, the outcome the plan prints), with how many targets it
     * rests on; empty while no target can be scored.
     */
    public Optional<String> scoreLine() {
        List<Double> scores = new ArrayList<>();
        for (CompletionRow row : rows) {
            OptionalDouble score = row.latest()
                    .map(e -> ProgressScore.of(e.status(), e.progress()))
                    .or(() -> Optional.ofNullable(row.printedOutcome()).map(r -> ProgressScore.of(r.status(), null)))
                    .orElse(OptionalDouble.empty());
            score.ifPresent(scores::add);
        }
        OptionalDouble mean = ProgressScore.mean(scores);
        if (mean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "综合得分 Plan score %.1f（%s）：据 %d 项指标中可评的 %d 项 from %d of %d targets；"
                        + "Open SDG 进展评分法，-5 至 5 Open SDG progress score, -5 to 5",
                mean.getAsDouble(),
                ProgressScore.describe(mean.getAsDouble()),
                rows.size(),
                scores.size(),
                scores.size(),
                rows.size()));
    }

    /** How many rows rest on at least one reading. */
    public long rowsWithReadings() {
        return rows.stream().filter(r -> r.latest().isPresent()).count();
    }
}
