package org.planwatch.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the app has a working Kafka connection, asked of the cluster itself: a describe-cluster
 * request every {@code interval} on a thread of its own, with a short timeout, the last answer kept
 * for the probes. A client's own state does not tell: during an outage a consumer's poll returns
 * empty as if all were quiet, and Kafka Streams stays RUNNING.
 */
public final class ClusterProbe implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(2);
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private volatile Optional<String> problem = Optional.of("no answer from Kafka yet");

    private ClusterProbe(Admin admin, Duration interval, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kafka-cluster-probe");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::ask, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts asking; {@code adminProperties} hold the bootstrap address and any security settings,
     * the timeouts are set here.
     */
    public static ClusterProbe start(Properties adminProperties, Duration interval, Duration timeout) {
        Properties p = new Properties();
        p.putAll(adminProperties);
        int millis = (int) timeout.toMillis();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        // back within a second of the broker's return, not after the default's growing backoff
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "planwatch-cluster-probe");
        return new ClusterProbe(Admin.create(p), interval, timeout);
    }

    /** Asks the cluster at {@code bootstrap}, as the app's own clients reach it ({@code client}: security settings). */
    public static ClusterProbe of(String bootstrap, KafkaClientProperties client) {
        Properties probe = new Properties();
        probe.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return start(client.merge("cluster probe", new Properties(), probe), INTERVAL, TIMEOUT);
    }

    private void ask() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)
                    .size();
            problem = nodes > 0 ? Optional.empty() : Optional.of("Kafka answered with no broker");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            problem = Optional.of("no working Kafka connection (describe cluster: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")");
        }
    }

    /** Empty while the last request was answered; else why the app cannot reach Kafka. */
    public Optional<String> problem() {
        return problem;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
