package org.planwatch.evaluation;

import java.util.List;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/** Writes an evaluation's one-sentence reason, in Chinese as a planning office words it, then in English. */
final class Reasons {
    private Reasons() {}

    /** The target's unit, empty when it has none; a base written as one (上年=100) in parentheses after the figure. */
    static String unit(Target t) {
        if (t.unit() == null) {
            return "";
        }
        return t.unit().contains("=") ? "（" + t.unit() + "）" : t.unit();
    }

    /** The unit of a difference of two figures: 个百分点 between two figures in %, else the figures' own unit. */
    static String changeUnit(Target t) {
        return "%".equals(t.unit()) ? "个百分点" : unit(t);
    }

    /** Years as a reader lists them: 2022、2024 (and 2022, 2024 in English), never a Java list. */
    static String years(List<Integer> years, String separator) {
        return String.join(separator, years.stream().map(String::valueOf).toList());
    }

    static String pct(Double ratio) {
        return ratio == null || !Double.isFinite(ratio) ? "—" : Math.round(ratio * 100) + "%";
    }

    /** 提前实现 rather than 已实现 for a target reached before its year. */
    static String zh(Status status, Target t, int year) {
        return status == Status.ACHIEVED && year < t.targetYear() ? "提前实现" : status.zh();
    }

    static String en(Status status, Target t, int year) {
        return status == Status.ACHIEVED && year < t.targetYear() ? "achieved early" : status.en();
    }

    /**
     * "{year}年{name}{figure}，{clauses}，{status}。 {year} {indicator} {figure}, {clauses}: {status}."
     *
     * @param zhClauses and {@code enClauses}: the numbers behind the status, in the same order
     */
    static String sentence(
            Target t,
            int year,
            Status status,
            String zhSubject,
            String enSubject,
            List<String> zhClauses,
            List<String> enClauses) {
        String zh = year + "年" + t.nameZh() + zhSubject + "，"
                + (zhClauses.isEmpty() ? "" : String.join("，", zhClauses) + "，") + zh(status, t, year);
        String en = year + " " + t.indicator() + enSubject
                + (enClauses.isEmpty() ? "" : ", " + String.join(", ", enClauses)) + ": " + en(status, t, year);
        return zh + "。 " + en + ".";
    }

    /** {@link #sentence} whose subject is a figure as read, with the target's unit. */
    static String onFigure(
            Target t, int year, Status status, double figure, List<String> zhClauses, List<String> enClauses) {
        return sentence(
                t,
                year,
                status,
                Figures.forReader(figure) + unit(t),
                " " + Figures.forReader(figure),
                zhClauses,
                enClauses);
    }

    /** A status without numbers on a path: the reason says why there are none. */
    static String unassessed(Target t, int year, String zh, String en) {
        return year + "年" + t.nameZh() + "：" + zh + "。 " + year + " " + t.indicator() + ": " + en + ".";
    }
}
