package org.planwatch.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaClientSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TopicSet;

/** A running instance of the progress job: start, readiness, and an orderly close. */
public final class ProgressJob implements AutoCloseable {

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CompletableFuture<KafkaStreams.State> failed = new CompletableFuture<>();

    private ProgressJob(KafkaStreams streams, KafkaStreamsMetrics metrics) {
        this.streams = streams;
        this.metrics = metrics;
    }

    /** The job, its metrics kept where nobody reads them (tests that look only at the topics). */
    public static ProgressJob start(Properties properties, TopicSet topics, Evaluator evaluator, Clock clock) {
        return start(properties, topics, evaluator, clock, new SimpleMeterRegistry());
    }

    /**
     * Starts the job. {@code registry} gets the refusal counters ({@code
     * planwatch_readings_refused_total} by reason) and Kafka Streams' own client metrics.
     */
    public static ProgressJob start(
            Properties properties, TopicSet topics, Evaluator evaluator, Clock clock, MeterRegistry registry) {
        return start(
                properties,
                topics,
                evaluator,
                clock,
                registry,
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                Optional.empty());
    }

    /**
     * With dictionaries of the caller's (the benchmark's synthetic counties, say) and Kafka clients of
     * the caller's (empty: Kafka's own; a test's producer that fails as a broker's death makes it fail).
     */
    public static ProgressJob start(
            Properties properties,
            TopicSet topics,
            Evaluator evaluator,
            Clock clock,
            MeterRegistry registry,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            Optional<KafkaClientSupplier> clients) {
        Properties withRegistry = new Properties();
        withRegistry.putAll(properties);
        withRegistry.put(CountingDeserializationHandler.REGISTRY, registry);
        var topology = ProgressTopology.build(topics, evaluator, clock, indicators, regions, registry);
        KafkaStreams streams = clients.map(c -> new KafkaStreams(topology, withRegistry, c))
                .orElseGet(() -> new KafkaStreams(topology, withRegistry));
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        ProgressJob job = new ProgressJob(streams, metrics);
        streams.setUncaughtExceptionHandler(new ThreadFailureHandler(
                registry,
                Clock.systemUTC(),
                ThreadFailureHandler.BUDGET,
                ThreadFailureHandler.WINDOW,
                job.failure::set));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                job.failed.complete(now);
            }
        });
        ClusterBoundState.claim(streams, withRegistry);
        streams.start();
        return job;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Completes if the job stops by itself in error (not when it is closed). */
    public CompletableFuture<KafkaStreams.State> failed() {
        return failed;
    }

    /** The error that stopped the job, if one did. */
    public Throwable failure() {
        return failure.get();
    }

    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (!streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                throw new IllegalStateException("progress job is " + streams.state(), failure.get());
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("progress job not RUNNING after " + timeout + ": " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /**
     * How many plan targets the job has loaded into its state; 0 while the store is not yet
     * queryable. Lets a caller hold readings back until the targets are in, so that a demo's first
     * alerts are judged against the whole catalogue (the job is right either way: a target that
     * arrives later is evaluated on the readings already held).
     */
    public int targetsLoaded() {
        try {
            ReadOnlyKeyValueStore<String, PlanTarget> store = streams.store(StoreQueryParameters.fromNameAndType(
                    ProgressTopology.TARGETS_STORE, QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<String, PlanTarget> all = store.all()) {
                return TargetIndex.count(all);
            }
        } catch (InvalidStateStoreException notYet) {
            return 0;
        }
    }

    /** Waits until at least {@code expected} targets are loaded. */
    public void awaitTargets(int expected, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int loaded;
        while ((loaded = targetsLoaded()) < expected) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(
                        "progress job loaded " + loaded + " of " + expected + " targets in " + timeout);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        metrics.close();
    }
}
