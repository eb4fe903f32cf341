package org.planwatch.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.KafkaSettings;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.runtime.SettingChecks;
import org.planwatch.runtime.SettingsSource;

/**
 * How one consumer instance runs: its group, its {@code /metrics}, and whom it tells of status
 * changes: the consumer deployable's settings, from its command line or, in an image, from the
 * environment and a settings file ({@link #from}). The keys are the command line's option names.
 *
 * @param routes the routing of status changes to department leads; wins over {@code outbox}
 * @param outbox a folder each message is written to instead of being sent, without routes
 * @param digest the changes of one batch (a backlog) told as one message per department; a change read alone is told alone
 */
public record ConsumerSettings(
        KafkaSettings kafka,
        String groupId,
        Duration sessionTimeout,
        String metricsHost,
        int metricsPort,
        Optional<Path> routes,
        Optional<Path> outbox,
        boolean digest) {
    public ConsumerSettings {
        SettingChecks.sessionTimeout(sessionTimeout);
        SettingChecks.port("metrics-port", metricsPort);
    }

    /** The settings {@code source} gives, defaults for the rest; a key in its file that none reads stops it. */
    public static ConsumerSettings from(SettingsSource source) {
        KafkaSettings kafka = KafkaSettings.from(source);
        String group = AlertConsumer.DEFAULT_GROUP_ID;
        ConsumerSettings settings = new ConsumerSettings(
                kafka,
                kafka.ownId(source.text("group-id", group), group),
                source.duration("session-timeout", AlertConsumer.DEFAULT_SESSION_TIMEOUT),
                source.text("metrics-host", MetricsServer.DEFAULT_HOST),
                source.integer("metrics-port", MetricsServer.DEFAULT_PORT, 0, 65535),
                source.value("routes").map(Path::of),
                source.value("outbox").map(Path::of),
                source.flag("digest", true));
        source.rejectUnread();
        return settings;
    }

    /** The alert consumer's Kafka properties: its group and membership, the user's client file under them. */
    public Properties consumerProperties(KafkaClientProperties file) {
        Properties p = AlertConsumer.properties(kafka.bootstrap(), groupId, file);
        p.putAll(AlertConsumer.membership(sessionTimeout));
        return p;
    }

    /** Whether anyone is told at all. */
    public boolean tellsAnyone() {
        return routes.isPresent() || outbox.isPresent();
    }

    /** Where department leads' messages go, in words for the start-up line. */
    public String destination() {
        return Notifications.destination(routes, outbox);
    }

    /**
     * How department leads are told, read and checked now, or empty when nobody is.
     *
     * @param env where the routes' secrets and the SMTP server come from
     */
    public Optional<Notifications> notifications(UnaryOperator<String> env) throws IOException {
        return Notifications.of(routes, outbox, digest, env);
    }
}
