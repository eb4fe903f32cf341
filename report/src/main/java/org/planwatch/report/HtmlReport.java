package org.planwatch.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The completion table as one self-contained HTML page: the table with the reason in a row beneath
 * each target, then a chart per indicator with figures ({@link IndicatorChart}). No script and
 * nothing fetched, so that it opens offline and can be mailed.
 */
final class HtmlReport {
    private HtmlReport() {}

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #bbb;padding:3px 6px}"
            + "th{background:#eee}tr.reason td{color:#555;font-size:12px;border-top:none}"
            + ".simulated{background:#fff3cd;border:1px solid #e0b400;padding:.5em 1em;font-weight:bold}"
            + "figure{display:inline-block;margin:1em;vertical-align:top}figcaption{font-size:13px}";

    static void write(CompletionReport report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>");
        out.write(Html.escape(report.heading()));
        out.write("</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>");
        out.write(Html.escape(report.heading()));
        out.write("</h1>\n<p class=\"source\">" + Html.escape(report.sourceLine()) + "</p>\n");
        if (report.simulatedNotice().isPresent()) {
            out.write("<p class=\"simulated\">"
                    + Html.escape(report.simulatedNotice().get()) + "</p>\n");
        }
        if (report.scoreLine().isPresent()) {
            out.write("<p class=\"score\">" + Html.escape(report.scoreLine().get()) + "</p>\n");
        }
        out.write("<table class=\"completion\">\n<thead><tr>");
        for (String h : CompletionCells.HEADERS) {
            out.write("<th>" + Html.escape(h) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        List<CompletionRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            CompletionRow row = rows.get(i);
            out.write("<tr class=\"target\" data-indicator=\""
                    + Html.escape(row.target().indicator()) + "\">");
            for (Object cell : CompletionCells.of(i + 1, row, report.simulated())) {
                out.write("<td>" + Html.escape(Figures.text(cell)) + "</td>");
            }
            out.write("</tr>\n<tr class=\"reason\"><td colspan=\"" + CompletionCells.HEADERS.size() + "\">"
                    + Html.escape(CompletionCells.reason(row)) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n<h2>图表 Charts</h2>\n");
        if (report.simulated()) {
            out.write("<p class=\"simulated\">图中读数为模拟数据 The figures charted are SIMULATED.</p>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            CompletionRow row = rows.get(i);
            String title = (i + 1) + ". " + name(row)
                    + (row.target().unit() == null ? "" : "（" + row.target().unit() + "）");
            String svg = IndicatorChart.svg(row, title);
            if (!svg.isEmpty()) {
                out.write(
                        "<figure id=\"chart-" + (i + 1) + "\">\n<figcaption>" + Html.escape(title) + "</figcaption>\n");
                out.write(svg);
                out.write("</figure>\n");
            }
        }
        out.write("</body>\n</html>\n");
    }

    private static String name(CompletionRow row) {
        String zh = row.target().nameZh() == null
                ? row.target().indicator()
                : row.target().nameZh();
        return row.nameEn() == null ? zh : zh + " · " + row.nameEn();
    }
}
