package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} as a user runs it: readings in, statuses out, bad rows named. */
class EvaluateCommandTest {
    private final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;

    private Path readings;

    @BeforeEach
    void writeReadings() throws Exception {
        readings = dir.resolve("r.csv");
        Files.writeString(
                readings,
                String.join(
                        "\n",
                        "region,indicator,year,value,unit,vintage",
                        "440700,hospital_beds_per_1000,2020,5.2,张,",
                        "440700,hospital_beds_per_1000,2022,5.40,张,0",
                        "440700,hospital_beds_per_1000,2022,5.47,张,1",
                        "440700,hospital_beds_per_1000,2021,5.32,‰,",
                        "440700,forest_coverage,2020,45.14,%,",
                        "440700,unknown_thing,2021,1,,",
                        "440700,gdp_growth,2021,8.5,%,",
                        "440700,gdp_growth,2022,4.4,%,",
                        "440700,gdp_growth,2023,5.0,%,"));
    }

    private String at(int line) {
        return readings + ":" + line;
    }

    @Test
    void shouldShowProgressAsAPercentageToPeopleAndAsAShareToMachines() {
        cli.run("evaluate", "--readings", readings.toString());
        String table = cli.out.toString();
        CommandRun tsv = new CommandRun();
        tsv.run("evaluate", "--readings", readings.toString(), "--format", "tsv");
        // the beds in 2022 (5.47 against a path to 6.15 from 5.2): the same share both ways
        String row = tsv.out
                .toString()
                .lines()
                .filter(l -> l.startsWith("jm-health-14\t440700\thospital_beds_per_1000\t2022"))
                .findFirst()
                .orElseThrow();
        String share = row.split("\t")[8];
        assertThat(share).matches("\\d\\.\\d+");
        assertThat(table)
                .contains(Math.round(Double.parseDouble(share) * 100) + "%")
                .doesNotContain(" " + share + " ");
    }

    @Test
    void shouldEvaluateEveryPlanCoveringAYearAndNameTheRowsItRefuses() {
        assertThat(cli.run("evaluate", "--readings", readings.toString(), "--format", "tsv"))
                .isEqualTo(2);
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("plan\tregion\tindicator\tyear\tstatus\tactual\texpected\tprojected\tprogress"
                        + "\tdepartment\treadings\treason");
        assertThat(lines)
                .extracting(l -> String.join(" ", List.of(l.split("\t")).subList(0, 5)))
                .containsExactly(
                        "plan region indicator year status",
                        // 2020 closes the 13th plan (forest cover 46.84% was binding) and is the 14th's base
                        "jm-13 440700 forest_coverage 2020 BREACHED",
                        "jm-14 440700 forest_coverage 2020 INSUFFICIENT_DATA",
                        "jm-14 440700 gdp_growth 2021 AHEAD",
                        "jm-14 440700 gdp_growth 2022 AHEAD",
                        "jm-14 440700 gdp_growth 2023 ON_TRACK",
                        "jm-health-14 440700 hospital_beds_per_1000 2020 INSUFFICIENT_DATA",
                        "jm-health-14 440700 hospital_beds_per_1000 2022 ON_TRACK");
        // the growth readings chained: 1.085 × 1.044 × 1.05 = 1.18934, 5.95% a year; the trend says 5.57
        String growth2023 = lines.get(5);
        assertThat(growth2023.split("\t")[5]).startsWith("5.9513");
        assertThat(growth2023.split("\t")[10]).isEqualTo(at(8) + " " + at(9) + " " + at(10));
        assertThat(growth2023).contains("趋势外推2025年为5.57").contains("trend to 2025 5.57, the path decides: on track.");
        // the 2022 bed figure of vintage 1 revised vintage 0
        assertThat(lines.get(7).split("\t")[10]).isEqualTo(at(4));
        assertThat(cli.err.toString())
                .contains(at(5) + ": unit '‰' is not a unit of hospital_beds_per_1000 (张)")
                .contains(at(7) + ": indicator 'unknown_thing' is not in the indicator dictionary")
                // the summary adds up against the file: 9 rows, the 2022 bed figure of vintage 1 replacing vintage 0
                .contains("read 9 rows: 7 admitted, 2 refused; 6 readings after revisions; evaluated 7 target-years")
                .contains("not evaluated 0");
    }

