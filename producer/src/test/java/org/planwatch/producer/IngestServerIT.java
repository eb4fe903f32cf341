package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.runtime.ClusterProbe;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.TopicSet;

/** The HTTP ingest endpoint on a real broker: the token, the formats, the answer, the readings. */
@ExtendWith(EmbeddedKafkaExtension.class)
class IngestServerIT {
    /** Made per run: the repository holds no secret, not even a test's (RepositorySecretsTest). */
    private static final String TOKEN = "bureau-" + java.util.UUID.randomUUID();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String url, String token, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldTakeFeedsOnlyWithTheTokenAndAnswerRowByRow(EmbeddedKafkaBroker broker) throws Exception {
        StringWriter log = new StringWriter();
        TopicSet topics = TopicSet.defaults().prefixed("ingest-" + UUID.randomUUID() + "-");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        FeedValidator validator =
                new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        try (FeedRun run = new FeedRun(
                        FeedFormat.AUTO,
                        FeedEncoding.AUTO,
                        FeedMapping.NONE,
                        validator,
                        null,
                        FeedSink.kafka(
                                broker.bootstrapServers(), org.planwatch.runtime.KafkaClientProperties.NONE, topics));
                ClusterProbe cluster = ClusterProbe.start(
                        admin(broker.bootstrapServers()), Duration.ofMillis(200), Duration.ofSeconds(2));
                IngestServer server =
                        IngestServer.start(run, TOKEN, "127.0.0.1", 0, cluster::problem, new PrintWriter(log, true))) {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> cluster.problem().isEmpty());
            String csv = "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n"
                    + "440700,hospital_beds_per_1000,2023,5.55\n440700,nothing,2023,1\n";

            assertThat(post(server.url(), null, "text/csv", csv).statusCode()).isEqualTo(401);
            for (String probe : new String[] {"/healthz", "/readyz"}) {
                assertThat(http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(server.url().replace("/readings", probe)))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                        .as("%s without a token", probe)
                        .isEqualTo(200);
            }
            HttpResponse<String> wrong = post(server.url(), "not-the-token-at-all", "text/csv", csv);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"planwatch\"");
            HttpResponse<String> get = http.send(
                    HttpRequest.newBuilder(URI.create(server.url()))
                            .header("Authorization", "Bearer " + TOKEN)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);

            HttpResponse<String> ok = post(server.url() + "?feed=jm-stats", TOKEN, "text/csv; charset=utf-8", csv);
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode answer = new ObjectMapper().readTree(ok.body());
            assertThat(answer.get("published").asInt()).isEqualTo(2);
            assertThat(answer.get("rejected").asInt()).isEqualTo(1);
            assertThat(answer.get("accepted").get(0).get("location").asText()).isEqualTo("jm-stats#1:2");
            assertThat(answer.get("accepted").get(0).get("readingId").asText()).hasSize(32);
            assertThat(answer.get("rejections").get(0).get("location").asText()).isEqualTo("jm-stats#1:4");
            assertThat(answer.get("rejections").get(0).get("code").asText()).isEqualTo("unknown-indicator");
            // the refused row is said on the server's log too, not only to the bureau that pushed it
            assertThat(log.toString()).contains("jm-stats#1:4").contains("nothing");

            HttpResponse<String> jsonl = post(
                    server.url() + "?feed=jm-stats",
                    TOKEN,
                    "application/x-ndjson",
                    "{\"region\":\"440700\",\"indicator\":\"hospital_beds_per_1000\",\"year\":2024,\"value\":5.7}\n");
            assertThat(new ObjectMapper()
                            .readTree(jsonl.body())
                            .get("published")
                            .asInt())
                    .isEqualTo(1);

            assertThat(org.planwatch.broker.TopicRecords.readAll(
                            broker, topics.readings().name(), 3))
                    .hasSize(3);
            assertThat(org.planwatch.broker.TopicRecords.readAll(
                            broker, topics.readingsDlq().name(), 1))
                    .hasSize(1);
        }
        assertThatThrownBy(() -> IngestServer.start(null, "short", "127.0.0.1", 0, Optional::empty, null))
                .hasMessageContaining("PLANWATCH_INGEST_TOKEN");
    }

    /** Outsider trial: /readyz said ready with no Kafka to publish to. */
    @Test
    void shouldSayNotReadyWhileKafkaCannotBeReached() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        try (ClusterProbe nowhere = ClusterProbe.start(
                        admin("127.0.0.1:" + closed), Duration.ofMillis(200), Duration.ofMillis(500));
                IngestServer server = IngestServer.start(
                        null, TOKEN, "127.0.0.1", 0, nowhere::problem, new PrintWriter(new StringWriter()))) {
            // the probe's own answer, not its first "no answer from Kafka yet"
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> nowhere.problem()
                            .filter(p -> p.contains("no working Kafka connection"))
                            .isPresent());
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(URI.create(server.url().replace("/readings", "/readyz")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("not ready").contains("no working Kafka connection");
        }
    }

    private static java.util.Properties admin(String bootstrap) {
        java.util.Properties p = new java.util.Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }
}
