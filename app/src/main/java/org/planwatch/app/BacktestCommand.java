package org.planwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.Backtest;
import org.planwatch.evaluation.FinalAssessment;
import org.planwatch.evaluation.Tolerance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Judges every target whose plan printed its real outcome, at its target year, with the numbers behind each verdict. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Judge every numeric target whose outcome the plans print at its target year, without Kafka.",
            "",
            "The 13th-plan completion tables give a 2015 base, a 2020 target and a 2020 outcome; each verdict"
                    + " is printed with its numbers, then a summary line."
        })
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    CatalogueCommand.FileOption source;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    enum Format {
        table,
        tsv
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TargetCatalogue catalogue =
                CatalogueCommand.load(source.file, spec.commandLine().getErr());
        Backtest.Report report = new Backtest(new FinalAssessment(Tolerance.DEFAULT)).run(catalogue.targets());
        PrintWriter out = spec.commandLine().getOut();
        String pattern = format == Format.tsv
                ? "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%s%n"
                : "%-6s  %-6s  %-38s  %-22s  %-9s  %10s  %10s  %-8s  %s%s%n";
        out.printf(
                pattern,
                "plan",
                "region",
                "indicator",
                "measure",
                "bound",
                "target",
                "outcome",
                "status",
                format == Format.tsv ? "source\t" : "",
                "reason");
        for (FinalAssessment.Result r : report.results()) {
            out.printf(
                    pattern,
                    r.target().plan(),
                    r.target().region(),
                    r.target().indicator(),
                    r.measure(),
                    r.target().bound(),
                    plain(r.goal()),
                    plain(r.outcome()),
                    r.status(),
                    format == Format.tsv ? r.target().source() + "\t" : "",
                    r.reason());
        }
        if (format == Format.table) {
            out.println(report.summary());
        } else {
            spec.commandLine().getErr().println(report.summary());
        }
        out.flush();
        return catalogue.errors().isEmpty() ? 0 : 2;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
