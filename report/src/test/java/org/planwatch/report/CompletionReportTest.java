package org.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.evaluation.Timeline;
import org.planwatch.evaluation.Tolerance;

/** The report of a small plan, judged by the real evaluator, in each format. */
class CompletionReportTest {
    private static final Target FOREST = Target.builder("jm-14", "440700", "forest_coverage")
            .names("森林覆盖率", null) // the dictionary has its English name
            .unit("%")
            .kind(TargetKind.LEVEL, Bound.AT_LEAST)
            .base(2020, 45.14)
            .target(2025, 44.64)
            .direction(Direction.HIGHER_IS_BETTER)
            .attribute(Attribute.BINDING)
            .department("市林业局", true)
            .source("plan.txt:12")
            .build();
    private static final Target BEDS = Target.builder("jm-14", "440700", "hospital_beds_per_1000")
            .names("每千人口床位数<b>", "Hospital beds per 1,000 population")
            .unit("张")
            .kind(TargetKind.LEVEL, Bound.EXACT)
            .base(2020, 5.2)
            .target(2025, 6.15)
            .direction(Direction.HIGHER_IS_BETTER)
            .attribute(Attribute.ANTICIPATORY)
            .department("市卫生健康局", false)
            .source("plan.txt:13")
            .build();
    private static final Target GDP = Target.builder("jm-14", "440700", "gdp")
            .names("地区生产总值", "GDP")
            .unit("亿元")
            .kind(TargetKind.LEVEL, Bound.AT_LEAST)
            .base(2020, 3200.0)
            .target(2025, 4500.0)
            .outcome(4600.0, null)
            .direction(Direction.HIGHER_IS_BETTER)
            .source("plan.txt:14")
            .build();
    private static final Target OTHER_PLAN = Target.builder("gd-14", "440000", "gdp")
            .target(2025, 1.0)
            .direction(Direction.HIGHER_IS_BETTER)
            .source("other.txt:1")
            .build();

    private static final List<Target> TARGETS = List.of(FOREST, BEDS, GDP, OTHER_PLAN);

    private static List<Evaluation> judged(Map<String, List<Observation>> figures) {
        Map<String, History> histories = new java.util.TreeMap<>();
        figures.forEach((k, v) -> histories.put(k, History.of(v)));
        return new Timeline(ProgressEvaluator.withDefaults()).run(TARGETS, histories);
    }

    private static final List<Evaluation> EVALUATIONS = judged(Map.of(
            "440700|forest_coverage",
            List.of(new Observation(2021, 45.0, "r.csv:2"), new Observation(2022, 44.7, "r.csv:3")),
            "440700|hospital_beds_per_1000",
            List.of(
                    new Observation(2021, 5.3, "r.csv:4"),
                    new Observation(2022, 5.45, "r.csv:5"),
                    new Observation(2023, 5.5, "r.csv:6"))));

    private static CompletionReport report(Integer year, boolean simulated) {
        return CompletionReport.of(
                "jm-14",
                year,
                TARGETS,
                EVALUATIONS,
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                new FinalAssessment(Tolerance.DEFAULT),
                simulated,
                "r.csv");
    }

