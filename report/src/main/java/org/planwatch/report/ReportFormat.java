package org.planwatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The formats a report is written in, each with the file extension it is saved under. */
public enum ReportFormat {
    md,
    html,
    xlsx;

    public String extension() {
        return "." + name();
    }

    /** Writes {@code report} to {@code out} (UTF-8 for the text formats); {@code out} is left open. */
    public void write(CompletionReport report, OutputStream out) throws IOException {
        switch (this) {
            case md, html -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (this == md) {
                    MarkdownReport.write(report, w);
                } else {
                    HtmlReport.write(report, w);
                }
                w.flush();
            }
            case xlsx -> XlsxReport.write(report, out);
        }
    }
}
