package org.planwatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.evaluation.Evaluation;

/**
 * One indicator over its plan's years as inline SVG: the figures judged (a line through a dot per
 * year), the required path, the trend to the target year and the target. Everything is in the
 * terms the target is set in (a level, an average growth so far, a change since the base), which
 * for a level are the readings themselves. No script, no fonts or files fetched: the page draws
 * offline. Each dot carries its year and value ({@code data-year}, {@code data-value}) so that a
 * reader, or a test, can tell what it stands for.
 */
final class IndicatorChart {
    static final int WIDTH = 520;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private record Point(int year, double value) {}

    private final Target target;
    private final int firstYear;
    private final int lastYear;
    private final List<Point> figures = new ArrayList<>();
    private final List<Point> path = new ArrayList<>();
    private Point trendFrom;
    private Point trendTo;
    private final Double goal;

    private IndicatorChart(CompletionRow row) {
        this.target = row.target();
        this.firstYear = target.pathStartYear();
        this.lastYear = target.targetYear();
        for (Evaluation e : row.evaluations()) {
            figures.add(new Point(e.year(), e.actual()));
        }
        // the target's number is in the figures' terms only for these kinds
        boolean sameTerms = target.kind() == TargetKind.LEVEL
                || target.kind() == TargetKind.QUOTA
                || target.kind() == TargetKind.ANNUAL_GROWTH
                || target.kind() == TargetKind.CUMULATIVE_CHANGE;
        goal = sameTerms ? target.targetValue() : null;
        // the path the latest evaluation drew over the plan's years, as the dashboard shows it
        row.latest().map(Evaluation::years).orElse(List.of()).stream()
                .filter(y -> y.path() != null)
                .forEach(y -> path.add(new Point(y.year(), y.path())));
        if (path.size() < 2) {
            // a target without a path over its years: what each year's evaluation asked of it
            path.clear();
            pathFromEachYear(row);
        }
        row.latest().filter(e -> e.projected() != null && e.year() < lastYear).ifPresent(e -> {
            trendFrom = new Point(e.year(), e.actual());
            trendTo = new Point(lastYear, e.projected());
        });
    }

    private void pathFromEachYear(CompletionRow row) {
        if (target.kind() == TargetKind.LEVEL && target.baseYear() != null && target.baseValue() != null) {
            path.add(new Point(target.baseYear(), target.baseValue()));
        }
        for (Evaluation e : row.evaluations()) {
            if (e.expected() != null
                    && (path.isEmpty() || path.get(path.size() - 1).year() < e.year())) {
                path.add(new Point(e.year(), e.expected()));
            }
        }
        if (goal != null && !path.isEmpty() && path.get(path.size() - 1).year() < lastYear) {
            path.add(new Point(lastYear, goal));
        }
    }

    /** The chart of {@code row}, or an empty string when it has no figure to draw. */
    static String svg(CompletionRow row, String title) {
        return row.evaluations().isEmpty() ? "" : new IndicatorChart(row).draw(title);
    }

    private String draw(String title) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<Point> all = new ArrayList<>(figures);
        all.addAll(path);
        if (trendTo != null) {
            all.add(trendTo);
        }
        if (goal != null) {
            all.add(new Point(lastYear, goal));
        }
        for (Point p : all) {
            low = Math.min(low, p.value());
            high = Math.max(high, p.value());
        }
        double pad = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
        Scale scale = new Scale(firstYear, lastYear, low - pad, high + pad);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" data-indicator=\"")
                .append(Html.escape(target.indicator()))
                .append("\">\n<title>")
                .append(Html.escape(title))
                .append("</title>\n");
        axes(svg, scale, low - pad, high + pad);
        if (goal != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c0392b\""
                            + " stroke-dasharray=\"2 3\"/>\n",
                    scale.x(firstYear),
                    scale.y(goal),
                    scale.x(lastYear),
                    scale.y(goal)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"goal\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"none\" stroke=\"#c0392b\""
                            + " data-year=\"%d\" data-value=\"%s\"/>\n",
                    scale.x(lastYear),
                    scale.y(goal),
                    lastYear,
                    Figures.text(goal.doubleValue())));
        }
        if (path.size() > 1) {
            svg.append("<polyline class=\"required-path\" fill=\"none\" stroke=\"#7f8c8d\" stroke-width=\"2\""
                            + " points=\"")
                    .append(points(path, scale))
                    .append("\"/>\n");
        }
        if (trendFrom != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"trend\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#2980b9\""
                            + " stroke-dasharray=\"6 4\"/>\n",
                    scale.x(trendFrom.year()),
                    scale.y(trendFrom.value()),
                    scale.x(trendTo.year()),
                    scale.y(trendTo.value())));
        }
        svg.append("<polyline class=\"readings\" fill=\"none\" stroke=\"#2c3e50\" stroke-width=\"2\" points=\"")
                .append(points(figures, scale))
                .append("\"/>\n");
        for (Point p : figures) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"reading\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2c3e50\" data-year=\"%d\""
                            + " data-value=\"%s\"><title>%d: %s</title></circle>\n",
                    scale.x(p.year()),
                    scale.y(p.value()),
                    p.year(),
                    Figures.text(p.value()),
                    p.year(),
                    Figures.text(p.value())));
        }
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    private void axes(StringBuilder svg, Scale scale, double low, double high) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"axes\" stroke=\"#999\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n",
                LEFT,
                bottom,
                WIDTH - RIGHT,
                bottom,
                LEFT,
                TOP,
                LEFT,
                bottom));
        svg.append("<g class=\"years\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">");
        for (int year = firstYear; year <= lastYear; year++) {
            svg.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>", scale.x(year), bottom + 14, year));
        }
        svg.append("</g>\n<g class=\"values\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">");
        for (double v : new double[] {low, (low + high) / 2, high}) {
            svg.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>", LEFT - 4, scale.y(v) + 3, Figures.text(v)));
        }
        svg.append("</g>\n");
    }

    /** Each series named in its own colour, as it is drawn. */
    private void legend(StringBuilder svg) {
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"legend\" font-size=\"10\"><text x=\"%d\" y=\"%d\">"
                        + "<tspan fill=\"#2c3e50\">● 读数 figures</tspan>  <tspan fill=\"#7f8c8d\">— 规划路径 required"
                        + " path</tspan>  <tspan fill=\"#2980b9\">- - 趋势 trend</tspan>  <tspan fill=\"#c0392b\">··· 目标"
                        + " target</tspan></text></g>\n",
                LEFT,
                HEIGHT - 8));
    }

    private static String points(List<Point> points, Scale scale) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(String.format(Locale.ROOT, "%.1f,%.1f", scale.x(p.year()), scale.y(p.value())));
        }
        return s.toString();
    }

    /** Years across, values up: higher values are drawn higher (smaller y). */
    private record Scale(int firstYear, int lastYear, double low, double high) {
        double x(int year) {
            double span = Math.max(1, lastYear - firstYear);
            return LEFT + (year - firstYear) / span * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
