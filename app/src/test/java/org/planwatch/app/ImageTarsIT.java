package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.broker.EmbeddedKafkaBroker;

/**
 * The images Jib built ({@code -Pimages}) are what the deploy files expect: named as the build
 * says, run as the unprivileged user, start their deployable with container JVM flags and its
 * port, and hold what it needs and nothing more: a {@code java} on the image's PATH, the
 * deployable's classes and libraries, a writable state folder. Each image runs its deployable's
 * App alone (ProducerApp, StreamsApp, ConsumerApp), with neither the command line nor the
 * importer, the reports or the other deployables.
 * Read from the image tars themselves, the way a container runtime loads them.
 */
@EnabledIfSystemProperty(
        named = "planwatch.images.dir",
        matches = ".+",
        disabledReason = "image tars are built by -Pimages")
class ImageTarsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jars that only the tools module (demo, broker, cluster, bench) needs. */
    private static final java.util.regex.Pattern DEVELOPER_ONLY = java.util.regex.Pattern.compile(
            "/(kafka_2\\.13|kafka-server|kafka-raft|kafka-metadata|scala-[a-z]+|jmh-[a-z]+|xchart|bc[a-z]+-jdk18on"
                    + "|planwatch-broker|planwatch-bench|planwatch-tools)-[^/]*\\.jar$");
    /**
     * What the command line and the offline commands bring, and what another deployable alone
     * needs: an image holds none of it.
     */
    private static final Map<String, java.util.regex.Pattern> NOT_IN = Map.of(
            "producer", notIn("planwatch-streams|planwatch-consumer|kafka-streams|rocksdbjni"),
            "streams", notIn("planwatch-producer|planwatch-consumer|poi|poi-ooxml"),
            "consumer", notIn("planwatch-producer|planwatch-streams|kafka-streams|rocksdbjni|poi|poi-ooxml"));

    private static java.util.regex.Pattern notIn(String others) {
        return java.util.regex.Pattern.compile("/(planwatch-app|planwatch-planimport|planwatch-report|picocli|pdfbox"
                + "|fontbox|jsoup|commonmark|icu4j|" + others + ")-[0-9][^/]*\\.jar$");
    }

    @ParameterizedTest
    @CsvSource({
        "producer, org.planwatch.producer.ProducerApp, 9402, jackson-dataformat-csv",
        "streams, org.planwatch.streams.StreamsApp, 9401, kafka-streams",
        "consumer, org.planwatch.consumer.ConsumerApp, 9400, micrometer-registry-prometheus"
    })
    void theImageStartsItsDeployableAsAnUnprivilegedUser(String deployable, String mainClass, int port, String library)
            throws IOException {
        Image image = Image.read(Path.of(System.getProperty("planwatch.images.dir"), deployable + ".tar"));

        assertThat(image.tags()).containsExactly(System.getProperty("planwatch.image." + deployable));
        JsonNode config = image.config().path("config");
        assertThat(config.path("User").asText()).isEqualTo("65532:65532");
        List<String> entrypoint = strings(config.path("Entrypoint"));
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint)
                .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError")
                .endsWith(mainClass);
        assertThat(strings(config.path("Cmd")))
                .as("its settings come from the environment")
                .isEmpty();
        assertThat(config.path("ExposedPorts").has(port + "/tcp")).isTrue();
        assertThat(strings(config.path("Env"))).contains("PLANWATCH_METRICS_HOST=0.0.0.0");
        assertThat(strings(config.path("Env")).stream().anyMatch(e -> e.startsWith("PLANWATCH_STATE_DIR=")))
                .as("%s: the state folder setting is the streams job's alone", deployable)
                .isEqualTo(deployable.equals("streams"));
        assertThat(strings(config.path("Env")).stream().anyMatch(e -> e.startsWith("PLANWATCH_INGEST_HOST=")))
                .as("%s: the ingest endpoint's address is the producer's alone", deployable)
                .isEqualTo(deployable.equals("producer"));

        String java = image.resolveOnPath("java", env(config, "PATH"))
                .orElseThrow(
                        () -> new AssertionError(deployable + ": no java on the image's PATH " + env(config, "PATH")));
        assertThat(image.files().get(java).isFile()).as(java).isTrue();
        assertThat(image.files().get(java).getMode() & 0111)
                .as("%s is executable", java)
                .isNotZero();
        assertThat(image.files()).containsKey("/app/classes/" + mainClass.replace('.', '/') + ".class");
        List<String> libs = image.files().keySet().stream()
                .filter(p -> p.startsWith("/app/libs/"))
                .sorted()
                .toList();
        assertThat(libs)
                .as(
                        "%s: the developer tools' libraries (Kafka server, Scala, JMH, XChart, BouncyCastle) stay out",
                        deployable)
                .anyMatch(p -> p.matches("/app/libs/" + library + "-[0-9.]+\\.jar"))
                .noneMatch(p -> DEVELOPER_ONLY.matcher(p).find());
        assertThat(libs)
                .as("%s: the command line, the importer, the reports and the other deployables stay out", deployable)
                .noneMatch(p -> NOT_IN.get(deployable).matcher(p).find());
        TarArchiveEntry state = image.files().get("/var/lib/planwatch/streams");
        assertThat(state).as("state folder").isNotNull();
        assertThat(state.getMode() & 0777)
                .as("state folder writable by the image's user")
                .isEqualTo(0777);
        // what the image weighs, for the record (the closing note compares the three)
        System.out.printf(
                "image %s: %d MB, %d libraries%n",
                deployable,
                Files.size(Path.of(System.getProperty("planwatch.images.dir"), deployable + ".tar")) >> 20,
                libs.size());
    }

    /**
     * The streams image run as a container runtime would run it, without one: its layers unpacked
     * into a folder, its own entrypoint, command, environment and user, in a chroot with a private
     * /proc (the JVM finds its libraries through it). Sharing this machine's loopback, it joins an
     * in-JVM broker, keeps its state in the image's state folder and reports ready on /readyz.
     * Needs root for chroot and mount namespaces, as CI has.
     */
    @Test
    void theStreamsImageRunsTheJobAsItsUser(@TempDir Path dir) throws Exception {
        assumeTrue(isRoot(), "chroot and unshare need root");
        Path tar = Path.of(System.getProperty("planwatch.images.dir"), "streams.tar");
        Image image = Image.read(tar);
        Path root = image.unpack(tar, dir.resolve("root"));
        JsonNode config = image.config().path("config");
        int port = EmbeddedKafkaBroker.freePort();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            List<String> inside = new ArrayList<>(List.of("/usr/bin/env", "-i"));
            inside.addAll(strings(config.path("Env")));
            // its settings as a deployment gives them: in the environment
            inside.add("PLANWATCH_BOOTSTRAP=" + broker.bootstrapServers());
            inside.add("PLANWATCH_METRICS_PORT=" + port);
            inside.addAll(strings(config.path("Entrypoint")));
            inside.addAll(strings(config.path("Cmd")));
            // $0 is the root, $1 the image's user; a private /proc, then the entrypoint in the chroot.
            String script =
                    "mount -t proc proc \"$0/proc\" && user=\"$1\" && shift && exec chroot --userspec=\"$user\" \"$0\" \"$@\"";
            List<String> command = new ArrayList<>(List.of(
                    "unshare",
                    "--mount",
                    "--pid",
                    "--fork",
                    "--kill-child",
                    "sh",
                    "-c",
                    script,
                    root.toString(),
                    config.path("User").asText()));
            command.addAll(inside);
            Path log = dir.resolve("container.log");
            Process container = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI readyz = URI.create("http://127.0.0.1:" + port + "/readyz");
                ThrowingRunnable alive = () -> assertThat(container.isAlive())
                        .as("the streams image exited; its output:%n%s", Files.readString(log))
                        .isTrue();
                await().atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(200))
                        .failFast(alive)
                        .untilAsserted(() -> assertThat(statusOf(http, readyz))
                                .as("/readyz of the streams image; its output:%n%s", Files.readString(log))
                                .isEqualTo(200));
                assertThat(Files.readString(log)).doesNotContain("ERROR", "Exception");
                // RUNNING comes when the tasks are assigned; their state folders are made as each
                // task initialises, a moment later: wait for them rather than race them.
                Path appState = root.resolve("var/lib/planwatch/streams/state/planwatch-streams");
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(200))
                        .failFast(alive)
                        .untilAsserted(() -> assertThat(appState)
                                .as(
                                        "state kept in the image's state folder; the job's output:%n%s",
                                        Files.readString(log))
                                .isDirectory());
            } finally {
                // unshare ignores SIGTERM while it waits; SIGKILL it, and --kill-child takes the
                // container's first process, and with it the whole pid namespace, down too.
                container.destroyForcibly();
                container.waitFor();
            }
        }
    }

    private static boolean isRoot() {
        try {
            return "0"
                    .equals(new String(new ProcessBuilder("id", "-u")
                                    .start()
                                    .getInputStream()
                                    .readAllBytes())
                            .trim());
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(JsonNode config, String name) {
        return strings(config.path("Env")).stream()
                .filter(e -> e.startsWith(name + "="))
                .map(e -> e.substring(name.length() + 1))
                .findFirst()
                .orElse("");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** An image tar in {@code docker save} form: tags, config, and the union of its layers' files. */
    private record Image(List<String> tags, JsonNode config, Map<String, TarArchiveEntry> files) {
        static Image read(Path tar) throws IOException {
            Map<String, byte[]> members = new HashMap<>();
            try (TarArchiveInputStream in =
                    new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.isFile()) {
                        members.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            JsonNode manifest = JSON.readTree(members.get("manifest.json")).get(0);
            Map<String, TarArchiveEntry> files = new HashMap<>();
            for (JsonNode layer : manifest.path("Layers")) {
                readLayer(members.get(layer.asText()), files);
            }
            return new Image(
                    strings(manifest.path("RepoTags")),
                    JSON.readTree(members.get(manifest.path("Config").asText())),
                    files);
        }

        /** Adds a layer's entries over those below it (whiteouts are not expected in these images). */
        private static void readLayer(byte[] bytes, Map<String, TarArchiveEntry> files) throws IOException {
            InputStream raw = new ByteArrayInputStream(bytes);
            boolean gzip = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
            try (TarArchiveInputStream in = new TarArchiveInputStream(gzip ? new GZIPInputStream(raw) : raw)) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    files.put(normalise(e.getName()), e);
                }
            }
        }

        /** Where {@code command} resolves through PATH, symbolic links followed, as a shell's exec would. */
        Optional<String> resolveOnPath(String command, String path) {
            for (String dir : path.split(":")) {
                Optional<String> found = follow(dir + "/" + command, 0);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private Optional<String> follow(String path, int depth) {
            TarArchiveEntry e = files.get(path);
            if (e == null || depth > 16) {
                return Optional.empty();
            }
            if (e.isSymbolicLink()) {
                String link = e.getLinkName();
                String target = link.startsWith("/")
                        ? link
                        : Path.of(path).getParent().resolve(link).normalize().toString();
                return follow(target, depth + 1);
            }
            return e.isFile() ? Optional.of(path) : Optional.empty();
        }

        /** The layers unpacked in order into {@code root} by GNU tar, which keeps links and modes as they are. */
        Path unpack(Path tar, Path root) throws IOException, InterruptedException {
            Path parts = Files.createDirectories(root.resolveSibling("parts"));
            Files.createDirectories(root);
            run(List.of("tar", "-xf", tar.toString(), "-C", parts.toString()));
            JsonNode manifest =
                    JSON.readTree(parts.resolve("manifest.json").toFile()).get(0);
            for (JsonNode layer : manifest.path("Layers")) {
                run(List.of(
                        "tar",
                        "--warning=no-unknown-keyword",
                        "-xzf",
                        parts.resolve(layer.asText()).toString(),
                        "-C",
                        root.toString()));
            }
            return root;
        }

        private static void run(List<String> command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        }

        private static String normalise(String name) {
            String n = name.startsWith("./") ? name.substring(1) : name.startsWith("/") ? name : "/" + name;
            return n.length() > 1 && n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
        }
    }

    /** The status /readyz answers, 0 while nothing listens yet (the JVM is starting). */
    private static int statusOf(HttpClient http, URI readyz) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(readyz).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notServingYet) {
            return 0;
        }
    }
}
