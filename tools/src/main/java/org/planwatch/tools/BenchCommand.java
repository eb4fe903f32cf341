package org.planwatch.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.planwatch.bench.Bench;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.streams.StreamsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the pipeline beside what the same broker does in the same run.",
            "Stages: a raw idempotent producer and a consumer; a bare exactly-once stream-table join; PlanWatch's "
                    + "producer and job (exactly once, the real catalogue and evaluation) on simulated readings, "
                    + "with one, two and three instances; publish-to-status latency at steady rates; a backfill of a "
                    + "province of simulated counties from empty state; the evaluation alone per target kind (JMH, "
                    + "a forked JVM); SDMX-CSV validation of 1,000,000 generated rows in a JVM of 512 MB; the catalogue import. Ratios between the stages are the result; absolute "
                    + "figures vary with the machine. Writes bench-results.json, .md and .png to --out."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--quick",
            description = "20,000 readings and 5 s at 1,000 readings/s (default 200,000 readings, "
                    + "20 s at 1,000 and at 5,000 readings/s).")
    boolean quick;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "bench-results",
            description = "Where the results go (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--commit-interval",
            paramLabel = "DURATION",
            defaultValue = StreamsProperties.DEFAULT_COMMIT_INTERVAL,
            description = "The pipeline's commit interval, as streams --commit-interval (default ${DEFAULT-VALUE}).")
    Duration commitInterval;

    @Option(
            names = "--plans",
            paramLabel = "DIR",
            defaultValue = "../shared/seeds",
            description = "Plan documents (*.txt) whose catalogue import is timed; skipped when the folder "
                    + "is missing (default ${DEFAULT-VALUE}).")
    Path plans;

    @Option(
            names = "--bootstrap",
            paramLabel = "HOST:PORT[,...]",
            description = "Measure on this cluster instead of a broker started in this JVM; every topic is new, "
                    + "named bench-<time>-…")
    String bootstrap;

    @Option(
            names = "--sdmx-only",
            description = "Only the SDMX-CSV validation stage (no broker): 1,000,000 generated rows checked as "
                    + "publish --validate-only checks them, in a JVM of 512 MB; prints its time and heap.")
    boolean sdmxOnly;

    @Option(
            names = "--backfill-only",
            paramLabel = "COUNTIES",
            description = "Only the backfill stage: this many simulated counties' ten years of every indicator "
                    + "loaded from empty state into a job in a JVM of 512 MB (the full run loads 2,850); "
                    + "prints its time and the job's heap.")
    Integer backfillCounties;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (sdmxOnly) {
            out.println(Bench.sdmxValidation(this.out, quick ? 100_000 : Bench.SDMX_ROWS, Bench.SDMX_HEAP_MB));
            return 0;
        }
        Consumer<String> progress = line -> {
            out.println(line);
            out.flush();
        };
        if (backfillCounties != null) {
            if (backfillCounties < 1) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--backfill-only needs at least 1 county, not " + backfillCounties);
            }
            progress.accept(onCluster(
                    progress,
                    cluster -> Bench.backfillOnly(
                            cluster, backfillCounties, commitInterval, Duration.ofMinutes(30), progress)));
            return 0;
        }
        Bench.Options options =
                (quick ? Bench.Options.quick(plans) : Bench.Options.full(plans)).withCommitInterval(commitInterval);
        String markdown = onCluster(progress, cluster -> Bench.run(cluster, options, this.out, progress));
        out.println();
        out.print(markdown);
        out.println("results: " + this.out.toAbsolutePath().resolve("bench-results.json"));
        return 0;
    }

    /** A run of stages on a cluster: the bootstrap servers in, its result out. */
    private interface Stages {
        String run(String bootstrap) throws Exception;
    }

    /** Runs {@code stages} on {@code --bootstrap}, or on a broker started in this JVM for them when none is given. */
    private String onCluster(Consumer<String> progress, Stages stages) throws Exception {
        if (bootstrap != null) {
            return stages.run(bootstrap);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            progress.accept("broker: one KRaft node in this JVM at " + broker.bootstrapServers());
            return stages.run(broker.bootstrapServers());
        }
    }
}
