package org.planwatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run's figures: {@code bench-results.json} for machines, a Markdown table for the README. */
record BenchResults(
        Map<String, Object> machine,
        long commitIntervalMs,
        int readings,
        double meanValueBytes,
        double rawProducerRps,
        double rawConsumerRps,
        double bareJoinRps,
        double pipelineRps,
        double pipelinePublishRps,
        Map<Integer, Double> scaleOutRps,
        List<LatencyBench.Latency> latencies,
        BackfillBench.Result backfill,
        Map<String, Double> evaluationsPerSecond,
        CatalogueImport.Timing catalogueImport,
        SdmxValidationBench.Result sdmxValidation,
        Map<String, Map<String, Long>> memoryPeaks) {

    /** How a count of instances is spelt in the json's keys (pipeline_two_instances_rps, as before three). */
    static String spelt(int instances) {
        return switch (instances) {
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(instances);
        };
    }

    Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("machine", machine);
        j.put("commit_interval_ms", commitIntervalMs);
        j.put("readings", readings);
        j.put("mean_value_bytes", Math.round(meanValueBytes));
        j.put("raw_producer_rps", Math.round(rawProducerRps));
        j.put("raw_consumer_rps", Math.round(rawConsumerRps));
        j.put("bare_join_rps", Math.round(bareJoinRps));
        j.put("pipeline_rps", Math.round(pipelineRps));
        j.put("ratio_pipeline_to_bare_join", Rates.ratio(pipelineRps, bareJoinRps));
        j.put("ratio_pipeline_to_raw_producer", Rates.ratio(pipelineRps, rawProducerRps));
        j.put("pipeline_publish_rps", Math.round(pipelinePublishRps));
        scaleOutRps.forEach((instances, rps) -> {
            j.put("pipeline_" + spelt(instances) + "_instances_rps", Math.round(rps));
            j.put("ratio_" + spelt(instances) + "_instances_to_one", Rates.ratio(rps, pipelineRps));
        });
        latencies.stream().filter(l -> l.ratePerSecond() == 1000).findFirst().ifPresent(l -> {
            j.put("latency_p50_ms", l.p50());
            j.put("latency_p95_ms", l.p95());
            j.put("latency_p99_ms", l.p99());
            j.put("latency_max_ms", l.max());
        });
        j.put("latency", latencies);
        j.put("backfill_seconds", Math.round(backfill.seconds() * 10) / 10.0);
        j.put("backfill_readings", backfill.readings());
        j.put("backfill_rps", Math.round(backfill.readingsPerSecond()));
        j.put("backfill", backfill);
        j.put("streams_heap_peak_mb_backfill", backfill.job().getOrDefault("heap_mb", -1L));
        j.put("streams_heap_max_mb_backfill", backfill.job().getOrDefault("heap_max_mb", -1L));
        j.put("streams_heap_after_gc_mb_backfill", backfill.job().getOrDefault("heap_after_gc_mb", -1L));
        Map<String, Long> evaluations = new LinkedHashMap<>();
        evaluationsPerSecond.forEach((kind, rate) -> evaluations.put(kind, Math.round(rate)));
        j.put("evaluations_per_second_one_thread", evaluations);
        if (catalogueImport != null) {
            j.put("catalogue_import_ms", Math.round(catalogueImport.bestMs()));
            j.put("catalogue_import", catalogueImport);
        }
        j.put("sdmx_validation_seconds", Math.round(sdmxValidation.seconds() * 10) / 10.0);
        j.put("sdmx_validation_heap_peak_mb", sdmxValidation.heapPeakMb());
        j.put("sdmx_validation", sdmxValidation);
        j.put("heap_peak_mb", peak("heap_mb"));
        j.put("rss_peak_mb", peak("rss_mb"));
        j.put("memory_peaks_mb_by_stage", memoryPeaks);

        return j;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| stage | records/s | of raw producer | of bare join |\n|---|---|---|---|\n");
        row(md, "raw producer (idempotent, acks=all)", rawProducerRps);
        row(md, "raw consumer", rawConsumerRps);
        row(md, "bare join, exactly once", bareJoinRps);
        row(md, "PlanWatch pipeline, exactly once", pipelineRps);
        row(md, "its producer alone (PlanWatch's publisher, to the last acknowledgement)", pipelinePublishRps);
        scaleOutRps.forEach(
                (instances, rps) -> row(md, "PlanWatch pipeline, " + instances + " instances on 6 partitions", rps));
        md.append("\n| publish to status | published | statuses | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (LatencyBench.Latency l : latencies) {
            md.append(String.format(
                    "| %,d readings/s | %,d | %,d | %.0f | %.0f | %.0f | %.0f |%n",
                    l.ratePerSecond(), l.published(), l.measured(), l.p50(), l.p95(), l.p99(), l.max()));
        }
        md.append(String.format(
                "%nBackfill from empty state: %,d simulated counties x %,d indicators x 10 years = %,d readings "
                        + "in %.1f s, %,.0f readings/s (%,d targets held). The job in a JVM of its own: "
                        + "heap peak %d MB of %d MB, at most %d MB after a collection, RSS peak %d MB, GC %d ms.%n",
                backfill.counties(),
                backfill.indicators(),
                backfill.readings(),
                backfill.seconds(),
                backfill.readingsPerSecond(),
                backfill.targets(),
                backfill.job().getOrDefault("heap_mb", -1L),
                backfill.job().getOrDefault("heap_max_mb", -1L),
                backfill.job().getOrDefault("heap_after_gc_mb", -1L),
                backfill.job().getOrDefault("rss_mb", -1L),
                backfill.job().getOrDefault("gc_ms", -1L)));
        md.append("\n| evaluation alone (JMH, one thread) | evaluations/s |\n|---|---|\n");
        evaluationsPerSecond.forEach((kind, rate) -> md.append(String.format("| %s | %,.0f |%n", kind, rate)));
        if (catalogueImport != null) {
            md.append(String.format(
                    "%nCatalogue import of %d plan documents: %.0f ms (best of 5; median %.0f ms), %d targets.%n",
                    catalogueImport.documents(),
                    catalogueImport.bestMs(),
                    catalogueImport.medianMs(),
                    catalogueImport.targets()));
        }
        md.append("\n").append(sdmxValidation.describe()).append(".\n");
        md.append(String.format(
                "%n%,d readings of %.0f bytes; commit interval %d ms.%n", readings, meanValueBytes, commitIntervalMs));
        md.append(
                "\n| memory peaks of the bench JVM (broker, clients; jobs but the backfill's) | heap MB | after GC MB | RSS MB |\n|---|---|---|---|\n");
        memoryPeaks.forEach((stage, p) -> md.append(String.format(
                "| %s | %,d | %s | %,d |%n",
                stage,
                p.get("heap_mb"),
                p.get("heap_after_gc_mb") == 0 ? "no GC" : String.format("%,d", p.get("heap_after_gc_mb")),
                p.get("rss_mb"))));
        return md.toString();
    }

    private long peak(String which) {
        return memoryPeaks.values().stream().mapToLong(p -> p.get(which)).max().orElse(0);
    }

    private void row(StringBuilder md, String stage, double rps) {
        md.append(String.format(
                "| %s | %,.0f | %.2f | %.2f |%n",
                stage, rps, Rates.ratio(rps, rawProducerRps), Rates.ratio(rps, bareJoinRps)));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("bench-results.json").toFile(), json());
        Files.writeString(dir.resolve("bench-results.md"), markdown());
    }
}
