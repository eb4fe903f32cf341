package org.planwatch.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.Backtest;
import org.planwatch.evaluation.FinalAssessment;
import org.planwatch.evaluation.Tolerance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    OutputFormat output;

    static final List<String> COLUMNS = List.of(
            "plan", "region", "indicator", "measure", "bound", "target", "outcome", "status", "source", "reason");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TargetCatalogue catalogue =
                CatalogueCommand.load(source.file, spec.commandLine().getErr());
        Backtest.Report report = new Backtest(new FinalAssessment(Tolerance.DEFAULT)).run(catalogue.targets());
        PrintWriter out = spec.commandLine().getOut();
        List<List<Object>> rows = report.results().stream()
                .map(r -> List.<Object>of(
                        r.target().plan(),
                        r.target().region(),
                        r.target().indicator(),
                        r.measure(),
                        r.target().bound().name(),
                        BigDecimal.valueOf(r.goal()).stripTrailingZeros(),
                        BigDecimal.valueOf(r.outcome()).stripTrailingZeros(),
                        r.status().name(),
                        r.target().source(),
                        r.reason()))
                .toList();
        output.print(out, COLUMNS, rows, () -> table(rows) + report.summary() + System.lineSeparator());
        if (!output.table()) {
            spec.commandLine().getErr().println(report.summary());
        }
        out.flush();
        return catalogue.errors().isEmpty() ? 0 : 2;
    }

    /** The verdicts laid out for people: the source is left to the machine forms. */
    private static String table(List<List<Object>> rows) {
        String pattern = "%-6s  %-6s  %-38s  %-22s  %-9s  %10s  %10s  %-8s  %s%n";
        StringBuilder table = new StringBuilder(String.format(
                pattern, "plan", "region", "indicator", "measure", "bound", "target", "outcome", "status", "reason"));
        for (List<Object> r : rows) {
            table.append(String.format(
                    pattern,
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    r.get(3),
                    r.get(4),
                    ((BigDecimal) r.get(5)).toPlainString(),
                    ((BigDecimal) r.get(6)).toPlainString(),
                    r.get(7),
                    r.get(9)));
        }
        return table.toString();
    }
}
