package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.RevisionStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;
import org.planwatch.streams.DeadLetterHeaders;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;

/**
 * Issue 23, finding 3: the streams job on a real broker refuses an implausible reading; the
 * dead-letter topic holds the bytes it was published as, and {@code dlq list|show|replay} read,
 * explain and re-publish them.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class DlqCommandIT {
    @TempDir
    Path stateDir;

    private final String prefix = "dlq-it-" + UUID.randomUUID() + "-";

    private int run(CommandRun cli, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--topic-prefix", prefix));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void shouldListShowAndReplayTheBytesTheJobRefused(EmbeddedKafkaBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        TopicSet topics = TopicSet.defaults().prefixed(prefix);
        KafkaOptions.createTopics(bootstrap, topics, null, Duration.ofSeconds(30));
        Target beds = TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.plan().equals("jm-health-14")
                        && t.region().equals("440700")
                        && t.indicator().equals("hospital_beds_per_1000"))
                .findFirst()
                .orElseThrow();
        IndicatorReading absurd = IndicatorReading.newBuilder()
                .setReadingId("absurd-2022")
                .setRegion("440700")
                .setIndicator("hospital_beds_per_1000")
                .setYear(2022)
                .setValue(1e308)
                .setUnit("张")
                .setSource("dlq-it")
                .setPublishedAt(Instant.parse("2026-12-01T00:00:00Z"))
                .setRevision(RevisionStatus.FINAL)
                .setVintage(0)
                .build();
        byte[] published = topics.readings().valueSerde().serializer().serialize("", absurd);
        String key = Topics.readingKey("440700", "hospital_beds_per_1000");

        try (ProgressJob job = ProgressJob.start(
                        StreamsProperties.properties(
                                bootstrap,
                                prefix + "job",
                                stateDir,
                                topics,
                                Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")),
                        topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            job.awaitRunning(Duration.ofSeconds(60));
            producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(beds),
                            topics.targets().valueSerde().serializer().serialize("", TargetCodec.toEvent(beds))))
                    .get();
            job.awaitTargets(1, Duration.ofSeconds(30));
            producer.send(new ProducerRecord<>(topics.readings().name(), key, published))
                    .get();

            ConsumerRecord<byte[], byte[]> dead = PublishCommandIT.readAll(
                            broker, topics.readingsDlq().name(), 1)
                    .get(0);
            assertThat(dead.value()).as("the bytes as published").isEqualTo(published);
            assertThat(new String(
                            dead.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                    .isEqualTo(DeadLetterHeaders.IMPLAUSIBLE);
            String id = dead.partition() + "@" + dead.offset();

            CommandRun list = new CommandRun();
            assertThat(run(list, "dlq", "list", "--bootstrap", bootstrap)).isZero();
            assertThat(list.out.toString().lines().toList())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith(
                                    id + "\timplausible\t" + topics.readings().name() + "-")
                            .contains(key)
                            .contains("1.0E308 is beyond any real figure of hospital_beds_per_1000"));

            CommandRun typo = new CommandRun();
            assertThat(run(typo, "dlq", "list", "--bootstrap", bootstrap, "--reason", "implausable"))
                    .as("a reason no refusal has is not an empty success")
                    .isEqualTo(1);
            assertThat(typo.err.toString())
                    .contains("no refusal has reason 'implausable'; the topic holds implausible (1)");

            CommandRun show = new CommandRun();
            assertThat(run(show, "dlq", "show", "--bootstrap", bootstrap, id)).isZero();
            assertThat(show.out.toString())
                    .contains("reason    implausible")
                    .contains("\"readingId\": \"absurd-2022\"")
                    .contains("1.0E308");

            CommandRun missing = new CommandRun();
            assertThat(run(missing, "dlq", "show", "--bootstrap", bootstrap, "9@99"))
                    .isEqualTo(1);
            assertThat(missing.err.toString()).contains("no refusal 9@99 in the dead-letter topic");

            CommandRun replay = new CommandRun();
            assertThat(run(replay, "dlq", "replay", "--bootstrap", bootstrap, id))
                    .isZero();
            List<ConsumerRecord<byte[], byte[]>> readings =
                    PublishCommandIT.readAll(broker, topics.readings().name(), 2);
            assertThat(readings).hasSize(2);
            ConsumerRecord<byte[], byte[]> again = readings.get(1);
            assertThat(again.value()).isEqualTo(published);
            assertThat(new String(again.key(), StandardCharsets.UTF_8)).isEqualTo(key);
            assertThat(new String(
                            again.headers().lastHeader(DlqCommand.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
                    .isEqualTo(id);
            // nothing was fixed, so the job refuses it again, as the same bytes
            List<ConsumerRecord<byte[], byte[]>> deadAgain =
                    PublishCommandIT.readAll(broker, topics.readingsDlq().name(), 2);
            assertThat(deadAgain).hasSize(2);
            assertThat(deadAgain.get(1).value()).isEqualTo(published);
        }
    }

    @Test
    void shouldShowARowPublishRefusedAsTextAndNotReplayIt(EmbeddedKafkaBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        TopicSet topics = TopicSet.defaults().prefixed(prefix);
        Path feed = stateDir.resolve("poison.csv");
        java.nio.file.Files.writeString(feed, "region,indicator,year,value\n440700,gdp_growth,2022,-150\n");

        assertThat(run(new CommandRun(), "publish", "--bootstrap", bootstrap, feed.toString()))
                .as("publish refuses the row")
                .isEqualTo(2);
        ConsumerRecord<byte[], byte[]> dead =
                PublishCommandIT.readAll(broker, topics.readingsDlq().name(), 1).get(0);
        String id = dead.partition() + "@" + dead.offset();

        // a publish refusal has no time header of the job's: the list says when it was written
        CommandRun list = new CommandRun();
        assertThat(run(list, "dlq", "list", "--bootstrap", bootstrap)).isZero();
        assertThat(list.out.toString().strip().split("\t"))
                .hasSize(6)
                .satisfies(cells -> assertThat(cells[3])
                        .isEqualTo(
                                java.time.Instant.ofEpochMilli(dead.timestamp()).toString()));

        CommandRun show = new CommandRun();
        assertThat(run(show, "dlq", "show", "--bootstrap", bootstrap, id)).isZero();
        assertThat(show.out.toString())
                .contains(
                        "row       440700,gdp_growth,2022,-150 (as the feed gave it: refused before it was a reading)");

        CommandRun replay = new CommandRun();
        assertThat(run(replay, "dlq", "replay", "--bootstrap", bootstrap, id)).isEqualTo(2);
        assertThat(replay.err.toString())
                .contains("not replayed " + id)
                .contains("replayed 0 of 1 refusals; 1 not readings, not replayed");
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of(topics.readings().name()))
                    .allTopicNames()
                    .get()
                    .get(topics.readings().name())
                    .partitions();
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                    new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(
                    new org.apache.kafka.common.TopicPartition(topics.readings().name(), p.partition()),
                    org.apache.kafka.clients.admin.OffsetSpec.latest()));
            assertThat(admin.listOffsets(latest).all().get().values())
                    .as("nothing reached the readings topic")
                    .allSatisfy(o -> assertThat(o.offset()).isZero());
        }
    }
}
