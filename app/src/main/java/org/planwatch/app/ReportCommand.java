package org.planwatch.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;
import org.planwatch.evaluation.Timeline;
import org.planwatch.evaluation.Tolerance;
import org.planwatch.report.CompletionReport;
import org.planwatch.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The close-out or mid-term report of one plan, offline from readings files: read as {@code
 * evaluate} reads them ({@link ReadingsFile}), judged by the same evaluator, laid out by the
 * report module.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write one plan's completion table (完成情况, or 中期评估 before its last year) from readings files,"
                    + " without Kafka: indicator, unit, base, target, outcome or latest reading, status in Chinese,"
                    + " 约束性 marked, department and source, the reason beneath each; in HTML a chart per indicator"
                    + " of its figures, required path, trend and target. Readings the files call simulated are"
                    + " labelled so in every format.",
            "",
            "Readings CSV as for evaluate. Exit status: 0 written, 2 written but some rows refused, 1 nothing"
                    + " written (an unknown plan, no readings for it, a file that cannot be read)."
        })
final class ReportCommand extends OfflineCommand {
    @Option(names = "--plan", paramLabel = "ID", required = true, description = "Plan id, as in the catalogue.")
    String plan;

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "Count figures up to this year (default the latest year with a figure).")
    Integer year;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write (default standard output for md and html, PLAN-report.xlsx for xlsx).")
    Path out;

    @Option(
            names = "--readings",
            paramLabel = "CSV",
            required = true,
            arity = "1..*",
            description = "Readings files (UTF-8 CSV); a higher vintage in any of them revises a lower one.")
    List<Path> readings;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TargetCatalogue targets = catalogue.load(err);
        if (!CompletionReport.plans(targets.targets()).contains(plan)) {
            throw new UsageProblem("no plan " + plan + " in the catalogue; known plans: "
                    + String.join(", ", CompletionReport.plans(targets.targets())));
        }
        ReadingsFile file = ReadingsFile.read(readings, targets, err);
        String named = String.join(" ", readings.stream().map(Path::toString).toList());
        List<Evaluation> results = new Timeline(method.evaluator()).run(targets.targets(), file.histories());
        CompletionReport report = CompletionReport.of(
                plan,
                year,
                targets.targets(),
                results,
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                new FinalAssessment(new Tolerance(method.aboutShare)), // 左右 judged as the evaluator judges it
                file.simulated(),
                named);
        if (report.rowsWithReadings() == 0) {
            throw new UsageProblem("no reading in " + named
                    + " falls in a target of plan " + plan + (year == null ? "" : " up to " + year)
                    + "; no report written");
        }
        Path target = out != null || format != ReportFormat.xlsx ? out : Path.of(plan + "-report.xlsx");
        if (target == null) {
            // the text formats to the command's own writer, so that a caller capturing it gets them
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            format.write(report, buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            try (OutputStream stream = Files.newOutputStream(target)) {
                format.write(report, stream);
            }
            err.println("wrote " + target);
        }
        err.println(
                "reported " + report.rowsWithReadings() + " of " + report.rows().size() + " targets of " + plan
                        + " as of " + report.asOf() + (file.simulated() ? " (SIMULATED readings)" : "") + "; refused "
                        + file.refused());
        return file.refused() + targets.errors().size() == 0 ? 0 : 2;
    }
}
