package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.producer.RejectPublisher;
import org.planwatch.producer.RejectsFile;

/** {@code planwatch publish} on a real broker: the summary line, the bad rows, the exit status. */
@ExtendWith(EmbeddedKafkaExtension.class)
class PublishCommandIT {
    @TempDir
    Path dir;

    private EmbeddedKafkaBroker broker;
    private final CommandRun cli = new CommandRun();

    @BeforeEach
    void useBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    private String prefix = "publish-it-" + UUID.randomUUID() + "-";

    private String[] publish(Path... files) {
        List<String> args =
                new ArrayList<>(List.of("publish", "--bootstrap", broker.bootstrapServers(), "--topic-prefix", prefix));
        for (Path f : files) {
            args.add(f.toString());
        }
        return args.toArray(String[]::new);
    }

    /** Every record of one of this test's topics, read from the start. */
    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
        return readAll(broker, prefix + topic, atLeast);
    }

    /** Every record of {@code topic}, read from the start, once {@code atLeast} are in and a second more. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(EmbeddedKafkaBroker broker, String topic, int atLeast) {
        return org.planwatch.broker.TopicRecords.readAll(broker, topic, atLeast);
    }

    /**
     * 100,000 rows, one in twenty of an indicator the dictionary does not know: exactly the 95,000
     * valid ones reach the readings topic, once each, and the 5,000 others the dead-letter topic.
     */
    @Test
    void shouldPublishExactlyTheValidRowsOfALargeFile() throws Exception {
        List<String> regions =
                List.of("440703", "440704", "440705", "440781", "440783", "440784", "440785", "442000-torch");
        List<String> indicators = List.of(
                "urbanization_rate", "health_literacy", "regular_exercise_share", "physical_fitness_pass_share");
        StringBuilder csv = new StringBuilder("region,indicator,year,value,unit,vintage\n");
        int rows = 0;
        int valid = 0;
        for (int vintage = 0; rows < 100_000; vintage++) {
            for (String region : regions) {
                for (String indicator : indicators) {
                    for (int year = 2021; year <= 2025 && rows < 100_000; year++) {
                        boolean bad = rows % 20 == 19;
                        csv.append(region)
                                .append(',')
                                .append(bad ? "no_such_indicator" : indicator)
                                .append(',')
                                .append(year)
                                .append(',')
                                .append(10 + (vintage % 50))
                                .append(",%,")
                                .append(vintage)
                                .append('\n');
                        rows++;
                        valid += bad ? 0 : 1;
                    }
                }
            }
        }
        Path file = Files.writeString(dir.resolve("large.csv"), csv);
        assertThat(cli.run(publish(file))).isEqualTo(2);
        assertThat(cli.out.toString()).isEqualTo("published 95000, rejected 5000" + System.lineSeparator());
        assertThat(cli.err.toString())
                .containsPattern(java.util.regex.Pattern.quote(file.toString()) + ": 95,000 rows in \\d+\\.\\d s");
        assertThat(valid).isEqualTo(95_000);
        var deserializer = org.planwatch.schema.Topics.READINGS.valueSerde().deserializer();
        List<ConsumerRecord<byte[], byte[]>> readings = readAll("plan-readings", valid);
        assertThat(readings).hasSize(valid);
        assertThat(readings.stream()
                        .map(r -> deserializer.deserialize("", r.value()).getReadingId())
                        .distinct())
                .hasSize(valid);
        assertThat(readAll("plan-readings-dlq", 5000)).hasSize(5000);
        assertThat(RejectsFile.beside(file)).exists();
        assertThat(Files.readAllLines(RejectsFile.beside(file))).hasSize(5001);
    }

    @Test
    void shouldSendRefusedRowsToTheDeadLetterTopicAndTheRejectsFile() throws Exception {
        Path file = Files.writeString(
                dir.resolve("mixed.csv"),
                "region,indicator,year,value,unit\n440700,hospital_beds_per_1000,2022,5.44,张\n"
                        + "440700,hospital_beds_per_1000,2022,5.44,张\n440700,good_air_days_share,2022,101,%\n");
        assertThat(cli.run(publish(file))).isEqualTo(2);
        assertThat(cli.out.toString()).contains("published 1, rejected 2");
        assertThat(Files.readString(RejectsFile.beside(file)))
                .contains(
                        file + ":3\tduplicate\tduplicate of " + file + ":2\t440700,hospital_beds_per_1000,2022,5.44,张")
                .contains(file + ":4\tout-of-range\t");
        List<ConsumerRecord<byte[], byte[]>> dead = readAll("plan-readings-dlq", 2);
        assertThat(dead)
                .extracting(r -> new String(
                        r.headers().lastHeader(RejectPublisher.REASON).value(), StandardCharsets.UTF_8))
                .containsExactly("duplicate", "out-of-range");
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8))
                .isEqualTo("440700,good_air_days_share,2022,101,%");
    }

    @Test
    void shouldReadAGb18030ExportAndSayWhenAFileIsNotInTheEncodingGiven() throws Exception {
        Path file = dir.resolve("gb.csv");
        Files.write(
                file,
                "region,indicator,year,value,unit\n440700,hospital_beds_per_1000,2022,5.44,张\n"
                        .getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(cli.run("publish", "--validate-only", "--encoding", "gb18030", file.toString()))
                .isZero();
        CommandRun utf8 = new CommandRun();
        // no text in that encoding: a file not read (1), not one refused row (2)
        assertThat(utf8.run("publish", "--validate-only", "--encoding", "utf-8", file.toString()))
                .isEqualTo(1);
        assertThat(utf8.err.toString()).contains(file + ":1: the file is not valid UTF-8");
    }

    @Test
    void shouldValidateWithoutKafkaAndPublishNothing() throws Exception {
        Path file = Files.writeString(
                dir.resolve("check.csv"),
                "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n440700,nothing,2022,1\n");
        assertThat(cli.run("publish", "--validate-only", "--bootstrap", "", file.toString()))
                .isEqualTo(2);
        assertThat(cli.out.toString().strip())
                .isEqualTo("published 0, rejected 1 (validate only: 1 rows would be published)");
        assertThat(cli.err.toString()).contains(file + ":3: indicator 'nothing' is not in the indicator dictionary");
    }

    @Test
    void shouldPublishAnSdmxJsonMessageInTheCataloguesCodesAndUnits() throws Exception {
        Path mapping = Files.writeString(
                dir.resolve("feed.mapping.tsv"),
                "field\tfrom\tto\ndimension\tindicator\tSERIES\nindicator\tGDP_B1GQ\tgdp\n"
                        + "area\tCN_44_20_T\t442000-torch\nunit\tCNY\t元\n");
        Path message = Files.writeString(dir.resolve("gdp.json"), """
                {"data": {"structure": {"dimensions": {
                   "series": [{"id": "REF_AREA", "values": [{"id": "CN_44_20_T"}]}, {"id": "SERIES", "values": [{"id": "GDP_B1GQ"}]}],
                   "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]},
                  "attributes": {"series": [{"id": "UNIT_MEASURE", "values": [{"id": "CNY"}]}, {"id": "UNIT_MULT", "values": [{"id": "8"}]}]}},
                 "dataSets": [{"series": {"0:0": {"attributes": [0, 0], "observations": {"0": [637.34]}}}}]}}
                """);
        List<String> args = new ArrayList<>(List.of(publish(message)));
        args.addAll(List.of("--mapping", mapping.toString()));
        assertThat(cli.run(args.toArray(String[]::new))).isZero();
        var reading = org.planwatch.schema.Topics.READINGS
                .valueSerde()
                .deserializer()
                .deserialize("", readAll("plan-readings", 1).get(0).value());
        assertThat(reading.getRegion() + " " + reading.getIndicator() + " " + reading.getValue() + " "
                        + reading.getUnit())
                .isEqualTo("442000-torch gdp 637.34 亿元");
    }

    @Test
    void shouldExitZeroWhenEveryRowIsPublished() throws Exception {
        Path file = Files.writeString(
                dir.resolve("good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n");
        assertThat(cli.run(publish(file))).isZero();
        assertThat(cli.out.toString()).isEqualTo("published 1, rejected 0" + System.lineSeparator());
    }

    @Test
    void shouldExitTwoAndNameTheLineWhenSomeRowsAreRejected() throws Exception {
        Path file = Files.writeString(
                dir.resolve("mixed.csv"),
                "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n440700,hospital_beds_per_1000,2022,many\n");
        assertThat(cli.run(publish(file))).isEqualTo(2);
        assertThat(cli.out.toString()).contains("published 1, rejected 1");
        assertThat(cli.err.toString()).contains(file + ":3: value 'many' is not a number");
    }

    @Test
    void shouldExitOneWhenNothingCanBeRead() {
        Path missing = dir.resolve("missing.csv");
        assertThat(cli.run(publish(missing))).isEqualTo(1);
        assertThat(cli.err.toString()).contains(missing + ": cannot read: no such file");
    }

    @Test
    void shouldSayHowToNameABrokerWhenNoneIsGiven() throws Exception {
        Path file = Files.writeString(
                dir.resolve("good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n");
        // the environment of this JVM may name a broker: the explicit empty option wins over it
        assertThat(cli.run("publish", "--bootstrap", "", file.toString())).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("no Kafka cluster given: pass --bootstrap HOST:PORT or set PLANWATCH_BOOTSTRAP");
    }

    @Test
    void shouldExitOneWithTheAddressWhenTheClusterDoesNotAnswer() throws Exception {
        Path file = Files.writeString(
                dir.resolve("good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n");
        // port 1 on loopback: nothing listens there
        assertThat(cli.run("publish", "--bootstrap", "127.0.0.1:1", "--kafka-timeout", "PT2S", file.toString()))
                .isEqualTo(1);
        // said at once, then the one-line failure once --kafka-timeout is spent
        assertThat(cli.err.toString().lines())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("planwatch: nothing accepts connections at 127.0.0.1:1"),
                        second -> assertThat(second)
                                .startsWith("planwatch: no Kafka broker answered at 127.0.0.1:1 within PT2S"));
    }
}
