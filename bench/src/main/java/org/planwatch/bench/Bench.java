package org.planwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.RawReading;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.Topic;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;
import org.planwatch.streams.StreamsProperties;

/**
 * One benchmark run on one cluster, every stage against the same broker and the same readings:
 * the raw producer and consumer, the bare exactly-once join, the PlanWatch pipeline, then
 * publish-to-status latency at each rate. Each stage has topics of its own, named by the run.
 */
public final class Bench {
    /**
     * @param readings how many readings the throughput stages move
     * @param rates the latency stage's publishing rates, readings per second
     * @param latencyPeriod how long each rate is held
     * @param timeout the longest any stage may take before the run fails
     */
    public record Options(
            boolean quick,
            int readings,
            List<Integer> rates,
            Duration latencyPeriod,
            int backfillCounties,
            Duration commitInterval,
            Duration timeout,
            Path plans,
            long sdmxRows) {
        /** @param plans the plan documents whose import is timed; null to leave it out */
        public static Options quick(Path plans) {
            return new Options(
                    true,
                    20_000,
                    List.of(1_000),
                    Duration.ofSeconds(5),
                    30,
                    Duration.parse(StreamsProperties.DEFAULT_COMMIT_INTERVAL),
                    Duration.ofMinutes(3),
                    plans,
                    100_000);
        }

        /** The same with the pipeline's jobs committing every {@code interval} (the streams command's default otherwise). */
        public Options withCommitInterval(Duration interval) {
            return new Options(
                    quick, readings, rates, latencyPeriod, backfillCounties, interval, timeout, plans, sdmxRows);
        }

        /** A province's 2,850 county-level regions, as the issue sizes it. */
        public static Options full(Path plans) {
            return new Options(
                    false,
                    200_000,
                    List.of(1_000, 5_000),
                    Duration.ofSeconds(20),
                    2_850,
                    Duration.parse(StreamsProperties.DEFAULT_COMMIT_INTERVAL),
                    Duration.ofMinutes(30),
                    plans,
                    SDMX_ROWS);
        }
    }

    /** The SDMX-CSV validation stage's size and heap, as issue 24 sets them. */
    public static final long SDMX_ROWS = 1_000_000;

    public static final int SDMX_HEAP_MB = 512;

    private Bench() {}

    /**
     * The SDMX-CSV validation stage alone (no broker): {@code rows} generated observations checked
     * as {@code publish --validate-only} does, in a child JVM of {@code heapMb}; its one-line result.
     */
    public static String sdmxValidation(Path work, long rows, int heapMb) throws Exception {
        return SdmxValidationBench.run(work, rows, heapMb).describe();
    }

