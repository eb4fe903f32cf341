package org.planwatch.streams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's local state belongs to the Kafka cluster whose changelogs it mirrors. State left in the
 * state directory by a job of the same id on another cluster (a demo's broker before this one, a
 * test cluster) made Kafka Streams log three {@code TaskCorruptedException} ERRORs at start before
 * it threw that state away itself (issue 25). The cluster's id is kept beside the state; a state of
 * another cluster is wiped before the job starts, in one line saying so.
 */
final class ClusterBoundState {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterBoundState.class);
    /** In the application's own state folder, where Kafka Streams keeps its tasks' state. */
    static final String MARKER = ".planwatch-cluster-id";

    private static final long LOOKUP_SECONDS = 5;

    private ClusterBoundState() {}

    /**
     * Before {@code streams} starts: wipes its state when it was kept for another cluster, and
     * records the cluster it is for. A cluster that does not answer in time leaves the state as it
     * is (the job then waits for Kafka as it always has).
     */
    static void claim(KafkaStreams streams, Properties properties) {
        StreamsConfig config = new StreamsConfig(properties);
        Path folder = Path.of(config.getString(StreamsConfig.STATE_DIR_CONFIG))
                .resolve(config.getString(StreamsConfig.APPLICATION_ID_CONFIG));
        Optional<String> cluster = clusterId(config);
        if (cluster.isEmpty()) {
            return;
        }
        Path marker = folder.resolve(MARKER);
        try {
            Optional<String> kept = Files.exists(marker)
                    ? Optional.of(
                            Files.readString(marker, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
            if (kept.isPresent() && !kept.get().equals(cluster.get())) {
                LOG.warn(
                        "state in {} was kept for Kafka cluster {}, not this one ({}): wiped, to be rebuilt from"
                                + " this cluster's changelogs",
                        folder,
                        kept.get(),
                        cluster.get());
                streams.cleanUp();
            }
            Files.createDirectories(folder);
            Files.writeString(marker, cluster.get() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot record the Kafka cluster beside the state in {}: {}", folder, e.toString());
        }
    }

    private static Optional<String> clusterId(StreamsConfig config) {
        try (Admin admin = Admin.create(config.getAdminConfigs("planwatch-state-owner"))) {
            return Optional.ofNullable(admin.describeCluster().clusterId().get(LOOKUP_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
