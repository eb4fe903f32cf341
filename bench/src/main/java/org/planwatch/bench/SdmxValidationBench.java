package org.planwatch.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.planwatch.producer.RawReading;

/**
 * The SDMX-CSV validation stage: a generated SDMX-CSV 2.0 message of {@code rows} observations
 * (the bench's simulated readings: every region and indicator of the dictionaries, ten years,
 * first releases then re-sent revisions; units coded and a mapping to the catalogue's) checked as
 * {@code publish --validate-only --mapping} checks it, in
 * a JVM of its own with a fixed heap ({@link SdmxValidationMain}), so that the figure is the
 * reader's and the validator's alone. The issue asks for 1,000,000 rows in under 10 s and 512 MB.
 */
final class SdmxValidationBench {
    static final String HEADER =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS";

    /**
     * @param seconds the child's read-and-validate time, from opening the file to the checked batch
     * @param cpuSeconds the CPU time the child spent in it, every thread's (the collector's too): on a
     *     shared machine the figure that does not grow with the other processes' load
     * @param jvmSeconds the child's whole life, JVM start and the bundled catalogue included
     */
    record Result(
            long rows,
            long fileMb,
            int heapMb,
            long valid,
            long rejected,
            double seconds,
            double cpuSeconds,
            double jvmSeconds,
            long heapPeakMb,
            long heapAfterGcMb) {
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "SDMX-CSV validation: %,d rows (%d MB) in %.1f s (CPU %.1f s, all threads; %.1f s with the JVM's"
                            + " start), %,d valid,"
                            + " %,d refused; -Xmx%dm: heap peak %d MB, at most %d MB after a collection",
                    rows,
                    fileMb,
                    seconds,
                    cpuSeconds,
                    jvmSeconds,
                    valid,
                    rejected,
                    heapMb,
                    heapPeakMb,
                    heapAfterGcMb);
        }
    }

    private SdmxValidationBench() {}

    /**
     * Writes {@code rows} observations to {@code file}, a chunk of readings at a time, and the
     * mapping that turns its unit codes into the catalogue's units to {@code mapping}: an SDMX
     * message codes its units ({@code UNIT_MEASURE} is a code list), as bureaus' do.
     */
    static void generate(Path file, Path mapping, long rows) throws IOException {
        BenchWorkload workload = BenchWorkload.bundled();
        Map<String, String> unitCodes = new java.util.LinkedHashMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int chunk = 50_000;
            for (long from = 0; from < rows; from += chunk) {
                for (RawReading r : workload.readings(from, (int) Math.min(chunk, rows - from))) {
                    out.write("dataflow,PLANWATCH:BENCH(1.0),");
                    out.write(r.vintage() == 0 ? "M" : "R");
                    out.write(',');
                    out.write(r.region());
                    out.write(',');
                    out.write(r.indicator());
                    out.write(',');
                    out.write(Integer.toString(r.year()));
                    out.write(',');
                    out.write(String.format(Locale.ROOT, "%.2f", r.value()));
                    out.write(',');
                    out.write(unitCodes.computeIfAbsent(r.unit(), u -> "U" + unitCodes.size()));
                    out.write(',');
                    out.write(r.vintage() == 0 ? "P" : "A");
                    out.write('\n');
                }
            }
        }
        StringBuilder tsv = new StringBuilder("field\tfrom\tto\n");
        unitCodes.forEach((unit, code) ->
                tsv.append("unit\t").append(code).append('\t').append(unit).append('\n'));
        Files.writeString(mapping, tsv);
    }

    /** Generates the file in {@code dir}, validates it in a child JVM of {@code heapMb}, deletes it. */
    static Result run(Path dir, long rows, int heapMb) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path file = dir.resolve("sdmx-bench.csv");
        Path mapping = dir.resolve("sdmx-bench.mapping.tsv");
        try {
            generate(file, mapping, rows);
            long fileMb = Files.size(file) / (1024 * 1024);
            List<String> command =
                    ChildJvm.command(heapMb, SdmxValidationMain.class, file.toString(), mapping.toString());
            Path log = dir.resolve("sdmx-bench.log");
            long start = System.nanoTime();
            Process child =
                    new ProcessBuilder(command).redirectError(log.toFile()).start();
            String result = null;
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith(SdmxValidationMain.RESULT)) {
                        result = line.substring(SdmxValidationMain.RESULT.length());
                    }
                }
            }
            if (!child.waitFor(5, TimeUnit.MINUTES)) {
                child.destroyForcibly().waitFor();
            }
            double jvmSeconds = (System.nanoTime() - start) / 1e9;
            if (result == null) {
                throw new IllegalStateException("the SDMX validation JVM exited " + child.exitValue()
                        + " without a result (an OutOfMemoryError at -Xmx" + heapMb + "m?): "
                        + String.join("\n", tail(log)));
            }
            Map<String, Long> f = fields(result);
            return new Result(
                    f.get("rows"),
                    fileMb,
                    heapMb,
                    f.get("valid"),
                    f.get("rejected"),
                    f.get("ms") / 1000.0,
                    f.get("cpu_ms") / 1000.0,
                    jvmSeconds,
                    f.get("heap_mb"),
                    f.get("heap_after_gc_mb"));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(mapping);
        }
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return lines.subList(Math.max(0, lines.size() - 10), lines.size());
    }

    private static Map<String, Long> fields(String line) {
        Map<String, Long> out = new HashMap<>();
        for (String field : line.trim().split("\\s+")) {
            String[] kv = field.split("=", 2);
            out.put(kv[0], Long.parseLong(kv[1]));
        }
        return out;
    }
}
