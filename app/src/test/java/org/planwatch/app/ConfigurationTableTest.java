package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planwatch.consumer.ConsumerSettings;
import org.planwatch.runtime.SettingsSource;
import org.planwatch.streams.StreamsSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The deployables' settings (the producer's, the streams job's, the consumer's), their commands' options and the
 * README's configuration table name the same things: a setting read from the environment in an image is an option on the
 * command line, its variable the one the command line reads, and a row of the table.
 */
class ConfigurationTableTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void shouldOfferEverySettingOfTheStreamsJobAsAnOptionAndDocumentIt() throws Exception {
        SettingsSource source = SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092"));
        StreamsSettings.from(source);

        assertOptionsAndRows("streams", source);
        assertThat(source.keysRead()).hasSizeGreaterThan(15);
    }

    @Test
    void shouldOfferEverySettingOfTheConsumerAsAnOptionAndDocumentIt() throws Exception {
        SettingsSource source = SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092"));
        ConsumerSettings.from(source);

        assertOptionsAndRows("consumer", source);
        assertThat(source.keysRead()).contains("group-id", "routes", "outbox", "digest");
    }

    /**
     * The producer's settings are spread over its commands' options: the endpoint's over ingest's,
     * the drop folder's, the mapping's and the catalogue's over publish's (its Kafka settings too).
     */
    @Test
    void shouldOfferEverySettingOfTheProducerAsAnOptionOfItsCommandsAndDocumentIt() throws Exception {
        SettingsSource source = SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092"));
        org.planwatch.producer.ProducerSettings.from(source);
        Map<String, String> ingest = Map.of("ingest-host", "--host", "ingest-port", "--port");

        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"));
        assertThat(source.keysRead()).contains("watch", "mapping", "catalogue").allSatisfy(key -> {
            String command = ingest.containsKey(key) ? "ingest" : "publish";
            String name = ingest.getOrDefault(key, "--" + key);
            OptionSpec option = PlanWatch.commandLine()
                    .getSubcommands()
                    .get(command)
                    .getCommandSpec()
                    .findOption(name);
            assertThat(option).as("%s %s", command, name).isNotNull();
            assertThat(EnvDefaults.variable(option)).as(key).isEqualTo(SettingsSource.variable(key));
            assertThat(table)
                    .as("README configuration row of %s %s", command, name)
                    .contains("`" + name + "`");
        });
    }

    private static void assertOptionsAndRows(String command, SettingsSource source) throws Exception {
        CommandSpec spec = PlanWatch.commandLine().getSubcommands().get(command).getCommandSpec();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"));
        assertThat(source.keysRead()).allSatisfy(key -> {
            OptionSpec option = spec.findOption("--" + key);
            assertThat(option).as("%s --%s", command, key).isNotNull();
            assertThat(EnvDefaults.variable(option)).isEqualTo(SettingsSource.variable(key));
            assertThat(table).as("README configuration row of --%s", key).contains("`--" + key + "`");
        });
    }
}
