package org.planwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.ReadingCheck;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.producer.RawReading;

/** The simulated load measures the pipeline's work, not its refusals: every reading is one the job evaluates. */
class BenchWorkloadTest {
    private final BenchWorkload workload = BenchWorkload.bundled();
    private final ReadingCheck check = new ReadingCheck(IndicatorDictionary.bundled(), RegionDictionary.bundled());

    @Test
    void everyReadingPassesTheJobsChecksAndIsDistinct() {
        List<RawReading> readings = workload.readings(50_000);

        assertThat(readings).hasSize(50_000);
        Set<String> ids = new HashSet<>();
        for (RawReading r : readings) {
            assertThat(check.check(r.region(), r.indicator(), r.unit(), r.value()))
                    .as("%s", r)
                    .isEmpty();
            assertThat(ids.add(r.region() + "|" + r.indicator() + "|" + r.year() + "|" + r.vintage()))
                    .as("%s is published once", r)
                    .isTrue();
        }
        assertThat(readings.stream().filter(r -> r.vintage() > 0))
                .as("revisions follow the first releases")
                .isNotEmpty();
    }

    @Test
    void theSameCountGivesTheSameReadings() {
        assertThat(workload.readings(5_000)).isEqualTo(workload.readings(5_000));
    }

    @Test
    void changesAreNewFiguresOfTargetedPairs() {
        List<RawReading> changes = workload.changes(1_000, 1_000);
        assertThat(changes).hasSize(1_000).allSatisfy(r -> {
            assertThat(check.check(r.region(), r.indicator(), r.unit(), r.value()))
                    .isEmpty();
            assertThat(r.vintage()).isGreaterThanOrEqualTo(1_000);
        });
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(LatencyBench.percentile(sorted, 0.50)).isEqualTo(50);
        assertThat(LatencyBench.percentile(sorted, 0.99)).isEqualTo(100);
        assertThat(LatencyBench.percentile(new long[0], 0.99)).isZero();
    }
}
