package org.planwatch.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the Prometheus registry at {@code /metrics}. Binds to loopback unless told otherwise:
 * plan figures before publication are not for every interface.
 */
public final class MetricsServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9400;

    private final HttpServer server;
    private volatile Supplier<Optional<String>> notReady = Optional::empty;
    private volatile Supplier<Optional<String>> unhealthy = Optional::empty;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    /** What {@code /readyz} asks: empty when the service is ready for work, else why not. */
    public void readiness(Supplier<Optional<String>> notReady) {
        this.notReady = notReady;
    }

    /**
     * What {@code /healthz} asks: empty while the process can still recover by itself, else why it
     * should be restarted (a loop or the job died). Not the connection: a restart does not bring a
     * broker back, it only loses the app's state.
     */
    public void liveness(Supplier<Optional<String>> unhealthy) {
        this.unhealthy = unhealthy;
    }

    /**
     * Starts serving; port 0 picks a free one (see {@link #port()}). With {@code
     * PLANWATCH_METRICS_USER} and {@code PLANWATCH_METRICS_PASSWORD} in the environment, {@code
     * /metrics} asks for them (HTTP basic authentication).
     */
    public static MetricsServer start(PrometheusMeterRegistry registry, String host, int port) throws IOException {
        return start(registry, host, port, Credentials.fromEnvironment());
    }

    /** Who may read {@code /metrics} (HTTP basic authentication). */
    public record Credentials(String user, String password) {
        /** The user only: a password is never printed. */
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }

        /** {@code PLANWATCH_METRICS_USER} and {@code _PASSWORD}, where a user is set. */
        static Optional<Credentials> fromEnvironment() {
            String user = System.getenv("PLANWATCH_METRICS_USER");
            return user == null || user.isBlank()
                    ? Optional.empty()
                    : Optional.of(new Credentials(user, System.getenv("PLANWATCH_METRICS_PASSWORD")));
        }
    }

    /** As above, with the credentials {@code /metrics} asks for, or none. */
    public static MetricsServer start(
            PrometheusMeterRegistry registry, String host, int port, Optional<Credentials> credentials)
            throws IOException {
        HttpServer server = HttpEndpoint.bind(
                "metrics", host, port, "choose another port with --metrics-port or PLANWATCH_METRICS_PORT");
        var metrics = server.createContext(
                "/metrics",
                exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        if (credentials.isPresent()) {
            String password = credentials.get().password();
            byte[] expectedUser = credentials.get().user().getBytes(StandardCharsets.UTF_8);
            byte[] expectedPassword = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
            metrics.setAuthenticator(new com.sun.net.httpserver.BasicAuthenticator("planwatch") {
                @Override
                public boolean checkCredentials(String u, String p) {
                    // both compared in full and in constant time: the answer's timing says nothing
                    boolean userOk =
                            java.security.MessageDigest.isEqual(expectedUser, u.getBytes(StandardCharsets.UTF_8));
                    boolean passwordOk =
                            java.security.MessageDigest.isEqual(expectedPassword, p.getBytes(StandardCharsets.UTF_8));
                    return userOk & passwordOk;
                }
            });
        }
        MetricsServer answer = new MetricsServer(server);
        server.createContext("/healthz", exchange -> answer(exchange, answer.unhealthy.get(), "unhealthy", "ok"));
        server.createContext("/readyz", exchange -> answer(exchange, answer.notReady.get(), "not ready", "ready"));
        server.createContext(
                "/",
                exchange -> respond(
                        exchange, 404, "text/plain; charset=utf-8", "PlanWatch serves its metrics at /metrics\n"));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return answer;
    }

    private static void answer(HttpExchange exchange, Optional<String> why, String bad, String good)
            throws IOException {
        respond(
                exchange,
                why.isEmpty() ? 200 : 503,
                "text/plain; charset=utf-8",
                why.map(w -> bad + ": " + w + "\n").orElse(good + "\n"));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + "/metrics";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
