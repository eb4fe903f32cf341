package org.planwatch.producer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.planwatch.runtime.HttpEndpoint;

/**
 * {@code POST /readings} for bureaus that push: the body in any feed format, checked and published
 * as a file would be, and a JSON answer listing the rows accepted and the rows refused with their
 * reasons. Every request must carry {@code Authorization: Bearer TOKEN}; without the right token
 * nothing is read. The format comes from {@code ?format=}, else the content type ({@code text/csv},
 * {@code application/x-ndjson}, {@code application/vnd.sdmx.data+csv}, {@code
 * application/vnd.sdmx.data+json}), else the body; the feed name from {@code ?feed=}.
 */
public final class IngestServer implements AutoCloseable {
    /** Bodies larger than this are refused before they are read. */
    static final int MAX_BODY = 64 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final FeedRun run;
    private final byte[] token;
    private final PrintWriter log;
    private final AtomicLong requests = new AtomicLong();

    private IngestServer(HttpServer server, FeedRun run, String token, PrintWriter log) {
        this.server = server;
        this.run = run;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.log = log;
    }

    /**
     * @param kafka why Kafka cannot be reached, empty while it can: {@code /readyz} says so
     * @param log where each request's refused and failed rows are written, as {@code publish} writes them
     */
    public static IngestServer start(
            FeedRun run, String token, String host, int port, Supplier<Optional<String>> kafka, PrintWriter log)
            throws IOException {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException(
                    "the ingest endpoint needs a bearer token of 16 characters or more in " + "PLANWATCH_INGEST_TOKEN");
        }
        HttpServer http = HttpEndpoint.bind("the ingest endpoint", host, port, "choose another port with --port");
        IngestServer ingest = new IngestServer(http, run, token, log);
        http.createContext("/readings", ingest::handle);
        // For an orchestrator's probes, without the token: ready while Kafka answers (a feed pushed
        // now would be published), alive while the server serves
        http.createContext("/healthz", exchange -> respond(exchange, 200, Map.of("status", "ok")));
        http.createContext("/readyz", exchange -> {
            Optional<String> problem = kafka.get();
            respond(
                    exchange,
                    problem.isEmpty() ? 200 : 503,
                    problem.isEmpty()
                            ? Map.of("status", "ready")
                            : Map.of("status", "not ready", "why", problem.get()));
        });
        http.createContext("/", exchange -> respond(exchange, 404, Map.of("error", "POST feeds to /readings")));
        // One at a time: the feed run's producers are shared, and bureaus push a few files a day.
        http.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ingest-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return ingest;
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/readings";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"planwatch\"");
                respond(exchange, 401, Map.of("error", "a valid bearer token is required"));
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, Map.of("error", "POST a feed to /readings"));
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                respond(exchange, 413, Map.of("error", "the body is larger than " + MAX_BODY + " bytes"));
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI());
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            FeedFormat format;
            FeedEncoding encoding;
            try {
                format =
                        query.containsKey("format") ? FeedFormat.of(query.get("format")) : FeedFormat.ofMediaType(type);
                encoding = type != null && type.toLowerCase(Locale.ROOT).contains("charset=gb18030")
                        ? FeedEncoding.GB18030
                        : FeedEncoding.AUTO;
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            String feed = query.getOrDefault("feed", "http");
            String name = feed + "#" + requests.incrementAndGet();
            String text;
            try {
                text = encoding.decode(body).text();
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            FeedBatch batch = run.check(text, name, format);
            PublishResult published;
            try {
                // each refused or failed row named once on the server's log, as publish names them
                published = run.publish(batch, feed, log);
                log.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503, Map.of("error", "interrupted while publishing"));
                return;
            }
            // rows Kafka did not acknowledge are not published: the bureau should push them again
            respond(exchange, published.failed().isEmpty() ? 200 : 503, answer(batch, published));
        }
    }

    private static Map<String, Object> answer(FeedBatch batch, PublishResult published) {
        List<Map<String, Object>> accepted = new ArrayList<>();
        java.util.Set<String> failedRows = new java.util.HashSet<>();
        published.failed().forEach(r -> failedRows.add(r.location()));
        // by the row's location, not its place: a row not sent has no id
        for (PublishResult.Sent s : published.sent()) {
            if (!failedRows.contains(s.location())) {
                accepted.add(Map.of("location", s.location(), "readingId", s.readingId()));
            }
        }
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (Rejection r : batch.rejections()) {
            rejected.add(Map.of("location", r.location(), "code", r.code(), "reason", r.reason()));
        }
        List<Map<String, Object>> failed = new ArrayList<>();
        for (Rejection r : published.failed()) {
            failed.add(Map.of("location", r.location(), "reason", r.reason()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("published", published.published());
        out.put("rejected", rejected.size());
        out.put("failed", failed.size());
        out.put("accepted", accepted);
        out.put("rejections", rejected);
        out.put("failures", failed);
        return out;
    }

    /** Compares in constant time, so the answer's timing says nothing about the token. */
    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q == null) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(
                        java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
