package org.planwatch.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.Stores;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.schema.AvroSerde;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.KnownSchemas;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.RegionEvent;
import org.planwatch.schema.TopicSet;

/**
 * The progress job. In: readings keyed {@code region|indicator}, targets keyed {@code
 * plan|region|indicator} (compacted; a null value deletes). One task holds a region's histories and
 * targets, linked indicators included, and sees both sides' changes in one order. PlanWatch's
 * producers put both on their region's partition ({@code RegionPartitioner}), so that a record
 * is read by the task that keeps its region and is processed there, in one sub-topology and one
 * transaction; only a record that is not (published keyed otherwise) is re-keyed by region through
 * a repartition topic ({@link RegionRouting}). A processor keeps the state and re-evaluates on
 * either side's change (see {@link ProgressProcessor}). A target measured against another region's
 * average gets that region's figures by subscription, through the same repartition topic. Out, keyed {@code
 * plan|region|indicator}: the current evaluation on the compacted status topic each time it
 * changes, and an alert each time a status changes; readings refused go to the dead-letter topic
 * as the bytes they were published as, with their reason ({@link DeadLetterHeaders}).
 *
 * <p>Every step is named so internal topic and store names survive refactoring.
 */
public final class ProgressTopology {
    /** {@code region|indicator|plan|indicator} → target (and its linked and average entries), queryable for readiness. */
    public static final String TARGETS_STORE = "targets-store";
    /**
     * The re-keying by region of the records not already in their region's task, and the messages
     * between regions' tasks about averages; Kafka Streams names its topic {@code <application
     * id>-by-region-repartition}.
     */
    public static final String BY_REGION = "by-region";

    private static final String HOME = "home";
    private static final String ELSEWHERE = "elsewhere";
    /** {@code region|indicator|year} → the latest vintage of that year's figure. */
    public static final String YEARLY_HISTORY_STORE = "readings-by-year-store";
    /**
     * {@code region|indicator} → the latest vintage of each year's figure: the layout of jobs
     * before {@link #YEARLY_HISTORY_STORE}, read only to move its histories there ({@link
     * DecodedHistories}); empty once every history has been read once.
     */
    public static final String HISTORY_STORE = "readings-history-store";
    /** {@code plan|region|indicator} → the last evaluation forwarded. */
    public static final String LAST_EVALUATION_STORE = "last-evaluation-store";

    /** {@code average|indicator|region|plan} → region: who wants an average region's figures ({@link AverageSubscriptions}). */
    public static final String SUBSCRIPTIONS_STORE = "average-subscriptions-store";
    /** Writes a message outcome as its event, on the partition of the region it is keyed by. */
    private static Produced<String, Outcome> asMessages(Serde<RegionEvent> eventSerde, RegionRouting routing) {
        Serializer<RegionEvent> events = eventSerde.serializer();
        Serializer<Outcome> messages = (topic, outcome) -> events.serialize(topic, outcome.message());
        Deserializer<Outcome> unread = (topic, bytes) -> {
            throw new UnsupportedOperationException("messages are read as events, not as outcomes");
        };
        StreamPartitioner<String, Outcome> byRegion =
                (topic, region, outcome, count) -> routing.partitions(topic, region, outcome.message(), count);
        return Produced.with(Serdes.String(), Serdes.serdeFrom(messages, unread))
                .withStreamPartitioner(byRegion)
                .withName("messages-sink");
    }

    /** The by-region topic of the job with {@code applicationId}, as Kafka Streams names it. */
    static String byRegionTopic(String applicationId) {
        return applicationId + "-" + BY_REGION + "-repartition";
    }

    private ProgressTopology() {}

    public static Topology build(TopicSet topics, Evaluator evaluator, Clock clock, MeterRegistry registry) {
        return build(topics, evaluator, clock, IndicatorDictionary.bundled(), RegionDictionary.bundled(), registry);
    }

    public static Topology build(
            TopicSet topics,
            Evaluator evaluator,
            Clock clock,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            MeterRegistry registry) {
        return build(
                topics,
                evaluator,
                clock,
                indicators,
                regions,
                registry,
                topics.readings().partitions());
    }

