package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Target;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TopicSet;

/**
 * A 15th plan as an office gets it, through to an alert (issue 20): the national outline's own text
 * (the committed fixture of planimport's 15th-plan tests) is imported to a catalogue, the catalogue
 * is published, 2026 readings are published against it, and the progress job, on the in-JVM
 * broker, alerts on the imported targets: one the dictionary holds and one under the code the
 * import generated for a name it lacks.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class ImportedPlanAlertIT {
    @TempDir
    Path dir;

    @Test
    void shouldAlertOnTheTargetsOfAFifteenthPlanImportedFromItsText(EmbeddedKafkaBroker broker) throws Exception {
        // 1. import the document as it is published, 2. publish its targets, the job running
        try (ImportedPlanPipeline pipeline = new ImportedPlanPipeline(broker.bootstrapServers(), dir, "plan15")) {
            String waterCode = IndicatorResolver.codeOf("优良水体比例");
            assertThat(pipeline.targets)
                    .extracting(Target::key)
                    .contains("cn-15|CN|surveyed_urban_unemployment", "cn-15|CN|" + waterCode);

            // 3. the 2025 outcome (the plan prints no base) and 2026, the plan's first year, of each,
            // checked against the imported catalogue
            Path readings = dir.resolve("readings-2026.csv");
            Files.writeString(readings, """
                    region,indicator,year,value,unit
                    CN,surveyed_urban_unemployment,2025,5.2,%%
                    CN,surveyed_urban_unemployment,2026,6.1,%%
                    CN,%1$s,2025,83.0,%%
                    CN,%1$s,2026,86.2,%%
                    """.formatted(waterCode));
            assertThat(pipeline.publish(readings).out.toString()).contains("published 4, rejected 0");

            // 4. the job alerts on the imported targets
            Map<String, ProgressEvaluation> alerts =
                    alerts(pipeline.bootstrap, pipeline.topics, a -> a.getYear() == 2026, 2);
            assertThat(alerts).containsOnlyKeys("cn-15|CN|surveyed_urban_unemployment", "cn-15|CN|" + waterCode);
            // 低于5.5%: a ceiling, and 6.1 in 2026 is above it
            ProgressEvaluation unemployment = alerts.get("cn-15|CN|surveyed_urban_unemployment");
            assertThat(unemployment.getStatus()).isEqualTo(ProgressStatus.LAGGING);
            assertThat(unemployment.getActual()).isEqualTo(6.1);
            assertThat(unemployment.getExpected()).isEqualTo(5.5);
            // 提高到85%, from the 2025 outcome 83: 83.4 due in 2026, and 86.2 is past the target already
            ProgressEvaluation water = alerts.get("cn-15|CN|" + waterCode);
            assertThat(water.getStatus()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(water.getExpected()).isCloseTo(83.4, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(water.getTargetSource()).isEqualTo("national-15th-outline-goals.txt:10");

            // 5. the mid-term table from the job's own status topic (issue 25): its judgements, as published
            CommandRun report = new CommandRun();
            assertThat(report.run(
                            "report",
                            "--plan",
                            "cn-15",
                            "--from-status",
                            "--bootstrap",
                            pipeline.bootstrap,
                            "--topic-prefix",
                            pipeline.prefix,
                            "--catalogue",
                            pipeline.catalogue.toString()))
                    .as(report.err.toString())
                    .isZero();
            assertThat(report.err.toString())
                    .contains("reported 2 of " + pipeline.targets.size() + " targets of cn-15");
            String table = report.out.toString();
            assertThat(table)
                    .contains(
                            "中期评估", "status topic " + pipeline.topics.statuses().name());
            assertThat(table.lines().filter(l -> l.contains("surveyed_urban_unemployment") || l.contains("城镇调查失业率")))
                    .anySatisfy(l -> assertThat(l).contains("6.1"));
        }
    }

    @Test
    void shouldRefuseAReportWithNeitherReadingsNorTheStatusTopic() {
        CommandRun report = new CommandRun();
        assertThat(report.run("report", "--plan", "jm-14")).isEqualTo(1);
        assertThat(report.err.toString()).contains("give either --readings FILE... or --from-status");
    }

    /**
     * A city's 2026 government work report, as news gives it, through to an alert: this year's goals
     * become the one-year plan jm-annual-2026 (base 2025), and the 2026 figures are judged against
     * them in their target year. The text is written here from the genre's usual wording.
     */
    @Test
    void shouldAlertOnThisYearsGoalsOfAWorkReportImportedFromItsText(EmbeddedKafkaBroker broker) throws Exception {
        Path report = Files.writeString(dir.resolve("jiangmen-2026-report.txt"), """
                1月20日，江门市第十五届人民代表大会第五次会议开幕，市长作政府工作报告。
                过去一年，全市地区生产总值增长4.2%。
                今年是“十五五”开局之年。报告提出，今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。
                """);
        try (ImportedPlanPipeline pipeline =
                new ImportedPlanPipeline(broker.bootstrapServers(), dir, "annual", report)) {
            assertThat(pipeline.targets)
                    .extracting(Target::key)
                    .containsExactlyInAnyOrder(
                            "jm-annual-2026|440700|gdp_growth", "jm-annual-2026|440700|surveyed_urban_unemployment");
            Path readings = Files.writeString(dir.resolve("readings-2026.csv"), """
                    region,indicator,year,value,unit
                    440700,gdp_growth,2025,4.2,%
                    440700,gdp_growth,2026,5.3,%
                    440700,surveyed_urban_unemployment,2025,5.1,%
                    440700,surveyed_urban_unemployment,2026,5.8,%
                    """);
            assertThat(pipeline.publish(readings).out.toString()).contains("published 4, rejected 0");

            Map<String, ProgressEvaluation> alerts =
                    alerts(pipeline.bootstrap, pipeline.topics, a -> a.getYear() == 2026, 2);
            // 5.5%左右: 5.3 is within the band, and 2026 is the target year
            assertThat(alerts.get("jm-annual-2026|440700|gdp_growth").getStatus())
                    .isEqualTo(ProgressStatus.ACHIEVED);
            // 控制在5.5%以内: 5.8 in the target year is over the ceiling
            ProgressEvaluation unemployment = alerts.get("jm-annual-2026|440700|surveyed_urban_unemployment");
            assertThat(unemployment.getStatus()).isIn(ProgressStatus.MISSED, ProgressStatus.BREACHED);
            assertThat(unemployment.getTargetSource()).isEqualTo("jiangmen-2026-report.txt:3");
        }
    }

    /** The alerts on the topic, the last per target, waiting with a deadline for {@code count} that are {@code last}. */
    private static Map<String, ProgressEvaluation> alerts(
            String bootstrap, TopicSet topics, java.util.function.Predicate<ProgressEvaluation> last, int count) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "plan15-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"));
        List<ProgressEvaluation> records = new ArrayList<>();
        try (KafkaConsumer<String, ProgressEvaluation> consumer = new KafkaConsumer<>(
                config,
                topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.alerts().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.stream().filter(last).count() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.value()));
            }
        }
        Map<String, ProgressEvaluation> latest = new java.util.TreeMap<>();
        records.forEach(a -> latest.put(a.getPlan() + "|" + a.getRegion() + "|" + a.getIndicator(), a));
        return latest;
    }
}
