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
        assertThat(fromEnv.consumerOptions.metrics.port).isEqualTo(9555);
        assertThat(fromEnv.consumerOptions.kafka.bootstrap).isEqualTo("10.0.0.1:9092");
        assertThat(fromEnv.consumerOptions.metrics.host).isEqualTo("127.0.0.1");

        ConsumerCommand fromArgs = parse(env, "consumer", "--metrics-port", "9600");
        assertThat(fromArgs.consumerOptions.metrics.port).isEqualTo(9600);

        ConsumerCommand defaults = parse(Map.of(), "consumer");
        assertThat(defaults.consumerOptions.metrics.port).isEqualTo(9400);
        assertThat(defaults.consumerOptions.kafka.bootstrap).isNull();
    }

    private static ConsumerCommand parse(Map<String, String> env, String... args) {
        CommandLine cl = new CommandLine(new PlanWatch());
        cl.setDefaultValueProvider(new EnvDefaults(env::get));
        return (ConsumerCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
    }

    /** Issue 25's trial: a bad value the user never typed named the option, not the variable that set it. */
    @Test
    void aBadValueFromTheEnvironmentNamesItsVariableAndNoJavaClass() {
        CommandRun cli = new CommandRun(() -> {
            CommandLine cl = PlanWatch.commandLine();
            cl.setDefaultValueProvider(new EnvDefaults(Map.of("PLANWATCH_PUBLISH_FORMAT", "tsv")::get));
            return cl;
        });

        assertThat(cli.run("publish", "--validate-only", "feed.csv")).isEqualTo(PlanWatch.USAGE);
        assertThat(cli.err.toString())
                .startsWith("planwatch: PLANWATCH_PUBLISH_FORMAT=tsv: Invalid value for option '--format': format 'tsv'"
                        + " is not one of auto, csv")
                .doesNotContain("Exception");
    }

    @Test
    void aVariableForOneCommandsFormatLeavesTheOthersAlone() {
        Map<String, String> env = Map.of("PLANWATCH_EVALUATE_FORMAT", "tsv", "PLANWATCH_FORMAT", "tsv");
        CommandLine cl = new CommandLine(new PlanWatch());
        cl.setDefaultValueProvider(new EnvDefaults(env::get));

        PublishCommand publish = (PublishCommand)
                cl.parseArgs("publish", "feed.csv").subcommand().commandSpec().userObject();

        assertThat(publish.format).isEqualTo(org.planwatch.producer.FeedFormat.AUTO);
        assertThat(EnvDefaults.variable(
                        cl.getSubcommands().get("evaluate").getCommandSpec().findOption("--format")))
                .isEqualTo("PLANWATCH_EVALUATE_FORMAT");
        assertThat(EnvDefaults.variable(cl.getSubcommands()
                        .get("catalogue")
                        .getSubcommands()
                        .get("import")
                        .getCommandSpec()
                        .findOption("--format")))
                .isEqualTo("PLANWATCH_CATALOGUE_IMPORT_FORMAT");
    }

    /** Every option that names its variable in its help names the one it reads; a rename cannot lie. */
    @Test
    void theHelpNamesTheVariableEachOptionReads() {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        check(PlanWatch.commandLine(), wrong);
        assertThat(wrong).isEmpty();
    }

    private static void check(CommandLine command, java.util.List<String> wrong) {
        for (picocli.CommandLine.Model.OptionSpec option :
                command.getCommandSpec().options()) {
            String help = String.join(" ", option.description());
            java.util.regex.Matcher named =
                    java.util.regex.Pattern.compile("env (PLANWATCH_[A-Z_]+)").matcher(help);
            if (named.find() && !named.group(1).equals(EnvDefaults.variable(option))) {
                wrong.add(command.getCommandSpec().qualifiedName() + " " + option.longestName() + " says "
                        + named.group(1) + " but reads " + EnvDefaults.variable(option));
            }
        }
        command.getSubcommands().values().forEach(sub -> check(sub, wrong));
    }
}
