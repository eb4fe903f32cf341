package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClientPropertiesTest {
    private static final String ENV_PROVIDER = "config.providers=env\n"
            + "config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider\n";
    private static final String JAAS = "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule"
            + " required username=\"planwatch-streams\" password=\"${env:KAFKA_PASSWORD}\";\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private KafkaClientProperties read(String text, UnaryOperator<String> env) throws IOException {
        return KafkaClientProperties.read(Files.writeString(dir.resolve("kafka.properties"), text), env, warnings::add);
    }

    private static Properties props(Object... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }

    @Test
    void shouldPutTheFileAbovePlanWatchsDefaultsAndBelowItsGuarantees() throws IOException {
        KafkaClientProperties file = read(
                "security.protocol=SASL_SSL\nclient.id=from-file\nlinger.ms=20\nacks=1\nsome.unknown.key=kept\n",
                name -> null);

        Properties merged = file.merge(
                "producer planwatch-publish",
                props("client.id", "planwatch-publish", "linger.ms", 5, "batch.size", 65536),
                props("bootstrap.servers", "broker:9092", "acks", "all", "enable.idempotence", true));

        assertThat(merged)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("client.id", "from-file")
                .containsEntry("linger.ms", "20")
                .containsEntry("batch.size", 65536)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("some.unknown.key", "kept");
        assertThat(warnings)
                .containsExactly(dir.resolve("kafka.properties")
                        + ": acks not used by producer planwatch-publish: PlanWatch sets it itself");
    }

    @Test
    void shouldNameTheOverriddenKeysButNeverTheirValues() throws IOException {
        KafkaClientProperties file =
                read("bootstrap.servers=secret-host:9093\nisolation.level=s3cret-level\n", name -> null);

        Properties merged = file.merge(
                "consumer planwatch-consumer",
                new Properties(),
                props("bootstrap.servers", "broker:9092", "isolation.level", "read_committed"));

        assertThat(merged)
                .containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("isolation.level", "read_committed");
        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .contains("bootstrap.servers, isolation.level not used by consumer planwatch-consumer")
                        .doesNotContain("secret", "s3cret"));
    }

    @Test
    void shouldNotWarnWhenTheFileSaysWhatPlanWatchSays() throws IOException {
        KafkaClientProperties file = read("acks=all\nenable.idempotence=true\n", name -> null);

        file.merge("producer p", new Properties(), props("acks", "all", "enable.idempotence", true));

        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldDropSerializersBecauseTheClientsGetThemFromPlanWatchsCode() throws IOException {
        KafkaClientProperties file = read("key.serializer=" + StringSerializer.class.getName() + "\n", name -> null);

        Properties merged = file.merge("producer p", new Properties(), props("acks", "all"));

        assertThat(merged).doesNotContainKey(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        assertThat(warnings).singleElement().asString().contains("key.serializer not used by producer p");
    }

    @Test
    void shouldLeaveVariablesForKafkaToResolve() throws IOException {
        KafkaClientProperties file = read(ENV_PROVIDER + JAAS, name -> name.equals("KAFKA_PASSWORD") ? "pw" : null);

        assertThat(file.merge("c", new Properties(), new Properties()).getProperty(SaslConfigs.SASL_JAAS_CONFIG))
                .endsWith("password=\"${env:KAFKA_PASSWORD}\";");
    }

    @Test
    void shouldRefuseAnUnsetEnvironmentVariableNamingItAndTheFile() {
        assertThatThrownBy(() -> read(ENV_PROVIDER + JAAS, name -> null))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("kafka.properties")
                        + ": environment variable KAFKA_PASSWORD (in sasl.jaas.config) is not set");
    }

    @Test
    void shouldCheckEveryAliasOfTheEnvironmentProviderAndItsAllowlist() {
        String file = "config.providers=file,secrets\n"
                + "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n"
                + "config.providers.secrets.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider\n"
                + "config.providers.secrets.param.allowlist.pattern=^KAFKA_\n"
                + "ssl.keystore.password=${secrets:KAFKA_KEYSTORE}\n"
                + "ssl.key.password=${secrets:HOME}\n"
                + "ssl.truststore.password=${file:/etc/secrets.properties:truststore}\n";

        assertThatThrownBy(() -> read(file, name -> name.equals("HOME") ? "/root" : null))
                .hasMessageEndingWith(": environment variable HOME (in ssl.key.password) is not allowed by"
                        + " config.providers.secrets.param.allowlist.pattern; environment variable KAFKA_KEYSTORE"
                        + " (in ssl.keystore.password) is not set");
    }

    @Test
    void shouldNotCheckVariablesWithoutAnEnvironmentProvider() throws IOException {
        // Without a provider Kafka reads ${env:...} as plain text, which is the user's to mean.
        assertThat(read(JAAS, name -> null)).isNotNull();
    }

    /**
     * Why PlanWatch checks: Kafka 4.3's EnvVarConfigProvider leaves a reference to an unset variable
     * in the value as text, silently, while it does resolve a set one.
     */
    @Test
    void shouldShowThatKafkaLeavesAnUnsetEnvironmentVariableUnresolved() {
        String unset = "PLANWATCH_TEST_UNSET_" + UUID.randomUUID().toString().replace('-', '_');
        ProducerConfig config = new ProducerConfig(Map.of(
                "bootstrap.servers", "broker:9092",
                "key.serializer", StringSerializer.class,
                "value.serializer", StringSerializer.class,
                "config.providers", "env",
                "config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider",
                "sasl.jaas.config", "password=\"${env:" + unset + "}\";",
                "client.id", "${env:PATH}"));

        assertThat(config.getPassword(SaslConfigs.SASL_JAAS_CONFIG).value())
                .isEqualTo("password=\"${env:" + unset + "}\";");
        assertThat(config.getString(ProducerConfig.CLIENT_ID_CONFIG)).isEqualTo(System.getenv("PATH"));
    }

    @Test
    void shouldRefuseAMissingOrUnreadableFileNamingIt() throws IOException {
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> KafkaClientProperties.read(missing, warnings::add))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> KafkaClientProperties.read(dir, warnings::add))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir + ": cannot read");
        Path latin1 = Files.write(dir.resolve("latin1.properties"), new byte[] {'a', '=', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> KafkaClientProperties.read(latin1, warnings::add))
                .hasMessage(latin1 + ": not UTF-8 text");
    }
}
