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
    void aMistypedOptionIsNamedBeforeTheRequiredOneItWasMeantToBe() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("report", "--plna", "jm-health-15")).isEqualTo(PlanWatch.USAGE);
        assertThat(cli.err.toString())
                .startsWith("planwatch: Unknown option: '--plna'")
                .doesNotContain("Missing required option");

        CommandRun missing = new CommandRun();
        assertThat(missing.run("report", "--out", "report.html")).isEqualTo(PlanWatch.USAGE);
        assertThat(missing.err.toString()).startsWith("planwatch: Missing required option: '--plan=ID'");
    }

    @Test
    void aMalformedValueIsAUsageErrorInEverySubcommandToo() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("catalogue", "diff")).as(cli.err.toString()).isEqualTo(PlanWatch.USAGE);
        assertThat(new CommandRun().run("streams", "--threads", "many")).isEqualTo(PlanWatch.USAGE);
    }

    /**
     * Issue 22: a wait of zero was refused from the environment (PLANWATCH_COMMIT_INTERVAL=0s) and
     * taken from the command line; both refuse it now, in the same words.
     */
    @Test
    void aDurationOfZeroIsAUsageErrorAsInTheEnvironment() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("streams", "--commit-interval", "0s")).isEqualTo(PlanWatch.USAGE);
        assertThat(cli.err.toString()).contains("'0s' is not a time longer than zero");
    }

    /** Issue 23's second trial: a mistyped drop folder was created and watched in silence. */
    @Test
    void aDropFolderThatDoesNotExistIsAUsageErrorAndIsNotCreated(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path missing = dir.resolve("inbox-typo");
        CommandRun cli = new CommandRun();

        assertThat(cli.run("publish", "--validate-only", "--watch", missing.toString()))
                .isEqualTo(PlanWatch.USAGE);
        assertThat(cli.err.toString()).contains("--watch " + missing + ": no such folder (create it first)");
        assertThat(missing).doesNotExist();
    }

    /** Issue 25's trial: a folder given for the readings ended evaluate and report in a stack trace. */
    @Test
    void aFolderGivenForTheReadingsIsOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CommandRun evaluate = new CommandRun();
        assertThat(evaluate.run("evaluate", dir.toString())).isEqualTo(1);
        assertThat(evaluate.err.toString().strip())
                .isEqualTo("planwatch: " + dir + " is a folder: give the readings files in it (" + dir + "/*.csv)");

        CommandRun report = new CommandRun();
        assertThat(report.run("report", "--plan", "jm-health-14", "--readings", dir.toString()))
                .isEqualTo(1);
        assertThat(report.err.toString()).contains("is a folder").doesNotContain("\tat ");
    }

    /** Issue 25's trial: Kafka not answering printed its exception, twice, with no hint. */
    @Test
    void aClusterThatDoesNotAnswerInTimeIsOneLineWithWhatToCheck() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run(
                        "report",
                        "--plan",
                        "jm-health-14",
                        "--from-status",
                        "--bootstrap",
                        "127.0.0.1:1",
                        "--kafka-timeout",
                        "PT1S"))
                .isEqualTo(1);
        assertThat(cli.err.toString().lines().filter(l -> l.startsWith("planwatch: ")))
                .singleElement()
                .asString()
                .contains("check that the cluster of --bootstrap is up and reachable");
        assertThat(cli.err.toString()).doesNotContain("\tat ");
    }

    @Test
    void theHelpSaysWhatEachStatusMeans() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString().replaceAll("\\s+", " "))
                .contains("2 some input rows were rejected", "64 the command line is wrong");
    }

    @Test
    void aFileWithAHeaderAndNoRowsIsNotASuccess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path empty =
                java.nio.file.Files.writeString(dir.resolve("readings.csv"), "region,indicator,year,value\n");
        CommandRun cli = new CommandRun();

        assertThat(cli.run("publish", "--validate-only", empty.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains(empty + ": no rows after its header: nothing to publish");
        assertThat(cli.out.toString()).contains("1 file not read");
    }

    @Test
    void evaluatingAFileWithNoRowsIsNotASuccess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path empty =
                java.nio.file.Files.writeString(dir.resolve("readings.csv"), "region,indicator,year,value\n");
        CommandRun cli = new CommandRun();

        assertThat(cli.run("evaluate", empty.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("planwatch: no readings in " + empty + ": nothing to evaluate");
    }

    @Test
    void anEmptyOrBinaryFileIsAFileNotReadAndNoFilesIsAUsageError(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // outsider trial: a 0-byte or binary file was "rejected 1" (exit 2) and sent to the dead letters as a row
        java.nio.file.Path empty = java.nio.file.Files.writeString(dir.resolve("empty.csv"), "");
        java.nio.file.Path binary =
                java.nio.file.Files.write(dir.resolve("binary.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        for (java.nio.file.Path file : java.util.List.of(empty, binary)) {
            assertThat(new CommandRun().run("publish", "--validate-only", "--encoding", "utf-8", file.toString()))
                    .as("publish %s", file)
                    .isEqualTo(1);
            CommandRun evaluate = new CommandRun();
            assertThat(evaluate.run("evaluate", "--encoding", "utf-8", file.toString()))
                    .as("evaluate %s", file)
                    .isEqualTo(1);
            assertThat(evaluate.err.toString()).contains("nothing to evaluate").doesNotContain("\tat ");
            assertThat(evaluate.err.toString().lines().filter(l -> l.startsWith("planwatch: ")))
                    .as("one line per file not read, then the verdict: %s", evaluate.err)
                    .hasSizeBetween(1, 2);
        }
        assertThat(new CommandRun().run("publish")).isEqualTo(PlanWatch.USAGE);
        // beside a file that is read, one that is not still makes the run a failure, and is said
        java.nio.file.Path good = java.nio.file.Files.writeString(
                dir.resolve("good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n");
        CommandRun both = new CommandRun();
        assertThat(both.run("evaluate", good.toString(), empty.toString())).isEqualTo(1);
        assertThat(both.err.toString()).contains("1 files not read");
    }

    /** A deployable's setting that cannot be used, from any command: one line naming it, exit 1, no stack trace. */
    @picocli.CommandLine.Command(name = "refuses")
    static final class RefusesASetting implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new org.planwatch.runtime.SettingsException("PLANWATCH_ROUTES: no such file /nowhere/routes.tsv");
        }
    }

    @Test
    void shouldSayASettingThatCannotBeUsedInOneLine() {
        CommandRun cli = new CommandRun(() -> PlanWatch.commandLine(java.util.List.of(new RefusesASetting())));

        assertThat(cli.run("refuses")).isEqualTo(1);
        assertThat(cli.err.toString().strip())
                .isEqualTo("planwatch: PLANWATCH_ROUTES: no such file /nowhere/routes.tsv");
    }
}