    @Test
    void shouldWriteJsonWithNumbersAsNumbers() throws Exception {
        cli.run("evaluate", "--readings", readings.toString(), "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(cli.out.toString());
        assertThat(rows).hasSize(7);
        JsonNode beds = rows.get(6);
        assertThat(beds.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(beds.get("actual").isNumber()).isTrue();
        assertThat(beds.get("expected").asDouble()).isEqualTo(5.466666667);
        assertThat(beds.get("projected").isNull()).isTrue();
        assertThat(beds.get("readings").get(0).asText()).isEqualTo(at(4));
    }

    @Test
    void shouldSucceedOnACleanFileAndShowTheReasonInTheTable() throws Exception {
        Path clean = dir.resolve("clean.csv");
        Files.writeString(clean, "region,indicator,year,value\n440700,hospital_beds_per_1000,2023,5.5\n");
        assertThat(cli.run("evaluate", "--readings", clean.toString())).isZero();
        assertThat(cli.out.toString()).contains("2023年每千人口拥有医疗卫生机构床位数5.5张，按规划路径应达5.6，完成进度75%，按规划路径判定，滞后。");
    }

    @Test
    void shouldSayWhenAReadingMeetsNoTarget() throws Exception {
        Path other = dir.resolve("other.csv");
        // an indicator Jiangmen has no target of, in a year the catalogue's plans cover: admitted (a
        // target may come), and said to be unused (a year no plan covers is refused, as publish does)
        Files.writeString(other, "region,indicator,year,value\n440700,high_tech_enterprises,2023,400\n");
        assertThat(cli.run("evaluate", "--readings", other.toString())).isZero();
        assertThat(cli.err.toString())
                .contains(other
                        + ":2: not evaluated: no target of the catalogue covers 440700|high_tech_enterprises in 2023");
    }

    /**
     * Issue 23, finding 10, and the one admission rule (issue 22): the rows the streams job refuses
     * are refused here for the same reasons, each named by file:line, and every other row is judged.
     */
    @Test
    void shouldReportEachBadRowAndJudgeTheRest() throws Exception {
        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(
                mixed,
                String.join(
                        "\n",
                        "region,indicator,year,value,unit",
                        "440700,gdp_growth,2021,-150,%",
                        "440700,hospital_beds_per_1000,2022,1e308,张",
                        "440700,hospital_beds_per_1000,2010,4.0,张",
                        "440700,hospital_beds_per_1000,2023,5.5,张",
                        "440700,gdp_growth,2022,4.4,%"));
        assertThat(cli.run("evaluate", "--readings", mixed.toString(), "--format", "tsv"))
                .isEqualTo(2);
        assertThat(cli.out.toString().lines().skip(1))
                .extracting(l -> String.join(" ", List.of(l.split("\t")).subList(0, 6)))
                .containsExactly(
                        "jm-14 440700 gdp_growth 2022 INSUFFICIENT_DATA 4.4", // 2021 refused: the chain has a gap
                        "jm-health-14 440700 hospital_beds_per_1000 2023 LAGGING 5.5");
        assertThat(cli.err.toString())
                .contains(mixed + ":2: growth -150% is below -100% (gdp cannot be negative)")
                .contains(mixed + ":3: value 1.0E308 is beyond any real figure of hospital_beds_per_1000")
                .contains(mixed + ":4: no plan period covers 2010 for 440700|hospital_beds_per_1000")
                .contains("3 refused;")
                .contains("not evaluated 0");
    }

    @Test
    void shouldNameAMissingFileWithoutAStackTrace() {
        assertThat(cli.run("evaluate", "--readings", dir.resolve("none.csv").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString().strip()).isEqualTo("planwatch: no such file: " + dir.resolve("none.csv"));
    }

    @Test
    void shouldApplyTheThresholdsItIsGiven() {
        // the 2022 bed figure made 101.25% of its path: on track by default, ahead from 1.01
        cli.run("evaluate", "--readings", readings.toString(), "--format", "tsv", "--ahead", "1.01");
        assertThat(cli.out.toString().lines().toList().get(7)).contains("\tAHEAD\t");
        CommandRun wrong = new CommandRun();
        assertThat(wrong.run("evaluate", "--readings", readings.toString(), "--on-track", "1.2"))
                .isEqualTo(1);
        assertThat(wrong.err.toString().strip())
                .isEqualTo(
                        "planwatch: thresholds must satisfy 0 < lagging < on-track <= 1 <= ahead, got 0.6, 1.2, 1.05");
    }

    /** Issue 21, defect 7: "62.0" is known to ±0.05, "62" to ±0.5, whatever the double says. */
    @Test
    void shouldKnowAFigureToTheDecimalsItIsWrittenWith() throws Exception {
        // forest cover 58 (2020) → 80 (2025): the 2021 path is 62.4; 62 made 4 of 4.4 (R 0.91)
        Path catalogue = dir.resolve("c.tsv");
        Files.writeString(
                catalogue,
                String.join("\t", org.planwatch.domain.TargetCatalogue.COLUMNS) + "\n"
                        + String.join(
                                "\t",
                                "t.txt:1",
                                "p",
                                "440700",
                                "forest_coverage",
                                "森林覆盖率",
                                "Forest coverage",
                                "%",
                                "LEVEL",
                                "EXACT",
                                "HIGHER_IS_BETTER",
                                "2020",
                                "58",
                                "",
                                "",
                                "",
                                "2025",
                                "80",
                                "", // target_upper
                                "",
                                "预期性",
                                "市林业局",
                                "false",
                                "",
                                "",
                                "",
                                "")
                        + "\n");
        Path written = dir.resolve("w.csv");
        Files.writeString(written, "region,indicator,year,value,unit\n440700,forest_coverage,2021,62.0,%\n");
        Path whole = dir.resolve("n.csv");
        Files.writeString(whole, "region,indicator,year,value,unit\n440700,forest_coverage,2021,62,%\n");

        assertThat(cli.run(
                        "evaluate",
                        "--readings",
                        written.toString(),
                        "--catalogue",
                        catalogue.toString(),
                        "--format",
                        "tsv"))
                .as(cli.err.toString())
                .isZero();
        assertThat(cli.out.toString().lines().skip(1).findFirst().orElseThrow().split("\t")[4])
                .isEqualTo("LAGGING");
        CommandRun again = new CommandRun();
        assertThat(again.run(
                        "evaluate",
                        "--readings",
                        whole.toString(),
                        "--catalogue",
                        catalogue.toString(),
                        "--format",
                        "tsv"))
                .isZero();
        assertThat(again.out
                        .toString()
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .split("\t")[4])
                .isEqualTo("ON_TRACK");
    }

    /** evaluate takes its files as publish does, and checks their rows as publish does. */
    @Test
    void shouldTakeFilesAsPublishDoesAndNameADuplicateRowAsPublishDoes() throws Exception {
        Path twice = dir.resolve("twice.csv");
        Files.writeString(
                twice,
                String.join(
                        "\n",
                        "region,indicator,year,value,unit",
                        "440700,hospital_beds_per_1000,2022,5.40,张",
                        "440700,hospital_beds_per_1000,2022,5.40,张"));

        assertThat(cli.run("evaluate", twice.toString(), "--format", "tsv")).isEqualTo(2);
        assertThat(cli.err.toString()).contains(twice + ":3: duplicate of " + twice + ":2");

        CommandRun none = new CommandRun();
        assertThat(none.run("evaluate")).isEqualTo(PlanWatch.USAGE);
        assertThat(none.err.toString()).contains("name the readings files to evaluate");
    }

    /**
     * evaluate reads a feed with its mapping and converts its units as publish does: an SDMX-CSV
     * file in the bureau's codes, one figure in 万亿元, is judged in the catalogue's codes and 亿元;
     * without the mapping the same rows are refused, as publish would refuse them.
     */
    @Test
    void shouldReadAFeedWithItsMappingAndUnitsAsPublishDoes() throws Exception {
        Path feed = dir.resolve("jiangmen-gdp.csv");
        Files.writeString(
                feed,
                String.join(
                        "\n",
                        "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE",
                        "CNSTATS:GDP(1.0),CN_44_07,NY_GDP,2015,2264.19,CNY_100M",
                        "CNSTATS:GDP(1.0),CN_44_07,NY_GDP,2020,0.320095,CNY_1T",
                        "CNSTATS:GDP(1.0),CN_44_07,SP_POP,2020,479.81,PERSONS_10K",
                        ""));
        Path mapping = dir.resolve("jiangmen.mapping.tsv");
        Files.writeString(
                mapping,
                String.join(
                        "\n",
                        "field\tfrom\tto",
                        "indicator\tNY_GDP\tgdp",
                        "area\tCN_44_07\t440700",
                        "unit\tCNY_100M\t亿元",
                        "unit\tCNY_1T\t万亿元",
                        ""));

        assertThat(cli.run("evaluate", feed.toString(), "--mapping", mapping.toString(), "--format", "tsv"))
                .isEqualTo(2);
        assertThat(cli.out.toString().lines())
                .filteredOn(l -> l.startsWith("jm-13\t440700\tgdp\t2020\t"))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")[5]).isEqualTo("3200.95"));
        assertThat(cli.err.toString())
                .contains(feed + ":4: indicator 'SP_POP' is not in the mapping")
                .contains("read 3 rows: 2 admitted, 1 refused;");

        CommandRun unmapped = new CommandRun();
        assertThat(unmapped.run("evaluate", feed.toString(), "--format", "tsv")).isEqualTo(2);
        assertThat(unmapped.out.toString().lines()).noneMatch(l -> l.startsWith("jm-13\t440700\tgdp\t"));
        assertThat(unmapped.err.toString()).contains("read 3 rows: 0 admitted, 3 refused;");
    }

    /**
     * A bureau's deletion withdraws the year's figure offline as in the pipeline: the release gives
     * Jiangmen's hospital beds per 1000 for 2021 and 2022, the correction after it deletes 2022
     * ({@code ACTION=D}), and evaluate judges jm-health-14's target on 2021 alone.
     */
    @Test
    void shouldJudgeWithoutAYearALaterFileDeletes() throws Exception {
        String header = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n";
        Path release = dir.resolve("release.csv");
        Files.writeString(
                release,
                header + "dataflow,CNSTATS:HEALTH(1.0),I,440700,hospital_beds_per_1000,2021,5.30\n"
                        + "dataflow,CNSTATS:HEALTH(1.0),I,440700,hospital_beds_per_1000,2022,5.45\n");
        Path correction = dir.resolve("correction.csv");
        Files.writeString(correction, header + "dataflow,CNSTATS:HEALTH(1.0),D,440700,hospital_beds_per_1000,2022,\n");

        CommandRun both = new CommandRun();
        both.run("evaluate", release.toString(), correction.toString(), "--format", "tsv");
        CommandRun first = new CommandRun();
        first.run("evaluate", release.toString(), "--format", "tsv");

        String beds = "jm-health-14\t440700\thospital_beds_per_1000\t";
        assertThat(first.out.toString().lines()).as("err: %s", first.err).anyMatch(l -> l.startsWith(beds + "2022\t"));
        assertThat(both.out.toString().lines())
                .as("out: %s err: %s", both.out, both.err)
                .filteredOn(l -> l.startsWith(beds))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")[3]).isEqualTo("2021"));
    }
}
