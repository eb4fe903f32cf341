package org.planwatch.streams;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.TopicSet;

/**
 * The progress topology in a test driver, on the default topics with the bundled dictionaries and
 * the default method, and its topics typed: what the tests of its stores and routing share.
 */
final class ProgressDriver {
    static final TopicSet TOPICS = TopicSet.defaults();

    private ProgressDriver() {}

    /** The topology of a job named {@code applicationId} on {@code partitions} partitions. */
    static TopologyTestDriver start(String applicationId, Path stateDir, Clock clock, int partitions) {
        Properties props = StreamsProperties.properties("unused:9092", applicationId, stateDir, TOPICS, Map.of());
        props.put(CountingDeserializationHandler.REGISTRY, new SimpleMeterRegistry());
        return new TopologyTestDriver(
                ProgressTopology.build(
                        TOPICS,
                        ProgressEvaluator.withDefaults(),
                        clock,
                        IndicatorDictionary.bundled(),
                        RegionDictionary.bundled(),
                        new SimpleMeterRegistry(),
                        partitions),
                props);
    }

    static TestInputTopic<String, IndicatorReading> readings(TopologyTestDriver driver) {
        return driver.createInputTopic(
                TOPICS.readings().name(),
                new StringSerializer(),
                TOPICS.readings().valueSerde().serializer());
    }

    static TestInputTopic<String, PlanTarget> targets(TopologyTestDriver driver) {
        return driver.createInputTopic(
                TOPICS.targets().name(),
                new StringSerializer(),
                TOPICS.targets().valueSerde().serializer());
    }

    static TestOutputTopic<String, ProgressEvaluation> statuses(TopologyTestDriver driver) {
        return driver.createOutputTopic(
                TOPICS.statuses().name(),
                new StringDeserializer(),
                TOPICS.statuses().valueSerde().deserializer());
    }

    /** The changelog of {@code store} in a job named {@code applicationId}, as the bytes written. */
    static TestOutputTopic<String, byte[]> changelog(TopologyTestDriver driver, String applicationId, String store) {
        return driver.createOutputTopic(
                applicationId + "-" + store + "-changelog", new StringDeserializer(), new ByteArrayDeserializer());
    }
}
