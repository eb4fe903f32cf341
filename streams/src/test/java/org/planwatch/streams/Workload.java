package org.planwatch.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.RevisionStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * A synthetic load whose alerts are known by arithmetic, not by running the job: one level
 * target per region and indicator (a share from 10 in 2020 to 20 in 2025), and for each, a run of
 * revisions of its 2022 figure, vintage 0, 1, 2…, cycling through 14.0 (on the path: ON_TRACK),
 * 14.1 (ON_TRACK, new numbers) and 12.4 (60% of the way: LAGGING). Every reading changes the
 * evaluation; a reading changes the status when it enters or leaves 12.4, and the first one is
 * a status too.
 */
public final class Workload {
    public static final List<String> REGIONS =
            List.of("440703", "440704", "440705", "440781", "440783", "440784", "440785", "442000-torch");
    public static final List<String> INDICATORS = List.of(
            "urbanization_rate",
            "services_value_added_share",
            "digital_economy_core_share",
            "high_tech_manufacturing_share",
            "rd_intensity",
            "tech_self_sufficiency",
            "pension_insurance_coverage",
            "health_literacy",
            "regular_exercise_share",
            "physical_fitness_pass_share",
            "maternal_child_management_rate",
            "child_immunization_rate");
    private static final double[] CYCLE = {14.0, 14.1, 12.4};
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T00:00:00Z");

    public final int readings;

    public Workload(int readings) {
        this.readings = readings;
    }

    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String region : REGIONS) {
            for (String indicator : INDICATORS) {
                keys.add(Topics.readingKey(region, indicator));
            }
        }
        return keys;
    }

    public static Target target(String region, String indicator) {
        return Target.builder("load-14", region, indicator)
                .names("负载指标", null)
                .unit("%")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(2020, 10.0)
                .target(2025, 20.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.ANTICIPATORY)
                .source("load:1")
                .build();
    }

    /** How many readings key number {@code k} gets: the total spread as evenly as it goes. */
    public int readingsOf(int k) {
        int keys = keys().size();
        return readings / keys + (k < readings % keys ? 1 : 0);
    }

    public static IndicatorReading reading(String region, String indicator, int vintage) {
        return IndicatorReading.newBuilder()
                .setReadingId(region + "|" + indicator + "|v" + vintage)
                .setRegion(region)
                .setIndicator(indicator)
                .setYear(2022)
                .setValue(CYCLE[vintage % CYCLE.length])
                .setUnit("%")
                .setSource("synthetic:load-test")
                .setPublishedAt(PUBLISHED)
                .setRevision(RevisionStatus.REVISED)
                .setVintage(vintage)
                .build();
    }

    /** Whether reading {@code vintage} of a key makes an alert: the first, and each into or out of 12.4. */
    public static boolean alerts(int vintage) {
        return vintage == 0 || vintage % 3 == 2 || vintage % 3 == 0;
    }

    /** {@code plan|region|indicator} → the reading ids of its alerts, in order. */
    public Map<String, List<String>> expectedAlerts() {
        Map<String, List<String>> expected = new TreeMap<>();
        List<String> keys = keys();
        for (int k = 0; k < keys.size(); k++) {
            String[] ri = keys.get(k).split("\\|");
            List<String> ids = new ArrayList<>();
            for (int v = 0; v < readingsOf(k); v++) {
                if (alerts(v)) {
                    ids.add(ri[0] + "|" + ri[1] + "|v" + v);
                }
            }
            expected.put("load-14|" + keys.get(k), ids);
        }
        return expected;
    }

    public static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    public void publishTargets(KafkaProducer<String, byte[]> producer, TopicSet topics) {
        var serializer = topics.targets().valueSerde().serializer();
        for (String region : REGIONS) {
            for (String indicator : INDICATORS) {
                Target t = target(region, indicator);
                producer.send(new ProducerRecord<>(
                        topics.targets().name(),
                        Topics.targetKey(t),
                        serializer.serialize("", TargetCodec.toEvent(t))));
            }
        }
        producer.flush();
    }

    /** Every reading, each key's in vintage order; round-robin over keys so that all move at once. */
    public void publishReadings(KafkaProducer<String, byte[]> producer, TopicSet topics) {
        publishReadings(producer, topics, 0, readingsOf(0));
    }

    /** The readings of vintages {@code from} (inclusive) to {@code to} (exclusive), as above. */
    public void publishReadings(KafkaProducer<String, byte[]> producer, TopicSet topics, int from, int to) {
        var serializer = topics.readings().valueSerde().serializer();
        List<String> keys = keys();
        for (int v = from; v < Math.min(to, readingsOf(0)); v++) {
            for (int k = 0; k < keys.size(); k++) {
                if (v < readingsOf(k)) {
                    String[] ri = keys.get(k).split("\\|");
                    producer.send(new ProducerRecord<>(
                            topics.readings().name(), keys.get(k), serializer.serialize("", reading(ri[0], ri[1], v))));
                }
            }
        }
        producer.flush();
    }

    public static int targets() {
        return keys().size();
    }
}
