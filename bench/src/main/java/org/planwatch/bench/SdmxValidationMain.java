package org.planwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFiles;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedValidator;

/**
 * The child side of {@link SdmxValidationBench}: one file read and checked exactly as {@code
 * publish --validate-only} does (auto format and encoding, its mapping, the bundled catalogue),
 * then one line {@value #RESULT} with the counts, the time and the heap peaks.
 */
final class SdmxValidationMain {
    static final String RESULT = "RESULT ";

    private SdmxValidationMain() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        FeedMapping mapping = FeedMapping.read(Path.of(args[1]));
        FeedValidator validator =
                new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        Memory.resetPeaks();
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        FeedBatch batch =
                validator.validate(FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping), mapping);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000; // all threads: the collector's too
        long rows;
        try (var lines = Files.lines(file)) {
            rows = lines.count() - 1;
        }
        System.out.printf(
                "%srows=%d valid=%d rejected=%d ms=%d cpu_ms=%d heap_mb=%d heap_after_gc_mb=%d%n",
                RESULT,
                rows,
                batch.readings().size(),
                batch.rejections().size(),
                ms,
                cpuMs,
                Memory.heapPeakMb(),
                Memory.liveHeapPeakMb());
        if (!batch.rejections().isEmpty()) {
            System.err.println("first refusal: " + batch.rejections().get(0));
        }
    }
}
