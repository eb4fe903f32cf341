package org.planwatch.evaluation;

import java.util.List;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * A target on a figure that stands for one year alone (a price index of the previous year = 100,
 * {@link org.planwatch.domain.PathForm#YEARLY}): there is no path from the base to walk, since
 * 2017's index says nothing of 2016's; the target holds in every year, and each year's figure is
 * held to the target's band on its own (CPI 103 左右, a ceiling: 101.5 meets it, 103.4 too, 104
 * does not). At the target year the verdict is the final assessment's, as for every target.
 */
final class YearlyRule {
    private final FinalAssessment finals;

    YearlyRule(FinalAssessment finals) {
        this.finals = finals;
    }

    Evaluation apply(Target t, Observation latest) {
        int year = latest.year();
        double figure = latest.value();
        TargetBand band = finals.band(t);
        Status status = year == t.targetYear()
                ? finals.judge(t, figure)
                : band.meets(figure) ? Status.ON_TRACK : Verdict.crossed(t);
        String reason = Reasons.onFigure(
                t,
                year,
                status,
                figure,
                List.of("目标" + goal(t, band, "至", "左右"), "每年应" + limitsZh(band)),
                List.of("target " + goal(t, band, " to ", " (about)"), "every year " + limitsEn(band)));
        return new Evaluation(t, year, figure, status, band.aim(), null, null, List.of(latest), reason, List.of());
    }

    /** The plan's number: 103左右, or a range's two ends. */
    private static String goal(Target t, TargetBand band, String to, String about) {
        if (t.bound() == Bound.RANGE) {
            return Figures.forReader(t.targetValue()) + to + Figures.forReader(t.targetUpper());
        }
        boolean banded = band.below() > 0 && band.above() > 0 && Double.isFinite(band.below() + band.above());
        // a bare 103 is read as 左右: said as read, not as printed (目标103, 按左右)
        String read = t.bound() == Bound.EXACT ? about.equals("左右") ? "（按左右）" : " (read as about)" : about;
        return Figures.forReader(t.targetValue()) + (banded ? read : "");
    }

    /** What each year's figure must be: at most the band's top when lower is better, and so on. */
    private static String limitsZh(TargetBand band) {
        return switch (band.direction()) {
            case LOWER_IS_BETTER -> "不高于" + Figures.forReader(band.high());
            case HIGHER_IS_BETTER -> "不低于" + Figures.forReader(band.low());
            case BAND -> "在" + Figures.forReader(band.low()) + "至" + Figures.forReader(band.high()) + "之间";
        };
    }

    private static String limitsEn(TargetBand band) {
        return switch (band.direction()) {
            case LOWER_IS_BETTER -> "at most " + Figures.forReader(band.high());
            case HIGHER_IS_BETTER -> "at least " + Figures.forReader(band.low());
            case BAND -> "between " + Figures.forReader(band.low()) + " and " + Figures.forReader(band.high());
        };
    }
}
