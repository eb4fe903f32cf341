package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.TopicSet;

/** The drop folder on a real broker: each file published once, moved, and not again after a restart. */
@ExtendWith(EmbeddedKafkaExtension.class)
class DropFolderIT {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private FeedRun run(EmbeddedKafkaBroker broker, TopicSet topics) {
        return new FeedRun(
                FeedFormat.AUTO,
                FeedEncoding.AUTO,
                FeedMapping.NONE,
                new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled()),
                null,
                FeedSink.kafka(broker.bootstrapServers(), org.planwatch.runtime.KafkaClientProperties.NONE, topics));
    }

    @Test
    void shouldPublishEachDroppedFileOnceAndMoveItAcrossARestart(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed("drop-" + UUID.randomUUID() + "-");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        Path drop = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(
                drop.resolve("good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n");
        Files.writeString(
                drop.resolve("mixed.csv"),
                "region,indicator,year,value\n440700,hospital_beds_per_1000,2023,5.55\n440700,nothing,2023,1\n");
        try (FeedRun run = run(broker, topics)) {
            DropFolder folder =
                    new DropFolder(drop, run::process, new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(folder.poll())
                    .as("first look: sizes not yet known to hold still")
                    .isZero();
            assertThat(folder.poll()).isEqualTo(2);
        }
        assertThat(drop.resolve("done/good.csv")).exists();
        assertThat(drop.resolve("failed/mixed.csv")).exists();
        assertThat(drop.resolve("failed/mixed.csv.rejects.tsv")).exists();
        assertThat(drop.resolve("good.csv")).doesNotExist();
        assertThat(out.toString())
                .contains("good.csv: published 1, rejected 0 -> done/")
                .contains("mixed.csv: published 1, rejected 1 -> failed/");

        // a restart finds nothing left to publish, then takes a new file
        Files.writeString(drop.resolve("next.jsonl"), """
                {"region":"440700","indicator":"hospital_beds_per_1000","year":2024,"value":5.7}
                """);
        try (FeedRun run = run(broker, topics)) {
            DropFolder folder =
                    new DropFolder(drop, run::process, new PrintWriter(out, true), new PrintWriter(err, true));
            folder.poll();
            assertThat(folder.poll()).isEqualTo(1);
        }
        assertThat(drop.resolve("done/next.jsonl")).exists();
        List<?> readings = org.planwatch.broker.TopicRecords.readAll(
                broker, topics.readings().name(), 3);
        assertThat(readings).hasSize(3);
    }
}
