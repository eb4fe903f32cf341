package org.planwatch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.planwatch.consumer.Notifications;
import org.planwatch.runtime.SettingsException;
import picocli.CommandLine.Option;

/** How the consumer tells department leads: a routing file, or an outbox folder when there is none. */
public final class NotifyOptions {
    @Option(
            names = "--routes",
            paramLabel = "TSV",
            description =
                    "Routing of status changes to department leads (department, plan, region, when, channel, to).")
    public Path routes;

    @Option(
            names = "--outbox",
            paramLabel = "DIR",
            description = "Without --routes, write each message to this folder instead of sending it.")
    public Path outbox;

    @Option(
            names = "--digest",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description =
                    "Changes read together (a backlog) go to each department as one message, a change read alone as its"
                            + " own; --no-digest sends one message per change always. Default: ${DEFAULT-VALUE}.")
    boolean digest = true;

    /** Where department leads' messages go, in words for the start-up line. */
    public String destination() {
        return Notifications.destination(Optional.ofNullable(routes), Optional.ofNullable(outbox));
    }

    /** Whether anyone is told at all. */
    public boolean tellsAnyone() {
        return routes != null || outbox != null;
    }

    /** The notifications, or null when neither routes nor an outbox is given. */
    public Optional<Notifications> notifications() throws IOException {
        try {
            return Notifications.of(Optional.ofNullable(routes), Optional.ofNullable(outbox), digest, System::getenv);
        } catch (SettingsException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