    private static String text(ReportFormat format, CompletionReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLayOutEveryTargetOfThePlanAsItsCompletionTableDoes() throws Exception {
        CompletionReport report = report(null, false);
        assertThat(report.rows())
                .extracting(r -> r.target().indicator())
                .containsExactly("forest_coverage", "hospital_beds_per_1000", "gdp");
        assertThat(report.regionName()).isEqualTo("江门市");
        Evaluation forest = report.rows().get(0).latest().orElseThrow();

        String md = text(ReportFormat.md, report);
        assertThat(md).contains("中期评估（截至2023年）").doesNotContain("SIMULATED");
        assertThat(md)
                .contains("| 1 | 森林覆盖率 | Forest coverage rate | 江门市 | % | 2020 | 45.14 | 2025 | ≥44.64 | 2022 | 44.7 | "
                        + forest.status().zh() + " " + forest.status().en()
                        + " | ★约束性 | 市林业局（按指标推断） | 规划 plan.txt:12；读数 r.csv:2,3 |")
                .contains("| 3 | 地区生产总值 | GDP | 江门市 | 亿元 | 2020 | 3200 | 2025 | ≥4500 | — | — | 无读数 no readings |");
        assertThat(md).contains("1. " + forest.reason(), "3. 没有该指标在规划期内的读数。");
    }

    @Test
    void shouldHeadThePlanByItsPrintedTitleAndTheYearsItCounts() {
        assertThat(report(2023, false).heading()).startsWith("江门市 jm-14（2021—2025年）主要指标中期评估（截至2023年）");
        Target titled = Target.builder("jm-14", "440700", "gdp")
                .planTitle("江门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要")
                .names("地区生产总值", null)
                .unit("亿元")
                .base(2020, 3200.0)
                .target(2025, 4500.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:14")
                .build();
        CompletionReport report = CompletionReport.of(
                "jm-14",
                2023,
                List.of(titled),
                List.of(),
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                new FinalAssessment(Tolerance.DEFAULT),
                false,
                "r.csv");
        assertThat(report.heading()).startsWith("《江门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021—2025年）主要指标中期评估");
    }

    @Test
    void shouldCountOnlyTheFiguresUpToTheYearAsked() {
        CompletionReport report = report(2021, false);
        assertThat(report.asOf()).isEqualTo(2021);
        assertThat(report.rows().get(1).latest().orElseThrow().year()).isEqualTo(2021);
        assertThat(report.titleZh()).isEqualTo("中期评估");
        assertThat(report(2025, false).titleZh()).isEqualTo("完成情况");
    }

    @Test
    void shouldJudgeATargetNoReadingReachesOnThePlansPrintedOutcomeInACloseOutOnly() throws Exception {
        String closeOut = text(ReportFormat.md, report(2025, true));
        String outcome =
                new FinalAssessment(Tolerance.DEFAULT).assess(GDP).orElseThrow().reason();
        assertThat(closeOut)
                .contains(
                        "| 3 | 地区生产总值 | GDP | 江门市 | 亿元 | 2020 | 3200 | 2025 | ≥4500 | 2025 | 4600 | 已实现（规划所列完成值） achieved"
                                + " (outcome as the plan prints it) |")
                .contains("3. " + outcome);
        assertThat(text(ReportFormat.md, report(2023, false))).contains("| — | — | 无读数 no readings |");
    }

    @Test
    void shouldScoreThePlanFromTheTargetsThatCanBeScoredInEveryFormat() throws Exception {
        CompletionReport report = report(null, false);
        // Forest cover holds its binding floor (44.7 over 44.64, no ratio): +5. Beds, 5.5 in 2023
        // against 5.77 on the straight path from 5.2 to 6.15: R = 0.30 / 0.57 = 0.526, so
        // -5 + (0.526 + 0.6) / 1.2 × 5 = -0.307. GDP has no reading before its year: not scored.
        assertThat(report.rows().get(0).latest().orElseThrow().progress()).isNull();
        assertThat(report.rows().get(1).latest().orElseThrow().progress()).isCloseTo(0.526, within(0.001));
        String line = report.scoreLine().orElseThrow();
        assertThat(line).startsWith("综合得分 Plan score 2.3（有进展但需加快").contains("from 2 of 3 targets");
        assertThat(text(ReportFormat.md, report)).contains(line);
        assertThat(text(ReportFormat.html, report)).contains("<p class=\"score\">" + Html.escape(line) + "</p>");
        try (XSSFWorkbook book = workbook(report)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue())
                    .isEqualTo(line);
            // and under it, where the figures come from
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo(report.sourceLine());
        }
        assertThat(text(ReportFormat.md, report)).contains(report.sourceLine());
        assertThat(text(ReportFormat.html, report)).contains(Html.escape(report.sourceLine()));
    }

    @Test
    void shouldLabelSimulatedReadingsInEveryFormat() throws Exception {
        CompletionReport report = report(null, true);
        assertThat(text(ReportFormat.md, report)).contains("【模拟数据】", "SIMULATED readings (r.csv)", "（模拟）");
        assertThat(text(ReportFormat.html, report)).contains("class=\"simulated\"", "（模拟）");
        try (XSSFWorkbook book = workbook(report)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .contains("SIMULATED");
        }
    }

    @Test
    void shouldKeepFiguresAsNumbersAndTheReasonMergedBeneathInTheWorkbook() throws Exception {
        try (XSSFWorkbook book = workbook(report(null, false))) {
            Sheet sheet = book.getSheet("完成情况");
            var beds = sheet.getRow(4);
            assertThat(beds.getCell(CompletionCells.LATEST).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(beds.getCell(CompletionCells.LATEST).getNumericCellValue())
                    .isEqualTo(5.5);
            assertThat(beds.getCell(CompletionCells.YEAR).getNumericCellValue()).isEqualTo(2023);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo(report(null, false)
                            .rows()
                            .get(1)
                            .latest()
                            .orElseThrow()
                            .reason());
            assertThat(sheet.getMergedRegions())
                    .anyMatch(r -> r.getFirstRow() == 5 && r.getLastColumn() == CompletionCells.HEADERS.size() - 1);
        }
    }

    @Test
    void shouldDrawEachFigureHigherWhenLargerWithThePathFromBaseToGoal() throws Exception {
        CompletionRow beds = report(null, false).rows().get(1);
        String svg = IndicatorChart.svg(beds, "beds");
        List<double[]> dots = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "<circle class=\"reading\" cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"[^>]*data-year=\"(\\d+)\" data-value=\"([\\d.]+)\"")
                .matcher(svg);
        while (m.find()) {
            dots.add(new double[] {
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4))
            });
        }
        assertThat(dots).extracting(d -> d[2]).containsExactly(2021.0, 2022.0, 2023.0);
        assertThat(dots).extracting(d -> d[3]).containsExactly(5.3, 5.45, 5.5);
        for (int i = 1; i < dots.size(); i++) {
            assertThat(dots.get(i)[0]).isGreaterThan(dots.get(i - 1)[0]);
            assertThat(dots.get(i)[1]).isLessThan(dots.get(i - 1)[1]); // larger value, higher on the page
        }
        Matcher path = Pattern.compile("class=\"required-path\"[^>]*points=\"([^\"]+)\"")
                .matcher(svg);
        assertThat(path.find()).isTrue();
        // every plan year on the path the evaluation drew: base 2020, through the 2023 milestone, goal 2025
        assertThat(path.group(1).split(" ")).hasSize(6);
        assertThat(svg).contains("class=\"trend\"", "class=\"target\"", "data-year=\"2025\" data-value=\"6.15\"");
        assertThat(IndicatorChart.svg(report(null, false).rows().get(2), "gdp")).isEmpty();
    }

    @Test
    void shouldEscapeWhatThePlanPrintsInHtml() throws Exception {
        String html = text(ReportFormat.html, report(null, false));
        assertThat(html).contains("每千人口床位数&lt;b&gt;").doesNotContain("床位数<b>");
        assertThat(html).contains("<figure id=\"chart-2\">").doesNotContain("<figure id=\"chart-3\">");
    }

    @Test
    void shouldNameTheKnownPlansForAnUnknownOne() {
        assertThatThrownBy(() -> CompletionReport.of(
                        "xx",
                        null,
                        TARGETS,
                        EVALUATIONS,
                        IndicatorDictionary.bundled(),
                        RegionDictionary.bundled(),
                        new FinalAssessment(Tolerance.DEFAULT),
                        false,
                        "r.csv"))
                .hasMessage("no plan xx in the catalogue; known plans: gd-14, jm-14");
    }

    private static XSSFWorkbook workbook(CompletionReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.xlsx.write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
