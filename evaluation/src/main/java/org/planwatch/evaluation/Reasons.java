package org.planwatch.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/** Writes an evaluation's one-sentence reason, in Chinese as a planning office words it, then in English. */
final class Reasons {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Reasons() {}

    /**
     * A figure as a reader wants it: two decimals at most (5.47, 1176.22, 6.43), three significant
     * digits below 1 (0.057), no trailing zeros; computed figures carry no false precision.
     */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (Math.abs(v) >= 1 && Math.abs(v) < FAST_LIMIT) {
            // every reason prints several figures, and BigDecimal was a quarter of an evaluation's
            // time: in cents, unless the figure lies so near a half cent that only its decimal
            // form can say which way it rounds (2.675 is 267.49999… cents as a double)
            double cents = v * 100;
            long rounded = Math.round(cents);
            if (Math.abs(Math.abs(cents - rounded) - 0.5) > HALF_CENT_MARGIN) {
                return cents(rounded);
            }
        }
        return exact(v);
    }

    /** Below this the cents of a figure are a double to far better than the margin. */
    private static final double FAST_LIMIT = 1e9;

    private static final double HALF_CENT_MARGIN = 1e-3;

    /** A whole number of cents written as {@link #exact} writes it: no trailing zeros. */
    private static String cents(long cents) {
        long units = Math.abs(cents) / 100;
        int rest = (int) (Math.abs(cents) % 100);
        String sign = cents < 0 ? "-" : "";
        if (rest == 0) {
            return sign + units;
        }
        return sign + units + "."
                + (rest % 10 == 0 ? String.valueOf(rest / 10) : rest < 10 ? "0" + rest : String.valueOf(rest));
    }

    /** The figure's decimal form (the shortest that reads back as it), rounded half up. */
    static String exact(double v) {
        BigDecimal d = BigDecimal.valueOf(v);
        BigDecimal shown = Math.abs(v) >= 1 ? d.setScale(2, RoundingMode.HALF_UP) : d.round(THREE_DIGITS);
        return shown.stripTrailingZeros().toPlainString();
    }

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
        return sentence(t, year, status, num(figure) + unit(t), " " + num(figure), zhClauses, enClauses);
    }

    /** A status without numbers on a path: the reason says why there are none. */
    static String unassessed(Target t, int year, String zh, String en) {
        return year + "年" + t.nameZh() + "：" + zh + "。 " + year + " " + t.indicator() + ": " + en + ".";
    }
}
