package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code planwatch demo --once} as a user runs it: embedded broker, every stage, a table, exit 0. */
class DemoCommandIT {

    @Test
    void shouldRunTheWholePipelineAndPrintTheTableOfEveryTarget() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PlanWatch.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("demo", "--once", "--metrics-port", "0", "--timeout", "PT90S");

        assertThat(exit).as("stderr: %s", err).isZero();
        String text = out.toString();
        assertThat(text).contains("The readings are SIMULATED");
        assertThat(text).contains("published 45, rejected 0 SIMULATED readings");
        assertThat(text).contains("every demo reading produced its alerts: 45 readings");
        List<String> table = text.lines()
                .dropWhile(l -> !l.startsWith("Current status per plan target (from SIMULATED readings)"))
                .skip(2)
                .takeWhile(l -> l.startsWith("jm-health-14") || l.startsWith("zs-sti-14"))
                .toList();
        assertThat(table).hasSize(15);
        assertThat(table)
                .anySatisfy(l -> assertThat(l.split("\\s+"))
                        .startsWith("jm-health-14", "440700", "hospital_beds_per_1000", "2023", "LAGGING"));
        assertThat(text.lines().filter(l -> l.startsWith("  alert ")))
                .hasSize(45)
                .allSatisfy(l -> assertThat(l).endsWith("[simulated]"));
    }
}
