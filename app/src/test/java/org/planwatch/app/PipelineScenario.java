package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.consumer.AlertConsumer;
import org.planwatch.consumer.ConsumerApp;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.producer.CsvFeedReader;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;

/**
 * The whole pipeline on a real broker: producer code publishes targets and readings, the progress
 * job evaluates them exactly once, the consumer serves the result as metrics. Subclasses say which
 * broker: the in-JVM one, or a container where Docker is available.
 */
abstract class PipelineScenario {
    static final String READINGS = """
      region,indicator,year,value,unit
      440700,hospital_beds_per_1000,2023,5.50,张
      442000,high_tech_enterprises,2022,2833,家
      442000,incubators,2022,70,家
      442000,high_tech_enterprises,twenty-two,1,家
      442000,provincial_key_labs,2025,12,家
      440700,good_air_days_share,2022,89.6,%
      """;

    @TempDir
    Path stateDir;

    abstract String bootstrap();

    /** The clients of the scenario: on a secured cluster, each its own principal. */
    enum Role {
        /** the test reading what the pipeline wrote, and making topics */
        ADMIN,
        CATALOGUE,
        PRODUCER,
        STREAMS,
        CONSUMER
    }

    /** What {@code role}'s clients add to their settings: nothing on a plaintext broker. */
    KafkaClientProperties clientProperties(Role role) {
        return KafkaClientProperties.NONE;
    }

