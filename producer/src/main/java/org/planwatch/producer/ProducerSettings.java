package org.planwatch.producer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.planwatch.runtime.KafkaSettings;
import org.planwatch.runtime.SettingChecks;
import org.planwatch.runtime.SettingsSource;

/**
 * How the producer runs in an image ({@link ProducerApp}): its Kafka settings, where the ingest
 * endpoint listens, the drop folder it watches, the feed mapping and the catalogue readings are
 * checked against (the bundled one where none is named). The keys are the command line's option
 * names; README, Configuration lists each. The ingest token is a secret: read from
 * {@code PLANWATCH_INGEST_TOKEN} alone, never from a settings file.
 */
public record ProducerSettings(
        KafkaSettings kafka,
        String ingestHost,
        int ingestPort,
        Optional<Path> watch,
        Duration watchInterval,
        Optional<Path> mapping,
        Optional<Path> catalogue) {
    public static final String DEFAULT_INGEST_HOST = "127.0.0.1";
    public static final int DEFAULT_INGEST_PORT = 9402;
    public static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofSeconds(2);

    public ProducerSettings {
        SettingChecks.port("ingest-port", ingestPort);
    }

    /** The settings {@code source} gives, defaults for the rest; a key in its file that none reads stops it. */
    public static ProducerSettings from(SettingsSource source) {
        ProducerSettings settings = new ProducerSettings(
                KafkaSettings.from(source),
                source.text("ingest-host", DEFAULT_INGEST_HOST),
                source.integer("ingest-port", DEFAULT_INGEST_PORT, 0, 65535),
                source.value("watch").map(Path::of),
                source.duration("watch-interval", DEFAULT_WATCH_INTERVAL),
                source.value("mapping").map(Path::of),
                source.value("catalogue").map(Path::of));
        source.rejectUnread();
        return settings;
    }
}
