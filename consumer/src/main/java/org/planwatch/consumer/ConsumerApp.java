package org.planwatch.consumer;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.TopicSet;

/**
 * The consumer deployable: reads the status and alerts topics on its own thread and serves the
 * metrics.
 * Wiring only; the work is in {@link AlertConsumer}, {@link AlertHandler} and
 * {@link IndicatorMetrics}.
 */
public final class ConsumerApp implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final StatusBoard board;
    private final IndicatorMetrics metrics;
    private final KafkaClientMetrics clientMetrics;
    private final AlertConsumer loop;
    private final Thread thread;
    private final MetricsServer server;

    private ConsumerApp(
            PrometheusMeterRegistry registry,
            StatusBoard board,
            IndicatorMetrics metrics,
            KafkaClientMetrics clientMetrics,
            AlertConsumer loop,
            Thread thread,
            MetricsServer server) {
        this.registry = registry;
        this.board = board;
        this.metrics = metrics;
        this.clientMetrics = clientMetrics;
        this.loop = loop;
        this.thread = thread;
        this.server = server;
    }

    /**
     * Starts the metrics server, then the poll loop; {@code listeners} see every status and alert handled.
     */
    public static ConsumerApp start(
            TopicSet topics,
            Properties consumerProperties,
            String metricsHost,
            int metricsPort,
            AlertListener... listeners)
            throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StatusBoard board = new StatusBoard();
        IndicatorMetrics metrics = new IndicatorMetrics(registry, board);
        AlertHandler handler = new AlertHandler(board, metrics);
        for (AlertListener listener : listeners) {
            handler.addListener(listener);
        }
        MetricsServer server = MetricsServer.start(registry, metricsHost, metricsPort);
        Consumer<String, ProgressAlert> consumer = AlertConsumer.consumer(topics.alerts(), consumerProperties);
        // Kafka's own client metrics, consumer lag among them.
        KafkaClientMetrics clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(registry);
        AlertConsumer loop = new AlertConsumer(consumer, topics.statuses(), topics.alerts(), handler);
        Thread thread = new Thread(loop, "alert-consumer");
        thread.start();
        return new ConsumerApp(registry, board, metrics, clientMetrics, loop, thread, server);
    }

    /** The registry /metrics serves; the demo's job counts its refusals here too. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public StatusBoard board() {
        return board;
    }

    public MetricsServer server() {
        return server;
    }

    /** Completes when the poll loop ends; exceptionally if it died rather than being closed. */
    public java.util.concurrent.CompletableFuture<Void> stopped() {
        return loop.stopped();
    }

    @Override
    public void close() throws InterruptedException {
        loop.close();
        thread.join(30_000);
        clientMetrics.close();
        metrics.close();
        server.close();
        registry.close();
    }
}
