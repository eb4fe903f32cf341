package org.planwatch.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.planwatch.consumer.IndicatorMetrics;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Keys;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.Timeline;
import org.planwatch.evaluation.Tolerance;
import org.planwatch.report.CompletionReport;
import org.planwatch.report.ReportFormat;
import org.planwatch.schema.ProgressEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                    + " without Kafka, or from the streams job's status topic: indicator, unit, base, target, outcome or latest reading, status in Chinese,"
                    + " 约束性 marked, department and source, the reason beneath each; in HTML a chart per indicator"
                    + " of its figures, required path, trend and target. Readings the files call simulated are"
                    + " labelled so in every format.",
            "",
            "Readings CSV as for evaluate; or --from-status, the job's own current evaluations. Exit status: 0 written, 2 written but some rows refused, 1 nothing"
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
            arity = "1..*",
            description = "Readings files (UTF-8 CSV); a higher vintage in any of them revises a lower one.")
    List<Path> readings;

    @Option(
            names = "--from-status",
            description = "Instead of readings files, each target's current evaluation as the streams job"
                    + " published it on the status topic of --bootstrap (no chart of earlier years: the topic"
                    + " keeps the latest evaluation only).")
    boolean fromStatus;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TargetCatalogue targets = catalogue.load(err);
        if (!CompletionReport.plans(targets.targets()).contains(plan)) {
            throw new UsageProblem("no plan " + plan + " in the catalogue; known plans: "
                    + String.join(", ", CompletionReport.plans(targets.targets())));
        }
        if (fromStatus == (readings != null)) {
            throw new UsageProblem("give either --readings FILE... or --from-status (with --bootstrap), not "
                    + (fromStatus ? "both" : "neither"));
        }
        Evaluated evaluated = fromStatus ? fromStatusTopic(targets) : fromReadings(targets, err);
        CompletionReport report = CompletionReport.of(
                plan,
                year,
                targets.targets(),
                evaluated.results(),
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                new FinalAssessment(new Tolerance(method.aboutShare)), // 左右 judged as the evaluator judges it
                evaluated.simulated(),
                evaluated.named());
        String named = evaluated.named();
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
                        + " as of " + report.asOf() + (evaluated.simulated() ? " (SIMULATED readings)" : "")
                        + "; refused " + evaluated.refused());
        return evaluated.refused() + targets.errors().size() == 0 ? 0 : 2;
    }

    /** The evaluations a report rests on, where they came from, and how many rows were refused on the way. */
    private record Evaluated(List<Evaluation> results, boolean simulated, String named, int refused) {}

    private Evaluated fromReadings(TargetCatalogue targets, PrintWriter err) throws Exception {
        ReadingsFile file = ReadingsFile.read(readings, targets, err);
        return new Evaluated(
                new Timeline(method.evaluator()).run(targets.targets(), file.histories()),
                file.simulated(),
                String.join(" ", readings.stream().map(Path::toString).toList()),
                file.refused());
    }

    /**
     * The job's current evaluation of each target of the catalogue, as the status topic holds it:
     * the latest record of each key, a tombstone removing it.
     */
    private Evaluated fromStatusTopic(TargetCatalogue targets) {
        String bootstrap = kafka.requireBootstrap();
        String topic = kafka.topics().statuses().name();
        Deserializer<ProgressEvaluation> decoder =
                kafka.topics().statuses().valueSerde().deserializer();
        Map<String, ProgressEvaluation> latest = new LinkedHashMap<>();
        int undecodable = 0;
        for (ConsumerRecord<byte[], byte[]> r :
                TopicSnapshot.read(bootstrap, kafka.clientProperties(), topic, kafka.timeout, "status reader")) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            try {
                ProgressEvaluation status = decoder.deserialize(topic, r.value());
                if (status == null) {
                    latest.remove(key);
                } else {
                    latest.put(key, status);
                }
            } catch (SerializationException e) {
                undecodable++;
            }
        }
        Map<String, Target> byKey = new LinkedHashMap<>();
        targets.targets().forEach(t -> byKey.put(Keys.target(t.plan(), t.region(), t.indicator()), t));
        List<Evaluation> results = new ArrayList<>();
        boolean simulated = false;
        for (Map.Entry<String, ProgressEvaluation> e : latest.entrySet()) {
            Target target = byKey.get(e.getKey());
            if (target == null) {
                continue; // a target of a catalogue other than the one this report lays out
            }
            ProgressEvaluation a = e.getValue();
            simulated |= a.getReadingSource().startsWith(IndicatorMetrics.SIMULATED_SOURCE_PREFIX);
            results.add(new Evaluation(
                    target,
                    a.getYear(),
                    a.getActual(),
                    Status.valueOf(a.getStatus().name()),
                    a.getExpected(),
                    a.getProjected(),
                    a.getProgress(),
                    List.of(new Observation(a.getYear(), a.getActual(), a.getReadingId())),
                    a.getReason(),
                    List.of()));
        }
        return new Evaluated(results, simulated, "status topic " + topic + " at " + bootstrap, undecodable);
    }
}
