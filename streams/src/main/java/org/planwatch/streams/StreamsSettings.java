package org.planwatch.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.planwatch.evaluation.Thresholds;
import org.planwatch.evaluation.Tolerance;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.KafkaSettings;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.runtime.SettingChecks;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.SettingsSource;

/**
 * How one instance of the progress job runs: the streams deployable's settings, whether its command
 * line gives them or, in an image, the environment and a settings file do ({@link #from}). The
 * keys are the command line's option names; README, Configuration lists each.
 *
 * @param sessionTimeout how long the group waits for a silent member before giving its tasks away
 * @param maxRebalance how long a rebalance may last before {@code /readyz} fails
 */
public record StreamsSettings(
        KafkaSettings kafka,
        String applicationId,
        Path stateDir,
        int standbyReplicas,
        int threads,
        Duration commitInterval,
        Duration sessionTimeout,
        Duration maxRebalance,
        String metricsHost,
        int metricsPort,
        Thresholds thresholds) {
    public static final String DEFAULT_APPLICATION_ID = StreamsProperties.DEFAULT_APPLICATION_ID;
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_METRICS_PORT = 9401;

    public StreamsSettings {
        if (threads < 1) {
            throw new SettingsException(SettingsSource.variable("threads") + ": " + threads + " threads run nothing");
        }
        if (standbyReplicas < 0) {
            throw new SettingsException(
                    SettingsSource.variable("standby-replicas") + ": " + standbyReplicas + " is below zero");
        }
        SettingChecks.sessionTimeout(sessionTimeout);
        SettingChecks.port("metrics-port", metricsPort);
    }

    /** The settings {@code source} gives, defaults for the rest; a key in its file that none reads stops it. */
    public static StreamsSettings from(SettingsSource source) {
        KafkaSettings kafka = KafkaSettings.from(source);
        StreamsSettings settings = new StreamsSettings(
                kafka,
                kafka.ownId(source.text("application-id", DEFAULT_APPLICATION_ID), DEFAULT_APPLICATION_ID),
                source.path("state-dir", Path.of(System.getProperty("java.io.tmpdir"), "planwatch-streams")),
                source.integer("standby-replicas", 0, 0, 16),
                source.integer("threads", 1, 1, 256),
                source.duration("commit-interval", Duration.parse(StreamsProperties.DEFAULT_COMMIT_INTERVAL)),
                source.duration("session-timeout", DEFAULT_SESSION_TIMEOUT),
                source.duration("max-rebalance", StreamsProbes.MAX_REBALANCE),
                source.text("metrics-host", MetricsServer.DEFAULT_HOST),
                source.integer("metrics-port", DEFAULT_METRICS_PORT, 0, 65535),
                thresholds(source));
        source.rejectUnread();
        return settings;
    }

    /** The evaluation method's thresholds, keyed as the command line's method options. */
    static Thresholds thresholds(SettingsSource source) {
        Thresholds d = Thresholds.DEFAULT;
        double ahead = source.decimal("ahead", d.ahead());
        double onTrack = source.decimal("on-track", d.onTrack());
        double lagging = source.decimal("lagging", d.lagging());
        int trendReadings = source.integer("trend-readings", d.trendReadings(), 1, 1000);
        double stableShare = source.decimal("stable-share", d.stableShare());
        double aboutShare = source.decimal("about-share", d.tolerance().aboutShare());
        try {
            return new Thresholds(ahead, onTrack, lagging, trendReadings, stableShare, new Tolerance(aboutShare));
        } catch (SettingsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SettingsException("the method's thresholds (ahead, on-track, lagging, …): " + e.getMessage());
        }
    }

    /**
     * Kafka Streams' properties for this instance: PlanWatch's guarantees ({@link StreamsProperties}),
     * its tuning and group membership, the user's client file under them.
     */
    public Properties properties(KafkaClientProperties file) {
        Map<String, String> tuning = new HashMap<>(membership(sessionTimeout));
        tuning.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas));
        tuning.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
        tuning.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitInterval.toMillis()));
        return StreamsProperties.properties(kafka.bootstrap(), applicationId, stateDir, kafka.topics(), tuning, file);
    }

    /**
     * How long the group waits for a member that went silent, and how often members say they live:
     * a killed job's partitions wait this long for their new owner (README, Guarantees).
     */
    public static Map<String, String> membership(Duration sessionTimeout) {
        return Map.of(
                StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
                Long.toString(sessionTimeout.toMillis()),
                StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
                Long.toString(sessionTimeout.toMillis() / 3));
    }
}
