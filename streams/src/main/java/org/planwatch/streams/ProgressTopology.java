package org.planwatch.streams;

import java.time.Clock;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.Evaluator;
import org.planwatch.schema.AvroSerde;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TargetSet;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * The progress job. In: readings keyed {@code region|indicator}, targets keyed
 * {@code plan|region|indicator} (compacted). The targets are regrouped by region and indicator so
 * that one reading meets every plan that sets a target for it; each reading is evaluated against
 * each plan whose period covers its year. Out: one {@code ProgressAlert} per evaluation, keyed
 * {@code plan|region|indicator}; readings no target covers go to the dead-letter topic.
 *
 * <p>Every stateful step is named so internal topic names survive refactoring.
 */
public final class ProgressTopology {
    /** Targets regrouped by {@code region|indicator}, queryable for readiness checks. */
    public static final String TARGETS_BY_INDICATOR_STORE = "targets-by-indicator-store";

    static final String TARGETS_STORE = "targets-store";

    private ProgressTopology() {}

    public static Topology build(TopicSet topics, Evaluator evaluator, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        Serde<PlanTarget> targetSerde = topics.targets().valueSerde();
        Serde<IndicatorReading> readingSerde = topics.readings().valueSerde();
        Serde<TargetSet> targetSetSerde = AvroSerde.of(TargetSet.getClassSchema());

        KTable<String, PlanTarget> targets = builder.table(
                topics.targets().name(),
                Consumed.with(keys, targetSerde).withName("targets-source"),
                Materialized.<String, PlanTarget, KeyValueStore<Bytes, byte[]>>as(TARGETS_STORE)
                        .withKeySerde(keys)
                        .withValueSerde(targetSerde));

        KTable<String, TargetSet> targetsByIndicator = targets.groupBy(
                        (key, target) ->
                                KeyValue.pair(Topics.readingKey(target.getRegion(), target.getIndicator()), target),
                        Grouped.with("targets-by-indicator", keys, targetSerde))
                .aggregate(
                        TargetSets::empty,
                        (key, target, set) -> TargetSets.put(set, target),
                        (key, target, set) -> TargetSets.remove(set, target),
                        Named.as("collect-targets"),
                        Materialized.<String, TargetSet, KeyValueStore<Bytes, byte[]>>as(TARGETS_BY_INDICATOR_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(targetSetSerde));

        KStream<String, Outcome> outcomes = builder.stream(
                        topics.readings().name(),
                        Consumed.with(keys, readingSerde).withName("readings-source"))
                .filter((key, reading) -> reading != null, Named.as("drop-tombstones"))
                .leftJoin(
                        targetsByIndicator,
                        ReadingWithTargets::new,
                        Joined.with(keys, readingSerde, targetSetSerde, "join-targets"))
                .process(() -> new EvaluateProcessor(evaluator, clock), Named.as("evaluate"));

        outcomes.split(Named.as("outcome-"))
                .branch(
                        (key, outcome) -> outcome.isAlert(),
                        Branched.withConsumer(
                                alerts -> alerts.mapValues(Outcome::alert, Named.as("alert-value"))
                                        .to(
                                                topics.alerts().name(),
                                                Produced.with(
                                                                keys,
                                                                topics.alerts().valueSerde())
                                                        .withName("alerts-sink")),
                                "alert"))
                .defaultBranch(Branched.withConsumer(
                        refused -> refused.mapValues(Outcome::refused, Named.as("refused-value"))
                                .to(
                                        topics.readingsDlq().name(),
                                        Produced.with(keys, readingSerde).withName("dead-letter-sink")),
                        "refused"));

        return builder.build();
    }
}
