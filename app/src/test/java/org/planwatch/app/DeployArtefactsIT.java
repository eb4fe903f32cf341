package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.planwatch.app.ExternalTools.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.consumer.AlertConsumer;
import org.planwatch.consumer.ConsumerApp;
import org.planwatch.consumer.Notifications;
import org.planwatch.consumer.Notifier;
import org.planwatch.consumer.Routing;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;

/**
 * The files in {@code deploy/} against the running pipeline: every metric a dashboard or an alert
 * rule names is one the consumer and the job really export (a real scrape), every panel uses the
 * provisioned datasource, the tools of Debian's prometheus and prometheus-alertmanager packages
 * accept the configuration and pass the rule tests, and a real Prometheus scraping the consumer
 * answers a PromQL query with the status the pipeline computed. Without the tools (a developer's
 * machine) those steps are skipped; in CI, which installs them, they must run.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class DeployArtefactsIT {
    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Pattern METRIC = Pattern.compile("\\b((?:planwatch|kafka)_[a-z_]+)\\b");

    @TempDir
    Path dir;

    @Test
    void shouldDescribeTheMetricsThePipelineExportsAndPassPrometheusOwnChecks(EmbeddedKafkaBroker broker)
            throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed("deploy-" + UUID.randomUUID() + "-");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        TargetCatalogue catalogue = TargetCatalogue.bundled();
        try (Producer<String, PlanTarget> producer = ProducerProperties.producer(
                topics.targets(),
                ProducerProperties.properties(broker.bootstrapServers(), "deploy-targets", Map.of()))) {
            new TargetPublisher(producer, topics.targets()).publish(catalogue.targets());
        }
        Notifications outbox =
                new Notifications(Routing.outbox(dir.resolve("outbox")), false, Notifier.Retry.DEFAULT, System::getenv);
        try (ConsumerApp consumer = ConsumerApp.start(
                        topics,
                        AlertConsumer.properties(broker.bootstrapServers(), "deploy-" + UUID.randomUUID()),
                        KafkaClientProperties.NONE,
                        "127.0.0.1",
                        0,
                        java.util.Optional.of(outbox));
                ProgressJob job = ProgressJob.start(
                        StreamsProperties.properties(
                                broker.bootstrapServers(),
                                "deploy-" + UUID.randomUUID(),
                                dir.resolve("state"),
                                topics,
                                Map.of("commit.interval.ms", "100")),
                        topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC(),
                        consumer.registry())) {
            job.awaitRunning(Duration.ofSeconds(60));
            job.awaitTargets(catalogue.targets().size(), Duration.ofSeconds(60));
            Path readings = Files.writeString(
                    dir.resolve("beds.csv"),
                    "region,indicator,year,value,unit\n440700,hospital_beds_per_1000,2023,5.5,张\n"
                            // a binding (约束性) target off its path: 26.13% in 2020, at most 25% by 2025
                            + "440700,out_of_pocket_health_share,2023,27.5,%\n"
                            + "440700,no_such_indicator,2023,5.5,张\n");
            assertThat(new CommandRun()
                            .run(
                                    "publish",
                                    "--bootstrap",
                                    broker.bootstrapServers(),
                                    "--topic-prefix",
                                    prefix(topics),
                                    readings.toString()))
                    .as("one row refused by publish, which only the dead-letter tally counts")
                    .isEqualTo(2);
            PipelineScenario.awaitScrape(
                    consumer.server().url(),
                    "planwatch_dead_letters{reason=\"unknown-indicator\"",
                    Duration.ofSeconds(60));
            String scrape = PipelineScenario.awaitScrape(
                    consumer.server().url(), "status=\"LAGGING\"} 1.0", Duration.ofSeconds(60));

            Set<String> exported = new TreeSet<>();
            scrape.lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .forEach(l -> exported.add(l.split("[{ ]", 2)[0]));
            Map<String, Set<String>> named = namedMetrics();
            assertThat(named).isNotEmpty();
            named.forEach((file, metrics) -> assertThat(exported).as(file).containsAll(metrics));

            checkDashboards();
            checkWithPrometheusTools();
            queryARealPrometheus(consumer.server().port());
        }
    }

    private static String prefix(TopicSet topics) {
        return topics.readings().name().substring(0, topics.readings().name().length() - "plan-readings".length());
    }

    /** Every metric each dashboard and rule file names. */
    private static Map<String, Set<String>> namedMetrics() throws IOException {
        Map<String, Set<String>> named = new java.util.TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> dashboards = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            dashboards.forEach(files::add);
        }
        files.add(DEPLOY.resolve("prometheus/rules/planwatch.rules.yml"));
        for (Path file : files) {
            Set<String> metrics = new TreeSet<>();
            for (String expr : expressions(file)) {
                Matcher m = METRIC.matcher(expr);
                while (m.find()) {
                    metrics.add(m.group(1));
                }
            }
            named.put(file.getFileName().toString(), metrics);
        }
        return named;
    }

    private static List<String> expressions(Path file) throws IOException {
        List<String> exprs = new ArrayList<>();
        JsonNode root = file.toString().endsWith(".json")
                ? new ObjectMapper().readTree(file.toFile())
                : new YAMLMapper().readTree(file.toFile());
        root.findValues("expr").forEach(e -> exprs.add(e.asText()));
        return exprs;
    }

    /** Valid JSON, a uid each, and every datasource the provisioned one. */
    private static void checkDashboards() throws IOException {
        String uid = new YAMLMapper()
                .readTree(DEPLOY.resolve("grafana/provisioning/datasources/planwatch.yml")
                        .toFile())
                .at("/datasources/0/uid")
                .asText();
        assertThat(uid).isEqualTo("planwatch-prometheus");
        Set<String> uids = new TreeSet<>();
        try (Stream<Path> dashboards = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path file : dashboards.toList()) {
                JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
                assertThat(uids.add(dashboard.get("uid").asText()))
                        .as("unique uid of %s", file)
                        .isTrue();
                assertThat(dashboard.get("panels")).as(file.toString()).isNotEmpty();
                dashboard
                        .findValues("datasource")
                        .forEach(ds -> assertThat(ds.get("uid").asText())
                                .as("datasource in %s", file)
                                .isEqualTo(uid));
                for (JsonNode panel : dashboard.get("panels")) {
                    checkWords(file, panel);
                }
            }
        }
        assertThat(uids).hasSize(4);
    }

    /**
     * Issue 25: every panel of every dashboard, its variables set to the target the test judged,
     * answers with at least one series from the real Prometheus (a rate needs two scrapes in its
     * window: waited for).
     */
    private static void everyPanelHasData(HttpClient http, String api) throws IOException {
        String department = TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.key().equals("jm-health-14|440700|hospital_beds_per_1000"))
                .findFirst()
                .orElseThrow()
                .department();
        Map<String, String> variables = Map.of(
                "$plan", "jm-health-14",
                "$region", "440700",
                "$indicator", "hospital_beds_per_1000",
                "$department", department);
        Map<String, String> queries = new java.util.TreeMap<>();
        try (Stream<Path> dashboards = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path file : dashboards.toList()) {
                for (JsonNode panel : new ObjectMapper().readTree(file.toFile()).get("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        String expr = target.path("expr").asText();
                        for (Map.Entry<String, String> v : variables.entrySet()) {
                            expr = expr.replace(v.getKey(), v.getValue());
                        }
                        queries.put(
                                file.getFileName() + ": " + panel.get("title").asText() + ": " + expr, expr);
                    }
                }
            }
        }
        Set<String> empty = new TreeSet<>(queries.keySet());
        try {
            await().atMost(Duration.ofSeconds(45))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        for (String panel : List.copyOf(empty)) {
                            JsonNode result = new ObjectMapper()
                                    .readTree(http.send(
                                                    HttpRequest.newBuilder(URI.create(api
                                                                    + URLEncoder.encode(
                                                                            queries.get(panel),
                                                                            StandardCharsets.UTF_8)))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.ofString())
                                            .body())
                                    .at("/data/result");
                            if (result.size() > 0) {
                                empty.remove(panel);
                            }
                        }
                        return empty.isEmpty();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // said below, each panel by name
        }
        assertThat(empty).as("panels whose query returns no series").isEmpty();
    }

    /**
     * Issue 25: what a panel shows people is words, not Prometheus' plumbing: a table hides {@code
     * __name__}, {@code instance} and {@code job} and names the region ({@code region_name}) rather
     * than its code; a panel of statuses says each in Chinese and English, as the reports do.
     */
    private static void checkWords(Path file, JsonNode panel) {
        String where = file.getFileName() + ": " + panel.get("title").asText();
        String exprs = panel.findValuesAsText("expr").toString();
        if (panel.get("type").asText().equals("table")) {
            JsonNode organize = panel.path("transformations").findParent("excludeByName");
            assertThat(organize).as("%s hides the raw labels", where).isNotNull();
            for (String raw : List.of("__name__", "instance", "job", "region")) {
                assertThat(organize.at("/excludeByName/" + raw).asBoolean())
                        .as("%s hides %s", where, raw)
                        .isTrue();
            }
            assertThat(organize.at("/renameByName/region_name").asText())
                    .as(where)
                    .contains("地区");
        }
        if (exprs.contains("planwatch_indicator_status")
                && !panel.get("type").asText().equals("stat")
                && !panel.get("type").asText().equals("timeseries")) {
            String words = panel.path("fieldConfig").toString();
            for (org.planwatch.domain.Status status : org.planwatch.domain.Status.values()) {
                assertThat(words).as("%s says %s in Chinese", where, status).contains(status.zh());
            }
        }
    }

    private static boolean tools() {
        boolean present = Stream.of("promtool", "amtool", "prometheus").allMatch(ExternalTools::onPath);
        if (System.getenv("CI") != null) {
            assertThat(present)
                    .as("promtool, amtool and prometheus (installed by .ci/run)")
                    .isTrue();
        }
        return present;
    }

    private void checkWithPrometheusTools() throws Exception {
        if (!tools()) {
            return;
        }
        Path prom = DEPLOY.resolve("prometheus").toAbsolutePath();
        assertThat(run(prom, "promtool", "check", "config", "prometheus.yml")).contains("SUCCESS");
        long rules = java.nio.file.Files.readAllLines(prom.resolve("rules/planwatch.rules.yml")).stream()
                .filter(line -> line.trim().matches("- (alert|record): .*"))
                .count();
        assertThat(run(prom, "promtool", "check", "rules", "rules/planwatch.rules.yml"))
                .as("promtool reads every rule of the file")
                .contains("SUCCESS: " + rules + " rules found");
        assertThat(run(prom.resolve("tests"), "promtool", "test", "rules", "planwatch.rules.test.yml"))
                .contains("SUCCESS");
        assertThat(run(DEPLOY.resolve("alertmanager").toAbsolutePath(), "amtool", "check-config", "alertmanager.yml"))
                .contains("SUCCESS");
    }

    /** A real Prometheus on loopback scrapes the consumer; PromQL through its HTTP API sees the status. */
    private void queryARealPrometheus(int consumerPort) throws Exception {
        assumeTrue(tools(), "prometheus not installed");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(
                dir.resolve("prometheus.yml"),
                "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: planwatch-consumer\n    static_configs:\n"
                        + "      - targets: [\"127.0.0.1:" + consumerPort + "\"]\n");
        Process prometheus = new ProcessBuilder(
                        "prometheus",
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + dir.resolve("tsdb"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile())
                .start();
        try {
            String query =
                    "planwatch_indicator_status{indicator=\"hospital_beds_per_1000\",plan=\"jm-health-14\",status=\"LAGGING\"}";
            String url = "http://127.0.0.1:" + port + "/api/v1/query?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8);
            HttpClient http = HttpClient.newHttpClient();
            String[] value = {null};
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        JsonNode result = new ObjectMapper()
                                .readTree(http.send(
                                                HttpRequest.newBuilder(URI.create(url))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body())
                                .at("/data/result");
                        value[0] =
                                result.size() > 0 ? result.get(0).at("/value/1").asText() : null;
                        return value[0] != null;
                    });
            assertThat(value[0])
                    .as("PromQL %s\n%s", query, Files.readString(dir.resolve("prometheus.log")))
                    .isEqualTo("1");
            everyPanelHasData(http, "http://127.0.0.1:" + port + "/api/v1/query?query=");
        } finally {
            prometheus.destroy();
            prometheus.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
