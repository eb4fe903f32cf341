package org.planwatch.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The completion table as Markdown: the table, then the reason of each row under its number. */
final class MarkdownReport {
    private MarkdownReport() {}

    static void write(CompletionReport report, Writer out) throws IOException {
        out.write("# " + report.heading() + "\n\n");
        out.write(cell(report.sourceLine()) + "\n\n");
        if (report.simulatedNotice().isPresent()) {
            out.write("> **" + report.simulatedNotice().get() + "**\n\n");
        }
        if (report.scoreLine().isPresent()) {
            out.write(report.scoreLine().get() + "\n\n");
        }
        out.write(row(CompletionCells.HEADERS));
        out.write(row(CompletionCells.HEADERS.stream().map(h -> "---").toList()));
        List<CompletionRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            out.write(row(CompletionCells.of(i + 1, rows.get(i), report.simulated()).stream()
                    .map(Figures::text)
                    .toList()));
        }
        out.write("\n## 说明 Reasons\n\n");
        for (int i = 0; i < rows.size(); i++) {
            out.write((i + 1) + ". " + cell(CompletionCells.reason(rows.get(i))) + "\n");
        }
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(" | ", cells.stream().map(MarkdownReport::cell).toList()) + " |\n";
    }

    /** A cell on one line, its pipes escaped: a reason or a source may hold either. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
