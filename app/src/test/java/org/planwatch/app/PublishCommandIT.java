package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

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

    private String[] publish(Path... files) {
        String[] args = new String[files.length + 5];
        args[0] = "publish";
        args[1] = "--bootstrap";
        args[2] = broker.bootstrapServers();
        args[3] = "--topic-prefix";
        args[4] = "publish-it-" + UUID.randomUUID() + "-";
        for (int i = 0; i < files.length; i++) {
            args[5 + i] = files[i].toString();
        }
        return args;
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
        Path file = Files.writeString(dir.resolve("good.csv"), "region,indicator,year,value\n440700,beds,2021,5.32\n");
        // the environment of this JVM may name a broker: the explicit empty option wins over it
        assertThat(cli.run("publish", "--bootstrap", "", file.toString())).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("no Kafka cluster given: pass --bootstrap HOST:PORT or set PLANWATCH_BOOTSTRAP");
    }

    @Test
    void shouldExitOneWithTheAddressWhenTheClusterDoesNotAnswer() throws Exception {
        Path file = Files.writeString(dir.resolve("good.csv"), "region,indicator,year,value\n440700,beds,2021,5.32\n");
        // port 1 on loopback: nothing listens there
        assertThat(cli.run("publish", "--bootstrap", "127.0.0.1:1", "--kafka-timeout", "PT2S", file.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString())
                .startsWith("planwatch: cannot set up topics on Kafka at 127.0.0.1:1 within PT2S")
                .doesNotContain("\tat ");
    }
}
