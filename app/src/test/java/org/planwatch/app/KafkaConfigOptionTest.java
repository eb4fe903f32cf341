package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --kafka-config} refused before any client is built: each problem one line naming the file. */
class KafkaConfigOptionTest {
    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    // Nothing listens on port 1: these runs must stop before any client tries it.
    private int publish(Path config) {
        return cli.run(
                "publish",
                "--bootstrap",
                "127.0.0.1:1",
                "--kafka-config",
                config.toString(),
                dir.resolve("feed.csv").toString());
    }

    @Test
    void shouldRefuseAMissingFileInOneLineNamingIt() {
        Path missing = dir.resolve("missing.properties");

        assertThat(publish(missing)).isEqualTo(1);
        assertThat(cli.err.toString())
                .isEqualTo(
                        "planwatch: cannot use --kafka-config " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void shouldRefuseAnUnsetEnvironmentVariableTheFileRefersTo() throws Exception {
        String unset =
                "PLANWATCH_TEST_UNSET_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        Path config = Files.writeString(
                dir.resolve("scram.properties"),
                "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
                        + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"planwatch-streams\" password=\"${env:" + unset + "}\";\n"
                        + "config.providers=env\n"
                        + "config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider\n");

        assertThat(publish(config)).isEqualTo(1);
        assertThat(cli.err.toString())
                .isEqualTo("planwatch: cannot use --kafka-config " + config + ": environment variable " + unset
                        + " (in sasl.jaas.config) is not set" + System.lineSeparator());
    }

    @Test
    void shouldShowKafkasVariableSyntaxInTheHelpRatherThanResolveIt() {
        assertThat(cli.run("streams", "--help")).isZero();
        assertThat(cli.out.toString()).contains("--kafka-config=FILE", "${env:NAME}");
    }

    @Test
    void shouldTakeTheFileFromPlanwatchKafkaConfig() {
        Path missing = dir.resolve("from-env.properties");
        CommandLine cl = PlanWatch.commandLine();
        cl.setDefaultValueProvider(
                new EnvDefaults(name -> name.equals("PLANWATCH_KAFKA_CONFIG") ? missing.toString() : null));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));

        assertThat(cl.execute("catalogue", "publish", "--bootstrap", "127.0.0.1:1"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot use --kafka-config " + missing + ": no such file");
    }
}
