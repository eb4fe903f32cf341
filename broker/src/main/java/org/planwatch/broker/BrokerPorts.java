package org.planwatch.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The ports a broker with a kept data folder listens on, stored in that folder ({@value #FILE}) so
 * that a restart comes back where its clients look for it: a client's bootstrap address does not
 * change under it, and it reconnects by itself once the broker is back.
 *
 * @param broker the clients' port
 * @param controller the KRaft controller's port
 */
public record BrokerPorts(int broker, int controller) {
    static final String FILE = "planwatch-ports.properties";
    private static final String BROKER = "broker.port";
    private static final String CONTROLLER = "controller.port";

    /** Fresh free ports, or {@code port} for the clients when it is above 0. */
    static BrokerPorts fresh(int port) {
        return new BrokerPorts(port > 0 ? port : EmbeddedKafkaBroker.freePort(), EmbeddedKafkaBroker.freePort());
    }

    /**
     * The ports stored in {@code dir} from an earlier run, else fresh ones; a {@code port} above 0
     * replaces the stored clients' port (the operator asked for it).
     */
    static BrokerPorts of(Path dir, int port) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return fresh(port);
        }
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
            int brokerPort = port > 0
                    ? port
                    : Integer.parseInt(stored.getProperty(BROKER, "").trim());
            int controllerPort =
                    Integer.parseInt(stored.getProperty(CONTROLLER, "").trim());
            return new BrokerPorts(brokerPort, controllerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broker's ports from " + file, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    file + ": " + BROKER + " and " + CONTROLLER + " must be port numbers (" + e.getMessage()
                            + "); remove the file to pick new ports",
                    e);
        }
    }

    /** Stores the ports in {@code dir} for the next run. */
    void store(Path dir) {
        Properties p = new Properties();
        p.setProperty(BROKER, Integer.toString(broker));
        p.setProperty(CONTROLLER, Integer.toString(controller));
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(out, "PlanWatch broker: the ports a restart listens on again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the broker's ports in " + dir, e);
        }
    }
}
