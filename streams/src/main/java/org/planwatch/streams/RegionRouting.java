package org.planwatch.streams;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.planwatch.schema.RegionEvent;
import org.planwatch.schema.RegionPartitioner;

/**
 * Which task keeps a region's state: task {@code p} keeps the regions {@link RegionPartitioner}
 * puts on partition {@code p} of {@code partitions}. An event read from that very partition of an
 * input topic is already in its task and is processed where it is; any other (a record an old
 * producer keyed by hash of the whole key, a province's reading copied to a county elsewhere) goes
 * through the {@code by-region} repartition topic, whose partitions this same rule fills. Whatever
 * the input topics' real partition count, a region's events thus meet in one task; the count only
 * decides how many of them take the extra hop.
 */
final class RegionRouting implements StreamPartitioner<String, RegionEvent> {
    private final int partitions;

    RegionRouting(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        this.partitions = partitions;
    }

    int partitions() {
        return partitions;
    }

    /** Whether the task reading input partition {@code partition} is the one that keeps {@code region}. */
    boolean isHome(String region, int partition) {
        return RegionPartitioner.partitionOf(region, partitions) == partition;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String region, RegionEvent event, int numPartitions) {
        // numPartitions is the count the topology gives the topic (Streams refuses to start on a
        // topic of another size); only the test driver, with one partition for all, says otherwise
        return Optional.of(Set.of(RegionPartitioner.partitionOf(region, numPartitions)));
    }
}
