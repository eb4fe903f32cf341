package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnvDefaultsTest {

    @Test
    void shouldDeriveTheVariableNameFromTheOption() {
        assertThat(EnvDefaults.variable("--metrics-port")).isEqualTo("PLANWATCH_METRICS_PORT");
        assertThat(EnvDefaults.variable("--bootstrap")).isEqualTo("PLANWATCH_BOOTSTRAP");
    }

    @Test
    void shouldTakeTheEnvironmentOverTheDefaultAndTheCommandLineOverBoth() {
        Map<String, String> env = Map.of("PLANWATCH_METRICS_PORT", "9555", "PLANWATCH_BOOTSTRAP", "10.0.0.1:9092");
        ConsumerCommand fromEnv = parse(env, "consumer");
        assertThat(fromEnv.metrics.port).isEqualTo(9555);
        assertThat(fromEnv.kafka.bootstrap).isEqualTo("10.0.0.1:9092");
        assertThat(fromEnv.metrics.host).isEqualTo("127.0.0.1");

        ConsumerCommand fromArgs = parse(env, "consumer", "--metrics-port", "9600");
        assertThat(fromArgs.metrics.port).isEqualTo(9600);

        ConsumerCommand defaults = parse(Map.of(), "consumer");
        assertThat(defaults.metrics.port).isEqualTo(9400);
        assertThat(defaults.kafka.bootstrap).isNull();
    }

    private static ConsumerCommand parse(Map<String, String> env, String... args) {
        CommandLine cl = new CommandLine(new PlanWatch());
        cl.setDefaultValueProvider(new EnvDefaults(env::get));
        return (ConsumerCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
    }
}
