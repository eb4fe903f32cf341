package org.planwatch.schema;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Puts every record of one region on one partition: a reading keyed {@code region|indicator} and a
 * target keyed {@code plan|region|indicator} go to partition {@code murmur2(UTF-8 region) mod n},
 * the partition Kafka's default partitioner gives a record keyed by the region alone. So the
 * readings and targets topics are co-partitioned by region, and the progress job, which keeps a
 * region's state in one task, takes them without re-keying; because it is Kafka's own hash of the
 * region, it is also where the job's {@code by-region} repartition topic puts that region, so state
 * built by a job from before this partitioner stays in its task.
 *
 * <p>Any Java client can publish the same way with {@code partitioner.class} set to this class;
 * others hash the region as Kafka's default partitioner hashes a key. A key given as bytes is read
 * as its UTF-8 text, so a byte-array client puts it where a string one does. A key of another shape is
 * partitioned as Kafka's default partitioner would (murmur2 of its bytes); a record without a key
 * goes to a random partition.
 */
public final class RegionPartitioner implements Partitioner {

    /** The partition of {@code region} among {@code partitions}. */
    public static int partitionOf(String region, int partitions) {
        return Utils.toPositive(Utils.murmur2(region.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * The region of a reading key {@code region|indicator} or a target key {@code
     * plan|region|indicator}; empty for a key of another shape.
     */
    public static Optional<String> regionOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int first = key.indexOf('|');
        if (first <= 0) {
            return Optional.empty();
        }
        int second = key.indexOf('|', first + 1);
        if (second < 0) {
            return first + 1 < key.length() ? Optional.of(key.substring(0, first)) : Optional.empty();
        }
        boolean threeParts = key.indexOf('|', second + 1) < 0 && second > first + 1 && second + 1 < key.length();
        return threeParts ? Optional.of(key.substring(first + 1, second)) : Optional.empty();
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionCountForTopic(topic);
        // a client that sends the key as bytes (dlq replay, a byte-array serializer) is partitioned by its text
        Optional<String> region = key instanceof String s
                ? regionOf(s)
                : keyBytes != null ? regionOf(new String(keyBytes, StandardCharsets.UTF_8)) : Optional.empty();
        if (region.isPresent()) {
            return partitionOf(region.get(), partitions);
        }
        if (keyBytes != null) {
            return Utils.toPositive(Utils.murmur2(keyBytes)) % partitions;
        }
        return ThreadLocalRandom.current().nextInt(partitions);
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {}
}