    /** Makes the topics; a secured cluster's scenario also lets each principal do its part. */
    void prepare(String bootstrap, String prefix, TopicSet topics, String applicationId, String group)
            throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(60));
        }
    }

    /** {@code --kafka-config FILE} of {@code role} for a command line, if it has one. */
    private List<String> kafkaConfig(Role role) {
        Path file = clientProperties(role).file();
        return file == null ? List.of() : List.of("--kafka-config", file.toString());
    }

    @Test
    void shouldTurnPublishedReadingsIntoExactAlertsAndMetrics() throws Exception {
        String bootstrap = bootstrap();
        String prefix = "e2e-" + UUID.randomUUID() + "-";
        TopicSet topics = TopicSet.defaults().prefixed(prefix);
        String applicationId = "e2e-" + UUID.randomUUID();
        String group = "e2e-consumer-" + UUID.randomUUID();
        prepare(bootstrap, prefix, topics, applicationId, group);
        TargetCatalogue catalogue = TargetCatalogue.bundled();
        try (Producer<String, PlanTarget> producer = ProducerProperties.producer(
                topics.targets(),
                ProducerProperties.properties(bootstrap, "e2e-targets", Map.of(), clientProperties(Role.CATALOGUE)))) {
            assertThat(new TargetPublisher(producer, topics.targets()).publish(catalogue.targets()))
                    .isEqualTo(catalogue.targets().size());
        }

        Properties streams = StreamsProperties.properties(
                bootstrap,
                applicationId,
                stateDir,
                topics,
                Map.of("commit.interval.ms", "100"),
                clientProperties(Role.STREAMS));
        try (ProgressJob job = ProgressJob.start(streams, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                ConsumerApp consumer = startConsumer(bootstrap, topics, group)) {
            job.awaitRunning(Duration.ofSeconds(60));
            job.awaitTargets(catalogue.targets().size(), Duration.ofSeconds(60));

            FeedBatch batch = new CsvFeedReader().read(new StringReader(READINGS), "e2e.csv");
            PublishResult published;
            try (Producer<String, IndicatorReading> producer = ProducerProperties.producer(
                    topics.readings(),
                    ProducerProperties.properties(
                            bootstrap, "e2e-readings", Map.of(), clientProperties(Role.PRODUCER)))) {
                published = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC())
                        .publish(batch, "simulated:e2e");
            }
            assertThat(published.summary()).isEqualTo("published 5, rejected 1");
            assertThat(published.rejected())
                    .extracting(Object::toString)
                    .containsExactly("e2e.csv:5: year 'twenty-two' is not a whole number");

            Map<String, ProgressEvaluation> alerts = latest(readAlerts(bootstrap, topics, 6));
            assertThat(alerts)
                    .containsOnlyKeys(
                            "jm-health-14|440700|hospital_beds_per_1000",
                            "zs-sti-14|442000|high_tech_enterprises",
                            "zs-sti-14|442000|incubators",
                            "zs-sti-14|442000|provincial_key_labs",
                            // 完成市下达任务: the quota has not come; the 2030 health plan covers 2022 too
                            "jm-14|440700|good_air_days_share",
                            "jm-health-2030|440700|good_air_days_share");
            assertThat(alerts.get("jm-14|440700|good_air_days_share").getStatus())
                    .isEqualTo(ProgressStatus.AWAITING_QUOTA);
            // 88.2 (2015) -> 90 (2020) -> 92 (2030): 90.4 due in 2022; 1.4 of the 2.2 required is 0.64
            assertThat(alerts.get("jm-health-2030|440700|good_air_days_share").getStatus())
                    .isEqualTo(ProgressStatus.LAGGING);
            ProgressEvaluation beds = alerts.get("jm-health-14|440700|hospital_beds_per_1000");
            assertThat(beds.getStatus()).isEqualTo(ProgressStatus.LAGGING);
            assertThat(beds.getExpected()).isCloseTo(5.60, within(1e-9));
            assertThat(beds.getProgress()).isCloseTo(0.75, within(1e-9));
            assertThat(beds.getReadingSource()).isEqualTo("simulated:e2e");
            // a count grows geometrically: 2388 -> 3500 over 2020-2025 asks 2388 × (3500/2388)^(2/5) = 2782.9
            // of 2022; 2833 has made ln(2833/2388) / ln(2782.9/2388) = 1.12 of that growth: ahead (快于预期)
            ProgressEvaluation firms = alerts.get("zs-sti-14|442000|high_tech_enterprises");
            assertThat(firms.getStatus()).isEqualTo(ProgressStatus.AHEAD);
            assertThat(firms.getExpected()).isCloseTo(2388 * Math.pow(3500.0 / 2388, 0.4), within(1e-9));
            assertThat(alerts.get("zs-sti-14|442000|incubators").getStatus()).isEqualTo(ProgressStatus.REGRESSING);
            // 6 -> 12 labs by 2025: 12 in 2025 is the target met
            assertThat(alerts.get("zs-sti-14|442000|provincial_key_labs").getStatus())
                    .isEqualTo(ProgressStatus.ACHIEVED);

            String labels =
                    "department=\"市卫生健康局\",indicator=\"hospital_beds_per_1000\",plan=\"jm-health-14\",region=\"440700\",region_name=\"江门市\"";
            String scrape = awaitScrape(
                    consumer.server().url(), "planwatch_indicator_status{" + labels + ",status=\"LAGGING\"} 1.0");
            assertThat(scrape).contains("planwatch_indicator_progress_ratio{" + labels + "} 0.75");
            assertThat(scrape).contains("planwatch_indicator_expected{" + labels + "} 5.6");
            assertThat(scrape).contains("planwatch_indicator_status{" + labels + ",status=\"ON_TRACK\"} 0.0");
            assertThat(scrape)
                    .contains("planwatch_indicator_status{department=\"市科技局\",indicator=\"provincial_key_labs\","
                            + "plan=\"zs-sti-14\",region=\"442000\",region_name=\"中山市\",status=\"ACHIEVED\"} 1.0");
            assertThat(scrape).contains("planwatch_alerts_consumed_total 6.0");
            assertNothingPersonalOrSecret(scrape);
            assertThat(scrape).contains("kafka_consumer_fetch_manager_records_lag");

            // The city assigns the quota, 92%: the planning office edits its catalogue and publishes it
            // again. One target changed, so exactly one new alert: the reading held since is judged on it.
            Path revised = stateDir.resolve("revised.tsv");
            java.nio.file.Files.writeString(revised, withQuota(catalogue, "jm-14", "good_air_days_share", "92"));
            List<String> publish = new ArrayList<>(List.of(
                    "catalogue",
                    "publish",
                    "--file",
                    revised.toString(),
                    "--bootstrap",
                    bootstrap,
                    "--topic-prefix",
                    prefix));
            publish.addAll(kafkaConfig(Role.CATALOGUE));
            int exit = PlanWatch.commandLine().execute(publish.toArray(String[]::new));
            assertThat(exit).isZero();
            List<ProgressEvaluation> air = readAlerts(bootstrap, topics, 7).stream()
                    .filter(x -> x.getPlan().equals("jm-14"))
                    .toList();
            assertThat(air)
                    .extracting(x -> x.getStatus() + " after " + x.getPreviousStatus())
                    .containsExactly("AWAITING_QUOTA after null", "ON_TRACK after AWAITING_QUOTA");
            ProgressEvaluation assigned = air.get(1);
            assertThat(assigned.getExpected()).isCloseTo(89.6, within(1e-9));
            awaitScrape(
                    consumer.server().url(),
                    "planwatch_indicator_status{department=\"市生态环境局\",indicator=\"good_air_days_share\","
                            + "plan=\"jm-14\",region=\"440700\",region_name=\"江门市\",status=\"ON_TRACK\"} 1.0");

            // A consumer restarted in the same group has committed every alert, yet rebuilds every
            // target's current status from the compacted status topic: the same numbers, no gap.
            try (ConsumerApp restarted = startConsumer(bootstrap, topics, group)) {
                assertThat(restarted.rebuilt()).succeedsWithin(Duration.ofSeconds(30));
                // ready once the state is rebuilt and the cluster probe has had its first answer,
                // which over TLS on a loaded machine may come a moment after the rebuild
                awaitReady(restarted.server().url().replace("/metrics", "/readyz"), Duration.ofSeconds(30));
                assertThat(restarted.board().size()).isEqualTo(consumer.board().size());
                assertThat(restarted.board().get("jm-14|440700|good_air_days_share"))
                        .hasValueSatisfying(a -> assertThat(a.getStatus()).isEqualTo(ProgressStatus.ON_TRACK));
                String rebuilt = awaitScrape(
                        restarted.server().url(), "planwatch_indicator_status{" + labels + ",status=\"LAGGING\"} 1.0");
                assertThat(rebuilt).contains("planwatch_alerts_consumed_total 0.0");
            }
        }
    }

    /**
     * The labels of PlanWatch's own series are codes, names from the dictionaries and statuses:
     * no e-mail address, no secret, no free text such as an alert's reason.
     */
    private static void assertNothingPersonalOrSecret(String scrape) {
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("([a-z_]+)=\"([^\"]*)\"");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        scrape.lines().filter(l -> l.startsWith("planwatch_")).forEach(line -> {
            java.util.regex.Matcher m = label.matcher(line);
            while (m.find()) {
                keys.add(m.group(1));
                if (m.group(1).equals("year")) {
                    // bounded: a year of the target's plan, one series for each, never a date or time
                    assertThat(m.group(2)).as("year of %s", line).matches("(19|20)\\d\\d");
                }
                assertThat(m.group(2))
                        .as("label %s of %s", m.group(1), line)
                        .doesNotContain("@", "password", "token", "://");
            }
        });
        assertThat(keys)
                .as("label names of planwatch_* series")
                .isSubsetOf(
                        "plan",
                        "region",
                        "region_name",
                        "indicator",
                        "department",
                        "status",
                        "channel",
                        "reason",
                        "name_zh",
                        "name_en",
                        "unit",
                        "binding",
                        "cause",
                        "kind",
                        "year");
    }

    /** The catalogue as TSV, with the quota of one target of {@code plan} assigned. */
    private static String withQuota(TargetCatalogue catalogue, String plan, String indicator, String value)
            throws java.io.IOException {
        StringBuilder tsv = new StringBuilder();
        catalogue.writeTsv(tsv);
        List<String> lines = new ArrayList<>(tsv.toString().lines().toList());
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int column = header.indexOf("target_value");
        boolean found = false;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells[header.indexOf("plan")].equals(plan) && cells[header.indexOf("indicator")].equals(indicator)) {
                assertThat(cells[header.indexOf("kind")]).isEqualTo("QUOTA");
                cells[column] = value;
                lines.set(i, String.join("\t", cells));
                found = true;
            }
        }
        assertThat(found).as("%s %s in the catalogue", plan, indicator).isTrue();
        return String.join("\n", lines) + "\n";
    }

    /** The last alert of each key. */
    private static Map<String, ProgressEvaluation> latest(List<ProgressEvaluation> alerts) {
        return alerts.stream()
                .collect(Collectors.toMap(
                        a -> a.getPlan() + "|" + a.getRegion() + "|" + a.getIndicator(), a -> a, (a, b) -> b));
    }

    private ConsumerApp startConsumer(String bootstrap, TopicSet topics, String group) throws java.io.IOException {
        KafkaClientProperties file = clientProperties(Role.CONSUMER);
        return ConsumerApp.start(
                topics,
                AlertConsumer.properties(bootstrap, group, file),
                file,
                "127.0.0.1",
                0,
                java.util.Optional.empty());
    }

    /** Reads the alerts topic as any consumer would (read_committed) until {@code count} arrive. */
    private List<ProgressEvaluation> readAlerts(String bootstrap, TopicSet topics, int count) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"));
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, ProgressEvaluation>> records = new ArrayList<>();
        try (KafkaConsumer<String, ProgressEvaluation> consumer = new KafkaConsumer<>(
                clientProperties(Role.ADMIN).merge("alerts reader", new Properties(), config),
                topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.alerts().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // anything beyond the expected alerts would be a duplicate: give it a moment to show
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        assertThat(records).hasSize(count);
        return records.stream().map(r -> r.value()).toList();
    }

    private static String awaitScrape(String url, String expectedLine) {
        return awaitScrape(url, expectedLine, Duration.ofSeconds(30));
    }

    /** Waits until the probe at {@code url} answers exactly "ready". */
    private static void awaitReady(String url, Duration timeout) {
        awaitBody(url, url + " to answer ready", "ready\n"::equals, timeout);
    }

    /** The scrape of {@code url} once it has a line with {@code expectedLine}. */
    static String awaitScrape(String url, String expectedLine, Duration timeout) {
        return awaitBody(
                url, "'" + expectedLine + "' in the scrape of " + url, body -> body.contains(expectedLine), timeout);
    }

    /** The body {@code url} answers, once it satisfies {@code wanted}, polled every 100 ms. */
    private static String awaitBody(
            String url, String what, java.util.function.Predicate<String> wanted, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        return Awaitility.await(what)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> http.send(
                                        HttpRequest.newBuilder(URI.create(url)).build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body(),
                        wanted::test);
    }
}
