package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code backtest} as a user runs it. */
class BacktestCommandTest {
    private final CommandRun cli = new CommandRun();

    @Test
    void shouldPrintEveryVerdictAsTsvWithItsNumbersAndSource() {
        assertThat(cli.run("backtest", "--format", "tsv")).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(0).split("\t"))
                .containsExactly(
                        "plan",
                        "region",
                        "indicator",
                        "measure",
                        "bound",
                        "target",
                        "outcome",
                        "status",
                        "source",
                        "reason");
        assertThat(lines).hasSize(91).allSatisfy(l -> assertThat(l.split("\t")).hasSize(10));
        assertThat(lines)
                .contains("jm-13\t440700\tforest_coverage\tlevel\tEXACT\t46.84\t45.14\tBREACHED"
                        + "\t002_028c46f8710c799b.txt:1608\t2020年森林覆盖率45.14%，目标46.84%，突破约束。"
                        + " 2020 forest_coverage level 45.14, target 46.84: breached.");
        assertThat(cli.err.toString().strip())
                .isEqualTo("90 targets with a printed outcome: ACHIEVED 59, BREACHED 7, MISSED 24");
    }

    @Test
    void shouldEndTheTableWithTheSummary() {
        assertThat(cli.run("backtest")).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("90 targets with a printed outcome: ACHIEVED 59, BREACHED 7, MISSED 24");
    }

    @Test
    void shouldPrintEveryVerdictAsJsonWithNumbersAsNumbers() throws Exception {
        assertThat(cli.run("backtest", "--format", "json")).isZero();
        com.fasterxml.jackson.databind.JsonNode rows =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out.toString());
        assertThat(rows).hasSize(90);
        com.fasterxml.jackson.databind.JsonNode forest = null;
        for (com.fasterxml.jackson.databind.JsonNode row : rows) {
            if (row.get("plan").asText().equals("jm-13")
                    && row.get("indicator").asText().equals("forest_coverage")) {
                forest = row;
            }
        }
        assertThat(forest).isNotNull();
        assertThat(forest.get("target").isNumber()).isTrue();
        assertThat(forest.get("target").decimalValue()).isEqualByComparingTo("46.84");
        assertThat(forest.get("outcome").decimalValue()).isEqualByComparingTo("45.14");
        assertThat(forest.get("status").asText()).isEqualTo("BREACHED");
        assertThat(cli.err.toString().strip())
                .isEqualTo("90 targets with a printed outcome: ACHIEVED 59, BREACHED 7, MISSED 24");
    }
}
