package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A script must tell a mistyped command line from refused rows (2) and from a failure (1). */
class ExitStatusTest {
    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("publish", "--no-such-option", "feed.csv")).isEqualTo(PlanWatch.USAGE);
        assertThat(cli.err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void aMalformedValueIsAUsageErrorInEverySubcommandToo() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("catalogue", "diff")).as(cli.err.toString()).isEqualTo(PlanWatch.USAGE);
        assertThat(new CommandRun().run("streams", "--threads", "many")).isEqualTo(PlanWatch.USAGE);
    }

    @Test
    void theHelpSaysWhatEachStatusMeans() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString().replaceAll("\\s+", " "))
                .contains("2 some input rows were rejected", "64 the command line is wrong");
    }
}
