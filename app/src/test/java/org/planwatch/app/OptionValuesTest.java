package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Option values outside what they mean are usage errors in one line, found while parsing (outsider
 * trial: a port of 99999, zero threads, a 1 s session timeout and a Duration written as 5 each ended
 * in a stack trace or a two-minute wait).
 */
class OptionValuesTest {
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "streams| --metrics-port| 99999| port 99999 is not between 0 and 65535",
                "consumer| --metrics-port| -1| port -1 is not between 0 and 65535",
                "ingest| --port| 70000| port 70000 is not between 0 and 65535",
                "streams| --threads| 0| 0 is fewer than one",
                "streams| --session-timeout| PT1S| shorter than the 6 s a broker accepts",
                "consumer| --session-timeout| 1s| shorter than the 6 s a broker accepts",
                "streams| --commit-interval| 5| is not a duration: write it as 30s, 500ms, 5m or PT30S",
                // issue 25's trial: said as if cut off (a duration is not)
                "publish| --kafka-timeout| -PT1S| is negative: give a time to wait, such as 30s or PT30S",
            })
    void shouldRefuseAValueOutsideItsMeaningInOneLine(String command, String option, String value, String says) {
        CommandRun cli = new CommandRun();

        assertThat(cli.run(command, option, value)).isEqualTo(PlanWatch.USAGE);
        String err = cli.err.toString();
        assertThat(err).contains(says).contains(command + " --help lists every option");
        assertThat(err.lines()).hasSize(2);
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void shouldReadADurationWithAUnitAsWellAsInIso8601() {
        assertThat(OptionValues.duration("30s")).hasSeconds(30);
        assertThat(OptionValues.duration("500ms")).hasMillis(500);
        assertThat(OptionValues.duration("PT2M")).hasMinutes(2);
    }

    @Test
    void shouldSayAStateFolderItCannotWriteInOneLine(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "not a folder");
        CommandRun cli = new CommandRun();

        assertThat(cli.run("streams", "--state-dir", file.resolve("state").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString())
                .startsWith("planwatch: cannot keep the job's state in")
                .contains("--state-dir")
                .doesNotContain("\tat ");
    }
}
