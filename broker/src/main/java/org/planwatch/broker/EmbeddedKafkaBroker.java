package org.planwatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Kafka node in KRaft combined mode (broker and controller in one), running inside this
 * JVM from the plain {@code kafka_2.13} artifact, as Kafka's own test kit does. Both listeners are
 * on loopback ports: free ones, or those a kept folder stored on its first run ({@link BrokerPorts}). Everything it writes lives in one folder: a temporary one, removed on
 * {@link #close()} and at JVM exit, unless the caller names a folder to keep.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final Path logDir;
    private final boolean temporary;
    private final String bootstrapServers;
    private final BrokerSecurity security;
    private final Thread cleanup;
    private boolean closed;

    private EmbeddedKafkaBroker(
            KafkaRaftServer server,
            Path logDir,
            boolean temporary,
            String bootstrapServers,
            BrokerSecurity security,
            boolean closeAtJvmExit) {
        this.server = server;
        this.security = security;
        this.logDir = logDir;
        this.temporary = temporary;
        this.bootstrapServers = bootstrapServers;
        this.cleanup = closeAtJvmExit ? new Thread(this::close, "embedded-kafka-cleanup") : null;
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /** Starts a broker whose data lives in a temporary folder, closed and removed at JVM exit at the latest. */
    public static EmbeddedKafkaBroker start() {
        return startTemporary(true);
    }

    /**
     * Starts a broker whose data lives in a temporary folder, removed at close.
     *
     * @param closeAtJvmExit as for {@link #start(Path, boolean)}
     */
    public static EmbeddedKafkaBroker startTemporary(boolean closeAtJvmExit) {
        return startTemporary(0, closeAtJvmExit);
    }

    /** As above, the clients served on {@code port} (0: a free one). */
    public static EmbeddedKafkaBroker startTemporary(int port, boolean closeAtJvmExit) {
        return start(temporaryDir(), true, closeAtJvmExit, null, BrokerPorts.fresh(port));
    }

    /** Starts a broker whose data lives in {@code logDir}, kept after close; closed at JVM exit at the latest. */
    public static EmbeddedKafkaBroker start(Path logDir) {
        return start(logDir, true);
    }

    /**
     * Starts a broker.
     *
     * @param logDir where its data lives, kept after close ({@link #startTemporary} for a folder removed at close)
     * @param closeAtJvmExit false when the caller closes it itself, after the clients that use it:
     *     a hook of its own would run at the same time as the caller's and pull the broker from
     *     under clients that are still closing
     */
    public static EmbeddedKafkaBroker start(Path logDir, boolean closeAtJvmExit) {
        return start(logDir, 0, closeAtJvmExit);
    }

    /** The clients' port a kept folder stored on an earlier run, if it has one. */
    public static java.util.OptionalInt storedPort(Path logDir) {
        return Files.exists(logDir.resolve(BrokerPorts.FILE))
                ? java.util.OptionalInt.of(BrokerPorts.of(logDir, 0).broker())
                : java.util.OptionalInt.empty();
    }

    /**
     * As above, the clients served on {@code port} (0: the port a kept folder stored, else a free
     * one). A kept folder stores the ports it used, so a restart listens where its clients look.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, boolean closeAtJvmExit) {
        java.util.Objects.requireNonNull(logDir, "logDir: startTemporary for a broker without a kept folder");
        BrokerPorts ports = BrokerPorts.of(logDir, port);
        EmbeddedKafkaBroker broker = start(logDir, false, closeAtJvmExit, null, ports);
        ports.store(logDir);
        return broker;
    }

    /**
     * Starts a secured broker in a temporary folder: clients over SASL_SSL as {@code users} (and
     * {@link BrokerSecurity#ADMIN_USER}), with the certificates and passwords of {@link #security()}.
     */
    public static EmbeddedKafkaBroker startSecured(java.util.Collection<String> users) {
        return startSecured(users, true);
    }

    /** As above; {@code closeAtJvmExit} as for {@link #start(Path, boolean)}. */
    public static EmbeddedKafkaBroker startSecured(java.util.Collection<String> users, boolean closeAtJvmExit) {
        Path dir = temporaryDir();
        return start(
                dir, true, closeAtJvmExit, BrokerSecurity.create(dir.resolve("security"), users), BrokerPorts.fresh(0));
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("planwatch-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's temporary log directory", e);
        }
    }

    /** @param temporary whether {@code logDir} is removed at close */
    private static EmbeddedKafkaBroker start(
            Path logDir, boolean temporary, boolean closeAtJvmExit, BrokerSecurity security, BrokerPorts ports) {
        long started = System.nanoTime();
        KraftNode node = new KraftNode(
                NODE_ID,
                ports.broker(),
                ports.controller(),
                security == null ? logDir : logDir.resolve("data"),
                NODE_ID + "@127.0.0.1:" + ports.controller(),
                1,
                security);
        KafkaConfig config = new KafkaConfig(node.properties(), false);
        node.format(Uuid.randomUuid().toString());
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // most often a port another process took since the last run: say which
            throw new IllegalStateException(
                    "cannot start the broker on 127.0.0.1:" + ports.broker() + " (controller " + ports.controller()
                            + "): " + e.getMessage(),
                    e);
        }
        String bootstrap = node.bootstrapAddress();
        LOG.info(
                "Embedded Kafka broker up at {} in {} ms, data in {}",
                bootstrap,
                (System.nanoTime() - started) / 1_000_000,
                logDir);
        return new EmbeddedKafkaBroker(server, logDir, temporary, bootstrap, security, closeAtJvmExit);
    }

    /**
     * A loopback port nothing listens on just now, for a broker that binds it a moment later.
     * Drawn from below the kernel's ephemeral range: a port from that range can be taken in the
     * meantime as the local end of any process's outgoing connection, and the broker then fails
     * with "Address already in use" (seen when two builds share a machine).
     */
    public static int freePort() {
        int below = EphemeralPorts.lowest();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50 && below > EphemeralPorts.FLOOR; attempt++) {
            int port = random.nextInt(EphemeralPorts.FLOOR, below);
            if (bindable(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The address clients connect to, {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The certificates and users of a broker from {@link #startSecured}; null for a plaintext one. */
    public BrokerSecurity security() {
        return security;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (cleanup != null && Thread.currentThread() != cleanup) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run; nothing to remove
            }
        }
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            deleteRecursively(logDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove the broker's temporary directory {}: {}", dir, e.toString());
        }
    }
}
