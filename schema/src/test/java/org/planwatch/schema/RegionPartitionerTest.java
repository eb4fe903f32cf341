package org.planwatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.junit.jupiter.api.Test;

class RegionPartitionerTest {
    private static final Node NODE = new Node(0, "localhost", 9092);

    private static Cluster cluster(String topic, int partitions) {
        List<PartitionInfo> infos = IntStream.range(0, partitions)
                .mapToObj(p -> new PartitionInfo(topic, p, NODE, new Node[] {NODE}, new Node[] {NODE}))
                .toList();
        return new Cluster("c", List.of(NODE), infos, java.util.Set.of(), java.util.Set.of());
    }

    @Test
    void shouldPutAReadingAndATargetOfOneRegionOnOnePartition() {
        RegionPartitioner partitioner = new RegionPartitioner();
        for (String region : List.of("440700", "440000", "100000", "442000-torch", "440703")) {
            int reading = partitioner.partition(
                    "plan-readings", region + "|gdp_growth", null, null, null, cluster("plan-readings", 6));
            int target = partitioner.partition(
                    "plan-targets", "gd-14|" + region + "|gdp_growth", null, null, null, cluster("plan-targets", 6));
            assertThat(reading).as(region).isEqualTo(target).isEqualTo(RegionPartitioner.partitionOf(region, 6));
        }
    }

    @Test
    void shouldPutARegionWhereKafkasDefaultPartitionerPutsTheRegionAsAKey() {
        // the by-region repartition topic of a job from before this partitioner used Kafka's default
        for (String region : List.of("440700", "440000", "510000", "442000-torch")) {
            for (int n = 1; n <= 12; n++) {
                assertThat(RegionPartitioner.partitionOf(region, n))
                        .isEqualTo(BuiltInPartitioner.partitionForKey(region.getBytes(StandardCharsets.UTF_8), n));
            }
        }
    }

    @Test
    void shouldSpreadRegionsOverEveryPartition() {
        long used = IntStream.range(0, 200)
                .map(i -> RegionPartitioner.partitionOf(String.valueOf(440700 + i), 6))
                .distinct()
                .count();
        assertThat(used).isEqualTo(6);
    }

    @Test
    void shouldFindTheRegionOfBothKeyShapesAndNoneOfOthers() {
        assertThat(RegionPartitioner.regionOf("440700|gdp_growth")).contains("440700");
        assertThat(RegionPartitioner.regionOf("gd-14|440700|gdp_growth")).contains("440700");
        assertThat(RegionPartitioner.regionOf("no-bar")).isEmpty();
        assertThat(RegionPartitioner.regionOf("|gdp_growth")).isEmpty();
        assertThat(RegionPartitioner.regionOf("440700|")).isEmpty();
        assertThat(RegionPartitioner.regionOf("a||c")).isEmpty();
        assertThat(RegionPartitioner.regionOf("a|b|c|d")).isEmpty();
        assertThat(RegionPartitioner.regionOf(null)).isEmpty();
    }

    /** Issue 23's second trial: dlq replay sends the key as bytes and landed off its region's partition. */
    @Test
    void shouldPutAKeyGivenAsBytesWhereItsTextGoes() {
        RegionPartitioner partitioner = new RegionPartitioner();
        for (String region : List.of("440700", "440000", "100000", "442000-torch", "440703", "510000")) {
            byte[] key = (region + "|gdp_growth").getBytes(StandardCharsets.UTF_8);
            assertThat(partitioner.partition("plan-readings", key, key, null, null, cluster("plan-readings", 6)))
                    .as(region)
                    .isEqualTo(RegionPartitioner.partitionOf(region, 6));
        }
    }

    @Test
    void shouldPartitionAnotherKeyAsKafkasDefaultDoes() {
        byte[] key = "something else".getBytes(StandardCharsets.UTF_8);
        assertThat(new RegionPartitioner().partition("t", "something else", key, null, null, cluster("t", 6)))
                .isEqualTo(BuiltInPartitioner.partitionForKey(key, 6));
        assertThat(new RegionPartitioner().partition("t", null, null, null, null, cluster("t", 6)))
                .isBetween(0, 5);
    }
}
