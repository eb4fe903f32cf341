package org.planwatch.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.planwatch.consumer.Notifications;
import org.planwatch.consumer.Notifier;
import org.planwatch.consumer.Routing;
import org.planwatch.domain.CatalogueFormatException;
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

    @Option(names = "--digest", description = "One message per department and batch instead of one per change.")
    boolean digest;

    /** Where department leads' messages go, in words for the start-up line. */
    public String destination() {
        if (routes != null) {
            return "messages to department leads by the routes of " + routes;
        }
        if (outbox != null) {
            return "messages to department leads written to the outbox " + outbox;
        }
        return "no messages to department leads: neither --routes nor --outbox is given, so nobody is told";
    }

    /** Whether anyone is told at all. */
    public boolean tellsAnyone() {
        return routes != null || outbox != null;
    }

    /** The notifications, or null when neither routes nor an outbox is given. */
    public Notifications notifications() throws IOException {
        Routing routing;
        if (routes != null) {
            try {
                routing = Routing.read(routes, System::getenv);
            } catch (NoSuchFileException e) {
                throw new UsageProblem("routes " + routes + ": no such file");
            } catch (CatalogueFormatException e) {
                throw new UsageProblem("routes " + e.getMessage());
            }
        } else if (outbox != null) {
            routing = Routing.outbox(outbox);
        } else {
            return null;
        }
        // said at start: the trial's unwritable --outbox failed once per message, after the alerts were read
        routing.outboxFolders()
                .forEach(folder -> OptionValues.writableFolder(folder, "cannot write messages to the outbox", ""));
        return new Notifications(routing, digest, Notifier.Retry.DEFAULT, System::getenv);
    }
}
