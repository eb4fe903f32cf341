package org.planwatch.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.planwatch.runtime.ClusterProbe;
import org.planwatch.runtime.MetricsServer;

/**
 * Wires the streams job's {@code /readyz} and {@code /healthz}: a {@link ClusterProbe} for the
 * connection, and the job's state observed every half second so a rebalance is timed from when it
 * began, not from the first probe that saw it.
 */
public final class StreamsProbes implements AutoCloseable {
    /** A rebalance longer than this is not routine: the README's Guarantees say why. */
    public static final Duration MAX_REBALANCE = Duration.ofSeconds(30);

    private final ClusterProbe cluster;
    private final ScheduledExecutorService observer;

    private StreamsProbes(ClusterProbe cluster, ScheduledExecutorService observer) {
        this.cluster = cluster;
        this.observer = observer;
    }

    /** @param adminProperties the bootstrap address and the user's client (security) properties */
    public static StreamsProbes attach(
            MetricsServer server, ProgressJob job, Properties adminProperties, Duration maxRebalance) {
        ClusterProbe cluster = ClusterProbe.start(adminProperties, ClusterProbe.INTERVAL, ClusterProbe.TIMEOUT);
        StreamsHealth health = new StreamsHealth(job::state, cluster::problem, maxRebalance, System::nanoTime);
        ScheduledExecutorService observer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streams-state-observer");
            t.setDaemon(true);
            return t;
        });
        observer.scheduleAtFixedRate(health::observe, 0, 500, TimeUnit.MILLISECONDS);
        server.readiness(health::notReady);
        server.liveness(health::unhealthy);
        return new StreamsProbes(cluster, observer);
    }

    @Override
    public void close() {
        observer.shutdownNow();
        cluster.close();
    }
}
