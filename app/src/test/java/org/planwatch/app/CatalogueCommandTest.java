package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.TargetCatalogue;

/** {@code catalogue import} and {@code catalogue export} as a user runs them. */
class CatalogueCommandTest {
    private final CommandRun cli = new CommandRun();

    @Test
    void shouldImportTheTablesItCanReadAndNameTheRowItCannot(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                江门市“十四五”时期卫生健康事业主要发展指标
                序号\t指标\t单位\t2020年\t2023年\t2025年\t属性
                1\t每千人口拥有医疗卫生机构床位数\t张\t5.20\t5.60\t6.15\t预期性
                2\t每千人口拥有注册护士数\t人\t3.24\t3.50\t见附件\t预期性
                """);
        Path tsv = dir.resolve("catalogue.tsv");

        int exit = cli.run("catalogue", "import", plan.toString(), "--out", tsv.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err.toString())
                .contains("plan.txt: 1 tables, 2 indicator rows, 1 targets")
                .contains("plan.txt:4: cell '见附件' of column '2025年': cannot read target expression '见附件'")
                .contains("1 targets, 1 rows not read");
        TargetCatalogue written = TargetCatalogue.read(tsv);
        assertThat(written.errors()).isEmpty();
        assertThat(written.targets()).singleElement().satisfies(t -> {
            assertThat(t.plan()).isEqualTo("jm-health-14");
            assertThat(t.region()).isEqualTo("440700");
            assertThat(t.indicator()).isEqualTo("hospital_beds_per_1000");
            assertThat(t.targetValue()).isEqualTo(6.15);
            assertThat(t.source()).isEqualTo("plan.txt:3");
        });
    }

    @Test
    void shouldImportAGb18030PageAndNameADocumentItCannotRead(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("plan.html");
        Files.write(page, """
                <html><head><meta charset="gb2312"></head><body>
                <h1>江门市“十四五”时期卫生健康事业主要发展指标</h1>
                <table>
                <tr><th>序号</th><th>指标</th><th>单位</th><th>2020年</th><th>2023年</th><th>2025年</th><th>属性</th></tr>
                <tr><td>1</td><td>每千人口拥有医疗卫生机构床位数</td><td>张</td><td>5.20</td><td>5.60</td><td>6.15</td>\
                <td>预期性</td></tr>
                </table></body></html>
                """.getBytes(java.nio.charset.Charset.forName("GB18030")));
        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "not a zip");

        int exit = cli.run("catalogue", "import", page.toString(), broken.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err.toString())
                .contains("plan.html: 1 tables, 1 indicator rows, 1 targets")
                .contains("broken.docx: not a Word .docx")
                .doesNotContain("Exception");
        assertThat(cli.out.toString()).contains("hospital_beds_per_1000");
    }

    @Test
    void shouldReadADocumentThatNamesNoPlanForTheRegionAndPeriodGiven(@TempDir Path dir) throws Exception {
        Path chapter = dir.resolve("chapter.txt");
        Files.writeString(chapter, "第十三篇 全面绿色转型\n关联主要指标\n森林覆盖率：25.8%（约束性）。\n");

        int exit = cli.run("catalogue", "import", chapter.toString(), "--region", "CN", "--period", "2026-2030");

        assertThat(exit).as("stderr: %s", cli.err).isZero();
        assertThat(cli.out.toString()).contains("cn-15\tCN\tforest_coverage");

        CommandRun without = new CommandRun();
        assertThat(without.run("catalogue", "import", chapter.toString(), "--period", "十五五"))
                .isEqualTo(1);
        assertThat(without.err.toString()).contains("--period needs --region").doesNotContain("Exception");
        CommandRun unreadable = new CommandRun();
        assertThat(unreadable.run("catalogue", "import", chapter.toString(), "--region", "CN", "--period", "soon"))
                .isEqualTo(1);
        assertThat(unreadable.err.toString()).contains("--period: 'soon' names no plan period");
    }

    @Test
    void shouldRefuseAFormatItDoesNotKnow(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "规划\n");

        int exit = cli.run("catalogue", "import", plan.toString(), "--format", "doc");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--format: unknown document format 'doc'");
    }

    /** --year dates a work report's 今年; a year no report speaks in is a usage error, said in one line. */
    @Test
    void shouldReadThisYearsGoalsOfAReportForTheYearGivenAndRefuseAnAbsurdYear(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "江门市政府工作报告提出今年的主要预期目标：地区生产总值增长5%左右。\n");

        assertThat(cli.run("catalogue", "import", report.toString(), "--year", "2026"))
                .isZero();
        assertThat(cli.out.toString()).contains("jm-annual-2026\t440700\tgdp_growth");

        CommandRun absurd = new CommandRun();
        assertThat(absurd.run("catalogue", "import", report.toString(), "--year", "26"))
                .isEqualTo(PlanWatch.USAGE);
        assertThat(absurd.err.toString()).contains("year 26 is not between 1949 and 2100");
    }

    @Test
    void shouldExportOneJsonObjectPerTarget() throws Exception {
        int exit = cli.run("catalogue", "export", "--format", "json");

        assertThat(exit).as("stderr: %s", cli.err).isZero();
        JsonNode rows = new ObjectMapper().readTree(cli.out.toString());
        assertThat(rows.size()).isEqualTo(TargetCatalogue.bundled().targets().size());
        JsonNode beds = null;
        for (JsonNode row : rows) {
            if (row.get("source").asText().equals("002_028c46f8710c799b.txt:3344")) {
                beds = row;
            }
        }
        assertThat(beds).isNotNull();
        assertThat(beds.get("indicator").asText()).isEqualTo("hospital_beds_per_1000");
        assertThat(beds.get("target_value").decimalValue()).isEqualByComparingTo("6.15");
        assertThat(beds.get("milestone_year").asInt()).isEqualTo(2023);
        assertThat(beds.get("department_inferred").asBoolean()).isTrue();
    }

    @Test
    void shouldApplyCorrectionsAndWriteTheReviewReport(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                江门市“十四五”时期卫生健康事业主要发展指标
                序号\t指标\t单位\t2020年\t2023年\t2025年\t属性
                1\t每千人口拥有医疗卫生机构床位数\t张\t5.20\t5.60\t6.15\t预期性
                2\t每千人口拥有注册护士数\t人\t3.24\t3.50\t3.80\t预期性
                """);
        Path overrides = dir.resolve("overrides.tsv");
        Files.writeString(overrides, """
                source\tindicator\taction\tchanges\twhy
                plan.txt:3\thospital_beds_per_1000\tset\ttarget_value=6.2\terrata of March
                plan.txt:4\t*\tdrop\t\tnot ours to answer for
                """);
        Path review = dir.resolve("review.md");
        Path tsv = dir.resolve("catalogue.tsv");

