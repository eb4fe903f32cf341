package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish --validate-only} on SDMX files, no cluster: what is counted, and how. */
class PublishValidateOnlyTest {
    @TempDir
    Path dir;

    @Test
    void shouldCountARefusedHeaderAsAFileNotReadNotAsOneRejectedRow() throws Exception {
        Path file = dir.resolve("no-area.csv");
        Files.writeString(
                file,
                "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
                        + "dataflow,JMSTATS:GDP(1.0),M,gdp,2022,3773.41\n".repeat(1000));
        CommandRun cli = new CommandRun();

        assertThat(cli.run("publish", "--validate-only", file.toString())).isEqualTo(1);
        assertThat(cli.out.toString().strip())
                .isEqualTo("published 0, rejected 0, 1 file not read (validate only: 0 rows would be published)");
        assertThat(cli.err.toString())
                .contains(file + ":1: the header lacks REF_AREA")
                .contains("none of the file's 1000 rows read");
    }

    @Test
    void shouldStillCountRowsRefusedOneByOneAsRejected() throws Exception {
        Path file = dir.resolve("status.csv");
        Files.writeString(file, """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS
                dataflow,JMSTATS:HEALTH(1.0),M,440700,hospital_beds_per_1000,2022,5.40,张,A
                dataflow,JMSTATS:HEALTH(1.0),M,440700,hospital_beds_per_1000,2021,,张,M
                """);
        CommandRun cli = new CommandRun();

        assertThat(cli.run("publish", "--validate-only", file.toString())).isEqualTo(2);
        assertThat(cli.out.toString().strip())
                .isEqualTo("published 0, rejected 1 (validate only: 1 rows would be published)");
        assertThat(cli.err.toString()).contains(file + ":3: OBS_STATUS M marks the value as missing");
    }
}
