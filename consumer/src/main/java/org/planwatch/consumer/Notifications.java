package org.planwatch.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.WritableFolder;
import org.planwatch.schema.RefusalHeaders;
import org.planwatch.schema.Topic;

/**
 * How the consumer tells department leads: the routing, digest or one message per change, the
 * retry policy, and the SMTP server, read from the environment ({@code PLANWATCH_SMTP_HOST},
 * {@code _PORT}, {@code _FROM}, {@code _USER}, {@code _PASSWORD}, {@code _STARTTLS}) so that no
 * secret is ever in a file of the repository.
 */
public record Notifications(Routing routing, boolean digest, Notifier.Retry retry, UnaryOperator<String> env) {

    /**
     * How department leads are told: by the routes file, else into the outbox folder, read and
     * checked now (each outbox folder writable); empty when neither is given and nobody is told.
     *
     * @param env where the routes' secrets and the SMTP server come from
     * @throws SettingsException naming the routes file or folder at fault
     */
    public static Optional<Notifications> of(
            Optional<Path> routes, Optional<Path> outbox, boolean digest, UnaryOperator<String> env)
            throws IOException {
        Routing routing;
        if (routes.isPresent()) {
            try {
                routing = Routing.read(routes.get(), env);
            } catch (NoSuchFileException e) {
                throw new SettingsException("routes " + routes.get() + ": no such file");
            } catch (CatalogueFormatException e) {
                throw new SettingsException("routes " + e.getMessage());
            }
        } else if (outbox.isPresent()) {
            routing = Routing.outbox(outbox.get());
        } else {
            return Optional.empty();
        }
        // said at start: an unwritable outbox once failed once per message, after the alerts were read
        routing.outboxFolders().forEach(f -> WritableFolder.require(f, "cannot write messages to the outbox", ""));
        return Optional.of(new Notifications(routing, digest, Notifier.Retry.DEFAULT, env));
    }

    /** Where department leads' messages go, in words for the start-up line. */
    public static String destination(Optional<Path> routes, Optional<Path> outbox) {
        return routes.map(r -> "messages to department leads by the routes of " + r)
                .or(() -> outbox.map(o -> "messages to department leads written to the outbox " + o))
                .orElse("no messages to department leads: neither routes nor an outbox is given, so nobody is told");
    }

    /** The notifier these settings make; undeliverable notices go to {@code deadLetters}. */
    Notifier notifier(
            MeterRegistry registry,
            Producer<byte[], byte[]> producer,
            Topic<byte[], byte[]> deadLetters,
            TargetBook targets) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Channel> channels = new HashMap<>();
        channels.put("outbox", new OutboxChannel());
        channels.put("webhook", new WebhookChannel(WebhookChannel.Kind.WEBHOOK, http, Clock.systemUTC()));
        channels.put("dingtalk", new WebhookChannel(WebhookChannel.Kind.DINGTALK, http, Clock.systemUTC()));
        channels.put("wecom", new WebhookChannel(WebhookChannel.Kind.WECOM, http, Clock.systemUTC()));
        String smtp = env.apply("PLANWATCH_SMTP_HOST");
        if (smtp != null && !smtp.isBlank()) {
            String port = env.apply("PLANWATCH_SMTP_PORT");
            channels.put(
                    "email",
                    new EmailChannel(
                            smtp,
                            port == null || port.isBlank() ? 25 : Integer.parseInt(port),
                            "true".equalsIgnoreCase(env.apply("PLANWATCH_SMTP_STARTTLS")),
                            orDefault(env.apply("PLANWATCH_SMTP_FROM"), "planwatch@localhost"),
                            blankToNull(env.apply("PLANWATCH_SMTP_USER")),
                            env.apply("PLANWATCH_SMTP_PASSWORD")));
        }
        Notifier.Undelivered undelivered = (notice, route, error) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(RefusalHeaders.REASON, bytes("undelivered"));
            headers.add(RefusalHeaders.DETAIL, bytes(error == null ? "" : error));
            headers.add("planwatch.notice.channel", bytes(route.channel()));
            headers.add("planwatch.notice.department", bytes(notice.department()));
            producer.send(new ProducerRecord<>(
                    deadLetters.name(), null, null, bytes(notice.key()), bytes(notice.text()), headers));
            producer.flush();
        };
        return new Notifier(
                routing,
                channels,
                new NoticeWriter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), targets),
                digest,
                retry,
                RateLimit.REAL,
                undelivered,
                registry);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String orDefault(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