    /**
     * With the partition count the job routes regions by ({@link RegionRouting}): the input
     * topics' count, for every record published by region to take no extra hop.
     */
    static Topology build(
            TopicSet topics,
            Evaluator evaluator,
            Clock clock,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            MeterRegistry registry,
            int partitions) {
        RegionRouting routing = new RegionRouting(partitions);
        RefusalCounter refusals = new RefusalCounter(registry);
        RefusedReadingsLog refusedLog = new RefusedReadingsLog(clock);
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        Serde<IndicatorReading> readingSerde = topics.readings().valueSerde();
        Serde<RegionEvent> eventSerde = AvroSerde.of(RegionEvent.getClassSchema(), KnownSchemas.store());

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TARGETS_STORE),
                keys,
                topics.targets().valueSerde()));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(YEARLY_HISTORY_STORE), keys, readingSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(HISTORY_STORE),
                keys,
                AvroSerde.of(ReadingHistory.getClassSchema(), KnownSchemas.store())));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SUBSCRIPTIONS_STORE), keys, Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LAST_EVALUATION_STORE),
                keys,
                LastJudgementSerde.of(topics.alerts().valueSerde())));

        KStream<String, RegionEvent> readings = builder.stream(
                        topics.readings().name(),
                        Consumed.with(keys, Published.serde(readingSerde)).withName("readings-source"))
                .filter((key, reading) -> reading != null, Named.as("drop-tombstones"))
                .process(KeyByRegion::readings, Named.as("reading-by-region"));
        KStream<String, RegionEvent> targets = builder.stream(
                        topics.targets().name(),
                        Consumed.with(keys, topics.targets().valueSerde()).withName("targets-source"))
                .process(KeyByRegion::targets, Named.as("target-by-region"));

        Map<String, KStream<String, RegionEvent>> routes = readings.merge(targets, Named.as("readings-and-targets"))
                .split(Named.as("route-"))
                .branch((region, event) -> routing.isHome(region, event.getOriginPartition()), Branched.as(HOME))
                .defaultBranch(Branched.as(ELSEWHERE));
        KStream<String, RegionEvent> moved = routes.get("route-" + ELSEWHERE)
                .repartition(Repartitioned.<String, RegionEvent>as(BY_REGION)
                        .withKeySerde(keys)
                        .withValueSerde(eventSerde)
                        .withNumberOfPartitions(routing.partitions())
                        .withStreamPartitioner(routing));
        KStream<String, Outcome> evaluated = routes.get("route-" + HOME)
                .merge(moved, Named.as("home-and-moved"))
                .process(
                        () -> new ProgressProcessor(
                                evaluator,
                                clock,
                                indicators,
                                regions,
                                refusals,
                                refusedLog,
                                readingSerde.serializer(),
                                routing),
                        Named.as("evaluate"),
                        TARGETS_STORE,
                        YEARLY_HISTORY_STORE,
                        HISTORY_STORE,
                        LAST_EVALUATION_STORE,
                        SUBSCRIPTIONS_STORE);
        // A message about an average (a subscription, its answer, a copy) goes to the task of the
        // region it is keyed by through the by-region topic, whose records this same step reads:
        // the topic is written by name (the one Kafka Streams gives it), since a step's output
        // cannot be wired back to its input, and a topic of its own would be one more input
        // partition per task, which Kafka Streams checks with formatted log lines before every
        // record (bench profile).
        evaluated
                .filter((region, outcome) -> outcome.kind() == Outcome.Kind.MESSAGE, Named.as("messages"))
                .to((region, outcome, context) -> outcome.destination(), asMessages(eventSerde, routing));
        KStream<String, Outcome> outcomes =
                evaluated.filter((key, outcome) -> outcome.kind() != Outcome.Kind.MESSAGE, Named.as("results"));

        Produced<String, ProgressEvaluation> toAlerts =
                Produced.with(keys, topics.alerts().valueSerde()).withName("alerts-sink");
        Produced<String, ProgressEvaluation> toStatuses =
                Produced.with(keys, topics.statuses().valueSerde()).withName("status-sink");
        outcomes.split(Named.as("outcome-"))
                .branch(
                        (key, outcome) -> outcome.kind() == Outcome.Kind.STATUS,
                        Branched.withConsumer(
                                statuses -> statuses.mapValues(Outcome::value, Named.as("status-value"))
                                        .to(topics.statuses().name(), toStatuses),
                                "status"))
                .branch(
                        (key, outcome) -> outcome.kind() == Outcome.Kind.ALERT,
                        Branched.withConsumer(
                                alerts -> alerts.mapValues(Outcome::value, Named.as("alert-value"))
                                        .to(topics.alerts().name(), toAlerts),
                                "alert"))
                .defaultBranch(Branched.withConsumer(
                        refused -> refused.mapValues(Outcome::refused, Named.as("refused-value"))
                                .to(
                                        topics.readingsDlq().name(),
                                        Produced.with(keys, topics.readingsDlq().valueSerde())
                                                .withName("dead-letter-sink")),
                        "refused"));

        return builder.build();
    }
}