        int exit = cli.run(
                "catalogue",
                "import",
                plan.toString(),
                "--overrides",
                overrides.toString(),
                "--review",
                review.toString(),
                "--out",
                tsv.toString());

        assertThat(exit).as("stderr: %s", cli.err).isZero();
        assertThat(cli.err.toString()).contains("1 targets, 0 rows not read, 2 corrections applied");
        assertThat(TargetCatalogue.read(tsv).targets())
                .singleElement()
                .satisfies(t -> assertThat(t.targetValue()).isEqualTo(6.2));
        assertThat(Files.readString(review))
                .contains("## plan.txt")
                .contains("| 3 | jm-health-14 | hospital_beds_per_1000 每千人口拥有医疗卫生机构床位数 |")
                .contains("LEVEL EXACT 6.2 张 by 2025, from 5.2 in 2020")
                .contains("corrected by overrides")
                .contains("drop plan.txt:4 * (1 target): not ours to answer for");
    }

    @Test
    void shouldFailWhenNoTargetIsFound(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("notes.txt");
        Files.writeString(plan, "会议纪要\n今天讨论了明年的工作安排。\n");

        int exit = cli.run("catalogue", "import", plan.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err.toString()).contains("no target found");
    }

    @Test
    void shouldNameTheLineOfABadCorrectionWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "x\n");
        Path overrides = dir.resolve("overrides.tsv");
        Files.writeString(overrides, "source\tindicator\taction\nplan.txt:3\t*\tremove\n");

        int exit = cli.run("catalogue", "import", plan.toString(), "--overrides", overrides.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("planwatch: overrides.tsv:2: action 'remove' is not set, drop or add")
                .doesNotContain("at org.");
    }

    @Test
    void shouldDiffTwoCataloguesByTarget(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.tsv");
        Path after = dir.resolve("after.tsv");
        StringBuilder tsv = new StringBuilder();
        TargetCatalogue.bundled().writeTsv(tsv);
        Files.writeString(before, tsv);
        Files.writeString(after, tsv.toString().replaceFirst("\t3500\t", "\t3600\t"));

        assertThat(cli.run("catalogue", "diff", before.toString(), before.toString()))
                .isZero();
        assertThat(cli.out.toString()).contains("0 added, 0 removed, 0 changed");
        int exit = cli.run("catalogue", "diff", before.toString(), after.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(cli.out.toString()).contains("target_value 3500 -> 3600").contains("0 added, 0 removed, 1 changed");
    }
}