    /**
     * The backfill stage alone, on {@code bootstrap}: {@code counties} simulated counties' ten years
     * loaded into a job in a JVM of its own; its one-line result. For profiling the job's state.
     */
    public static String backfillOnly(
            String bootstrap, int counties, Duration commitInterval, Duration timeout, Consumer<String> progress)
            throws Exception {
        String run = "bench-" + System.currentTimeMillis() + "-";
        Path state = Files.createTempDirectory("planwatch-bench-");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return describe(BackfillBench.run(
                    admin, bootstrap, run + "backfill-", counties, state, commitInterval, timeout, progress));
        } finally {
            deleteRecursively(state);
        }
    }

    private static String describe(BackfillBench.Result backfill) {
        return String.format(
                "backfill: %,d readings in %.1f s, %,.0f readings/s; the job's JVM: heap peak %d of %d MB, %d MB after GC at most, GC %d ms",
                backfill.readings(),
                backfill.seconds(),
                backfill.readingsPerSecond(),
                backfill.job().getOrDefault("heap_mb", -1L),
                backfill.job().getOrDefault("heap_max_mb", -1L),
                backfill.job().getOrDefault("heap_after_gc_mb", -1L),
                backfill.job().getOrDefault("gc_ms", -1L));
    }

    /** Runs every stage, writes {@code bench-results.json} and {@code .md} to {@code out}, returns the Markdown. */
    public static String run(String bootstrap, Options options, Path out, Consumer<String> progress) throws Exception {
        String run = "bench-" + System.currentTimeMillis() + "-";
        Path state = Files.createTempDirectory("planwatch-bench-");
        BenchWorkload workload = BenchWorkload.bundled();
        List<RawReading> readings = workload.readings(options.readings());
        TopicSet topics = TopicSet.defaults().prefixed(run);
        Events events = Events.of(readings, topics);
        progress.accept(String.format(
                "%,d simulated readings over %,d region-indicator pairs, %.0f bytes each on average",
                readings.size(), workload.pairs(), events.meanValueBytes()));
        try {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                Topic<byte[], byte[]> raw = bytesTopic(run + "raw");
                Topic<byte[], byte[]> table = bytesTopic(run + "join-table");
                Topic<byte[], byte[]> joined = bytesTopic(run + "join-out");
                List<Topic<?, ?>> all = new ArrayList<>(topics.all());
                all.addAll(List.of(raw, table, joined));
                new TopicCreator(admin, Optional.empty()).ensure(all, Duration.ofMinutes(1));

                Map<String, Map<String, Long>> peaks = new LinkedHashMap<>();
                Memory.resetPeaks();
                double rawProducer = RawBaseline.produce(bootstrap, raw.name(), events);
                progress.accept(String.format("raw producer: %,.0f records/s", rawProducer));
                double rawConsumer = RawBaseline.consume(bootstrap, raw.name(), events.size(), options.timeout());
                progress.accept(String.format("raw consumer: %,.0f records/s", rawConsumer));
                peaks.put("raw", Memory.peaks());
                Memory.resetPeaks();

                RawBaseline.produce(bootstrap, table.name(), tableRows(events));
                double bareJoin = BareJoinBaseline.run(
                        admin,
                        bootstrap,
                        raw.name(),
                        table.name(),
                        joined.name(),
                        state.resolve("join"),
                        options.timeout());
                progress.accept(String.format("bare exactly-once join: %,.0f records/s", bareJoin));
                peaks.put("bare_join", Memory.peaks());
                Memory.resetPeaks();

                PipelineBench.Throughput pipelineRps;
                List<LatencyBench.Latency> latencies = new ArrayList<>();
                try (PipelineBench pipeline = PipelineBench.start(
                        bootstrap,
                        topics,
                        TargetCatalogue.bundled(),
                        state.resolve("pipeline"),
                        1,
                        options.commitInterval())) {
                    pipelineRps = pipeline.run(admin, readings, options.timeout());
                    progress.accept(String.format(
                            "PlanWatch pipeline: %,.0f readings/s; its producer alone published them at %,.0f/s;"
                                    + " the job read %,d more records back through its own topics (misplaced records, messages about averages)",
                            pipelineRps.pipeline(), pipelineRps.publish(), pipelineRps.rerouted()));
                    peaks.put("pipeline", Memory.peaks());
                    Memory.resetPeaks();
                    int vintage = 1_000;
                    for (int rate : options.rates()) {
                        int count = (int) (rate * options.latencyPeriod().toSeconds());
                        LatencyBench.Latency latency =
                                LatencyBench.run(pipeline, workload.changes(count, vintage), rate);
                        vintage += count;
                        latencies.add(latency);
                        progress.accept("publish to status at " + LatencyBench.describe(latency));
                    }
                }
                peaks.put("latency", Memory.peaks());
                Memory.resetPeaks();
                // Scale-out: the same readings through pipelines of two and three instances, each on
                // topics of its own (six partitions, so three instances take two tasks each).
                Map<Integer, Double> scaleOut = new LinkedHashMap<>();
                for (int instances : List.of(2, 3)) {
                    TopicSet own = TopicSet.defaults().prefixed(run + "x" + instances + "-");
                    new TopicCreator(admin, Optional.empty()).ensure(own.all(), Duration.ofMinutes(1));
                    try (PipelineBench pipeline = PipelineBench.start(
                            bootstrap,
                            own,
                            TargetCatalogue.bundled(),
                            state.resolve("x" + instances),
                            instances,
                            options.commitInterval())) {
                        scaleOut.put(
                                instances,
                                pipeline.run(admin, readings, options.timeout()).pipeline());
                    }
                    progress.accept(String.format(
                            "PlanWatch pipeline, %d instances: %,.0f readings/s", instances, scaleOut.get(instances)));
                    peaks.put(BenchResults.spelt(instances) + "_instances", Memory.peaks());
                    Memory.resetPeaks();
                }
                BackfillBench.Result backfill = BackfillBench.run(
                        admin,
                        bootstrap,
                        run + "backfill-",
                        options.backfillCounties(),
                        state.resolve("backfill"),
                        options.commitInterval(),
                        options.timeout(),
                        progress);
                progress.accept(describe(backfill));
                peaks.put("backfill", Memory.peaks());
                Map<String, Double> evaluations = EvaluationRates.measure(options.quick());
                evaluations.forEach((kind, rate) ->
                        progress.accept(String.format("evaluation alone, %s: %,.0f evaluations/s", kind, rate)));
                SdmxValidationBench.Result sdmx =
                        SdmxValidationBench.run(state.resolve("sdmx"), options.sdmxRows(), SDMX_HEAP_MB);
                progress.accept(sdmx.describe());
                CatalogueImport.Timing catalogueImport = null;
                if (options.plans() != null && Files.isDirectory(options.plans())) {
                    catalogueImport = CatalogueImport.measure(options.plans());
                    progress.accept(String.format(
                            "catalogue import of %d plan documents: %.0f ms (%d targets)",
                            catalogueImport.documents(), catalogueImport.bestMs(), catalogueImport.targets()));
                }
                BenchResults results = new BenchResults(
                        machine(),
                        options.commitInterval().toMillis(),
                        readings.size(),
                        events.meanValueBytes(),
                        rawProducer,
                        rawConsumer,
                        bareJoin,
                        pipelineRps.pipeline(),
                        pipelineRps.publish(),
                        scaleOut,
                        latencies,
                        backfill,
                        evaluations,
                        catalogueImport,
                        sdmx,
                        peaks);
                results.write(out);
                BenchChart.write(results, out.resolve("bench-results.png"));
                return results.markdown();
            }
        } finally {
            deleteRecursively(state); // the jobs' stores: gigabytes after a full backfill
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One table row per region and indicator the readings name, keyed as the readings are. */
    private static Events tableRows(Events events) {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            rows.putIfAbsent(
                    new String(events.keys().get(i), java.nio.charset.StandardCharsets.UTF_8),
                    events.values().get(i));
        }
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        rows.forEach((k, v) -> {
            keys.add(k.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            values.add(v);
        });
        return new Events(keys, values);
    }

    private static Topic<byte[], byte[]> bytesTopic(String name) {
        return Topic.of(
                name,
                org.apache.kafka.common.serialization.Serdes.ByteArray(),
                org.apache.kafka.common.serialization.Serdes.ByteArray(),
                Topics.PARTITIONS,
                Map.of());
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("kafka", AppInfoParser.getVersion());
        return m;
    }
}
