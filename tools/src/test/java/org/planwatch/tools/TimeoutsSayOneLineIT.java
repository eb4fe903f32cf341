package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a wait that runs out is a user's matter (a slow machine, a short {@code --timeout}),
 * so it is one line and exit 1, never a stack trace. Run as a user runs them, each command in a
 * JVM of its own with everything it prints read, the logs included: a test of picocli's error
 * stream alone would miss a stack trace a logger prints.
 */
class TimeoutsSayOneLineIT {
    @TempDir
    Path dir;

    @Test
    void aDemoThatRunsOutOfTimeSaysSoInOneLine() throws Exception {
        Run demo = run(
                "demo",
                "--once",
                "--timeout",
                "PT1S",
                "--metrics-port",
                "0",
                "--outbox",
                dir.resolve("outbox").toString());

        assertThat(demo.exit).as(demo.output).isEqualTo(1);
        assertThat(demo.errorLines()).as(demo.output).singleElement().asString().contains("within PT1S");
        assertThat(demo.output).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aClusterNodeNotUpInTimeIsSaidInOneLineWithWhatToDo() throws Exception {
        String cluster = dir.resolve("cluster").toString();
        try {
            Run start = run(
                    "cluster",
                    "start",
                    "--brokers",
                    "1",
                    "--base-port",
                    "0",
                    "--cluster-dir",
                    cluster,
                    "--timeout",
                    "PT0.2S");

            assertThat(start.exit).as(start.output).isEqualTo(1);
            assertThat(start.errorLines())
                    .as(start.output)
                    .singleElement()
                    .asString()
                    .contains("node 1 not up in time")
                    .contains("`cluster stop` stops it");
            // the node's own log may follow; no trace of PlanWatch's own code does
            assertThat(start.output).doesNotContain("\tat org.planwatch");
        } finally {
            assertThat(run("cluster", "stop", "--cluster-dir", cluster, "--timeout", "PT60S").exit)
                    .isZero();
        }
    }

    /** A command's exit status and all it wrote, standard output and error together. */
    private record Run(int exit, String output) {
        List<String> errorLines() {
            return output.lines().filter(l -> l.startsWith("planwatch: ")).toList();
        }
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + dir,
                PlanWatchTools.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
