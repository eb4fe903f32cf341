package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.app.CommandRun;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import picocli.CommandLine;

/** {@code planwatch demo --once} as a user runs it: embedded broker, every stage, a table, exit 0. */
class DemoCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldRunTheWholePipelineAndPrintTheTableOfEveryTarget() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PlanWatchTools.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("demo", "--once", "--metrics-port", "0", "--timeout", "PT90S");

        assertThat(exit).as("stderr: %s", err).isZero();
        String text = out.toString();
        assertThat(text).contains("The readings are SIMULATED");
        assertThat(text).contains("published 45, rejected 0 SIMULATED readings");
        assertThat(text).containsPattern("every demo reading was evaluated: 45 readings, \\d+ status changes alerted");
        // every reading is evaluated against each plan whose period covers its year
        TargetCatalogue catalogue = TargetCatalogue.bundled();
        List<Target> evaluated = demoReadings().stream()
                .flatMap(r -> catalogue.targetsFor(r[0], r[1], Integer.parseInt(r[2])).stream())
                .toList();
        List<String> plans = evaluated.stream().map(Target::plan).distinct().toList();
        List<String> table = text.lines()
                .dropWhile(l -> !l.startsWith("Current status per plan target (from SIMULATED readings)"))
                .skip(2)
                .takeWhile(l -> plans.stream().anyMatch(l::startsWith))
                .toList();
        assertThat(table).hasSize((int) evaluated.stream().distinct().count());
        assertThat(table)
                .anySatisfy(l -> assertThat(l.split("\\s+"))
                        .startsWith("jm-health-14", "440700", "hospital_beds_per_1000", "2023", "LAGGING"));
        // an alert per status change: each target's first status, then each change, never a repeat
        List<String> alertLines =
                text.lines().filter(l -> l.startsWith("  alert ")).toList();
        assertThat(text).contains("45 readings, " + alertLines.size() + " status changes alerted");
        assertThat(alertLines.size()).isBetween(table.size(), evaluated.size());
        assertThat(alertLines).allSatisfy(l -> assertThat(l).endsWith("[simulated]"));
        assertThat(alertLines).filteredOn(l -> l.contains("(was ")).allSatisfy(l -> {
            String[] cells = l.trim().split("\\s+");
            assertThat(l).doesNotContain("(was " + cells[5] + ")");
        });

        // each status change is a message to its department lead; with no channel, a file in the outbox
        String outboxLine = text.lines()
                .filter(l -> l.startsWith("messages to department leads: written to "))
                .findFirst()
                .orElseThrow();
        Path outbox = Path.of(outboxLine
                .substring("messages to department leads: written to ".length())
                .replace(" (no channel configured)", ""));
        // all but the changes of a base year, which no lead is told of; each message states its
        // target, read back from the targets topic by the consumer
        Map<String, Target> targets = new TreeMap<>();
        TargetCatalogue.bundled().targets().forEach(t -> targets.put(t.key(), t));
        long told = alertLines.stream()
                .map(l -> l.trim().split("\\s+"))
                .filter(c -> Integer.parseInt(c[4])
                        > targets.get(c[1] + "|" + c[2] + "|" + c[3]).pathStartYear())
                .count();
        assertThat(told).isPositive();
        // changes read together reach a department as one digest, each target once at its latest
        // change with the count of those before it: every change told is accounted for, once
        try (var messages = Files.list(outbox)) {
            List<Path> files = messages.toList();
            assertThat(files).isNotEmpty().hasSizeLessThanOrEqualTo((int) told);
            long accounted = 0;
            for (Path f : files) {
                String message = Files.readString(f);
                assertThat(message).contains("（模拟数据，非真实统计）").contains("\n目标：");
                Matcher change = TOLD.matcher(message);
                while (change.find()) {
                    accounted += 1 + (change.group(1) == null ? 0 : Integer.parseInt(change.group(1)));
                }
            }
            assertThat(accounted).isEqualTo(told);
        }

        // the offline command, on the same readings, ends each target where the streams job did
        Path csv = dir.resolve("demo.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo-readings-simulated.csv")) {
            Files.copy(in, csv);
        }
        CommandRun offline = new CommandRun(PlanWatchTools::commandLine);
        assertThat(offline.run("evaluate", "--readings", csv.toString(), "--format", "tsv"))
                .isZero();
        Map<String, String> lastPerTarget = new TreeMap<>();
        offline.out.toString().lines().skip(1).forEach(l -> {
            String[] c = l.split("\t");
            lastPerTarget.put(c[0] + " " + c[1] + " " + c[2], String.join(" ", c[0], c[1], c[2], c[3], c[4]));
        });
        assertThat(table)
                .extracting(l -> String.join(" ", List.of(l.split("\\s+")).subList(0, 5)))
                .containsExactlyInAnyOrderElementsOf(lastPerTarget.values());
    }

    /** One target's latest change in a message, and how many earlier changes of it the message stands for. */
    private static final Pattern TOLD = Pattern.compile("\\. Key: \\S+(?:\\n（此前另有(\\d+)次)?");

    /** region, indicator, year of each demo reading. */
    private static List<String[]> demoReadings() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo-readings-simulated.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("region,") && !l.isBlank())
                    .map(l -> l.split(","))
                    .toList();
        }
    }
}
