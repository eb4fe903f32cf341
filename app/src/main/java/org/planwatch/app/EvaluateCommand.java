package org.planwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.evaluation.Evidence;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.evaluation.Timeline;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Evaluates a file of readings against the catalogue without Kafka, with the streams job's evaluator. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate readings against every plan in the catalogue whose period covers their year, without"
                    + " Kafka, with the streams job's evaluation code. Each target is judged at every year that has"
                    + " a figure, on the figures known up to that year.",
            "",
            "Readings CSV header: region,indicator,year,value (optional unit, vintage), with the catalogue's"
                    + " region and indicator codes; any other feed publish reads (SDMX, a yearbook sheet, a"
                    + " communiqué, a wide CSV) is read as publish reads it, with --mapping; a higher vintage of a year's figure revises a lower one. Bad"
                    + " rows are reported on stderr as FILE:LINE: reason and the others are evaluated.",
            "",
            "Exit status: 0 every row read, 2 some rows refused, 1 a file could not be read, no file has a row"
                    + " or an option is wrong, 64 the command line is wrong (no readings file, an unknown option)."
        })
final class EvaluateCommand extends OfflineCommand {
    @Option(
            names = "--readings",
            paramLabel = "CSV",
            description = "Readings file (UTF-8 CSV); the files may also be named without it, as publish takes them.")
    List<Path> readings = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "CSV", description = "Readings files (UTF-8 CSV).")
    List<Path> files = new ArrayList<>();

    @Mixin
    OutputFormat output;

    @Option(
            names = "--feed-format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            converter = PublishCommand.FormatConverter.class,
            description = "The readings files' format, as publish --format takes it: auto (by extension and"
                    + " header), csv, wide-csv, jsonl, sdmx-csv, sdmx-json, communique, spreadsheet (default"
                    + " ${DEFAULT-VALUE}).")
    FeedFormat feedFormat;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            defaultValue = "auto",
            converter = PublishCommand.EncodingConverter.class,
            description = "auto (UTF-8 when the bytes are UTF-8, else GB18030), utf-8 or gb18030, as publish"
                    + " takes it (default ${DEFAULT-VALUE}).")
    FeedEncoding encoding;

    @Option(
            names = "--mapping",
            paramLabel = "TSV",
            description = "The feed's codes in the catalogue's terms (field, from, to), as publish takes it:"
                    + " unmapped codes are refused, units converted as publish converts them.")
    Path mapping;

    static final List<String> COLUMNS = List.of(
            "plan",
            "region",
            "indicator",
            "year",
            "status",
            "actual",
            "expected",
            "projected",
            "progress",
            "department",
            "readings",
            "reason");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressEvaluator evaluator = method.evaluator();
        TargetCatalogue targets = catalogue.load(err);
        List<Path> named = new ArrayList<>(readings);
        named.addAll(files);
        if (named.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "name the readings files to evaluate (evaluate FILE..., or --readings FILE)");
        }
        // the same reader, mapping and check as publish, so that a file is judged as the pipeline would
        ReadingsFile.Feed feed = new ReadingsFile.Feed(feedFormat, encoding, PublishCommand.mapping(mapping));
        ReadingsFile file = ReadingsFile.read(named, feed, targets, err);
        List<Evaluation> results;
        while (true) {
            try {
                results = new Timeline(new Guarded(evaluator)).run(targets.targets(), file.histories());
                break;
            } catch (Guarded.Failure f) {
                // as the streams job does: the figure whose evaluation threw is refused, the rest judged
                err.println(f.reading() + ": " + f.getMessage());
                file = file.without(f.reading())
                        .orElseThrow(() -> new IllegalStateException(f.getMessage(), f.getCause()));
            }
        }
        int refused = file.refused() + targets.errors().size();
        print(results, out);

        Set<String> used = new HashSet<>();
        results.forEach(e -> e.used().forEach(o -> used.add(o.readingId())));
        long unused = file.latest().stream()
                .filter(r -> !used.contains(r.location()))
                .peek(r -> err.println(r.location() + ": not evaluated: no target of the catalogue covers " + r.region()
                        + "|" + r.indicator() + " in " + r.year()))
                .count();
        Map<Status, Integer> counts = new TreeMap<>();
        results.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        // rows read, then what a later vintage left of them: a summary an operator can add up against the file
        err.println("read " + (file.admitted() + file.refused()) + " rows: " + file.admitted() + " admitted, "
                + file.refused() + " refused"
                + (targets.errors().isEmpty() ? "" : ", " + targets.errors().size() + " catalogue rows refused")
                + (file.unread() == 0 ? "" : ", " + file.unread() + " files not read")
                + "; " + file.latest().size() + " readings after revisions; evaluated " + results.size()
                + " target-years " + counts + "; not evaluated " + unused);
        out.flush();
        if (file.latest().isEmpty() && refused == 0) {
            // zero readings is never a success: a header alone, an export cut before its data
            err.println("planwatch: no readings in "
                    + named.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + ": nothing to evaluate");
            return 1;
        }
        // a file not read beside files that were: the run is not what was asked (1), as publish says it
        return file.unread() > 0 ? 1 : refused == 0 ? 0 : 2;
    }

    /**
     * The evaluator, its failure named by the figure it was judging: the latest of the target's
     * own history, whose reading id here is the row's file:line.
     */
    private record Guarded(Evaluator evaluator) implements Evaluator {
        @Override
        public Optional<Evaluation> evaluate(Target target, Evidence evidence) {
            try {
                return evaluator.evaluate(target, evidence);
            } catch (RuntimeException e) {
                String reading = evidence.own()
                        .latest(Integer.MIN_VALUE, Integer.MAX_VALUE)
                        .map(Observation::readingId)
                        .orElse(target.source());
                throw new Failure(reading, "evaluating " + target.key() + " on it failed: " + e);
            }
        }

        static final class Failure extends RuntimeException {
            private final String reading;

            Failure(String reading, String message) {
                super(message);
                this.reading = reading;
            }

            String reading() {
                return reading;
            }
        }
    }

    private void print(List<Evaluation> results, PrintWriter out) throws Exception {
        List<List<Object>> typed = new ArrayList<>();
        for (Evaluation e : results) {
            List<String> cells = cells(e, false);
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.add(typed(COLUMNS.get(i), e, cells.get(i)));
            }
            typed.add(row);
        }
        // the readings column is for machines; people get the reason, which names the figures
        int readingsColumn = COLUMNS.indexOf("readings");
        List<String> header = new ArrayList<>(COLUMNS);
        header.remove(readingsColumn);
        output.print(
                out,
                COLUMNS,
                typed,
                () -> StatusTable.render(
                        header,
                        results.stream()
                                .map(e -> {
                                    List<String> cells = new ArrayList<>(cells(e, true));
                                    cells.remove(readingsColumn);
                                    return (List<String>) cells;
                                })
                                .toList()));
    }

    private static List<String> cells(Evaluation e, boolean rounded) {
        Target t = e.target();
        return List.of(
                t.plan(),
                t.region(),
                t.indicator(),
                Integer.toString(e.year()),
                e.status().name(),
                number(e.actual(), rounded),
                e.expected() == null ? "" : number(e.expected(), rounded),
                e.projected() == null ? "" : number(e.projected(), rounded),
                // people read the way to the target as a percentage; machines get the share (0.75)
                e.progress() == null ? "" : rounded ? StatusTable.percent(e.progress()) : number(e.progress(), false),
                t.department() == null ? "" : t.department(),
                String.join(" ", e.used().stream().map(Observation::readingId).toList()),
                e.reason());
    }

    /** Numbers as numbers, absent ones as null, the readings as a list. */
    private static Object typed(String column, Evaluation e, String cell) {
        return switch (column) {
            case "year" -> e.year();
            case "actual", "expected", "projected", "progress" ->
                cell.isEmpty() ? null : new java.math.BigDecimal(cell);
            case "readings" -> e.used().stream().map(Observation::readingId).toList();
            default -> cell.isEmpty() ? null : cell;
        };
    }

    private static String number(double v, boolean rounded) {
        return rounded
                ? Figures.forReader(v)
                : java.math.BigDecimal.valueOf(v)
                        .round(new java.math.MathContext(10))
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
