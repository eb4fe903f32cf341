package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;

/**
 * {@code report} as a user runs it, for every plan of the bundled catalogue, on the committed
 * SIMULATED readings (three level targets of each plan): the xlsx reopened with POI, the HTML
 * loaded in a real headless browser (HtmlUnit) and its charts checked against the readings.
 */
class ReportCommandTest {
    private static final String READINGS = "/org/planwatch/app/report-readings-simulated.csv";

    private final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;

    private Path readings;

    /** The committed readings by line number, as the reports cite them ({@code FILE:LINE}). */
    private final Map<Integer, String[]> byLine = new HashMap<>();

    @BeforeEach
    void copyReadings() throws Exception {
        readings = dir.resolve("report-readings-simulated.csv");
        try (InputStream in = Objects.requireNonNull(ReportCommandTest.class.getResourceAsStream(READINGS))) {
            Files.copy(in, readings);
        }
        List<String> lines = Files.readAllLines(readings);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#") && !lines.get(i).startsWith("region")) {
                byLine.put(i + 1, lines.get(i).split(","));
            }
        }
    }

    static Stream<String> plans() {
        return TargetCatalogue.bundled().targets().stream().map(Target::plan).distinct();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void shouldWriteAllThreeFormatsForEveryPlanLabelledSimulated(String plan) throws Exception {
        Path md = dir.resolve(plan + ".md");
        Path html = dir.resolve(plan + ".html");
        Path xlsx = dir.resolve(plan + ".xlsx");
        for (Path out : List.of(md, html, xlsx)) {
            String format = out.getFileName().toString().replaceAll(".*\\.", "");
            assertThat(cli.run(
                            "report",
                            "--plan",
                            plan,
                            "--format",
                            format,
                            "--out",
                            out.toString(),
                            "--readings",
                            readings.toString()))
                    .as(cli.err.toString())
                    .isZero();
        }
        List<Target> targets = TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.plan().equals(plan))
                .toList();

        String markdown = Files.readString(md);
        assertThat(markdown).contains("SIMULATED", "【模拟数据】", plan, "| 完成情况 Status |");
        assertThat(markdown.lines().filter(l -> l.matches("\\| \\d+ \\|.*"))).hasSize(targets.size());

        checkWorkbook(xlsx, targets.size());
        checkCharts(html, targets);
    }

    /** Every target a row, a reason merged beneath; each judged row's figure is the reading it cites. */
    private void checkWorkbook(Path xlsx, int targets) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = book.getSheet("完成情况");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("SIMULATED");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("指标");
            int status = column(header, "完成情况 Status");
            int latest = column(header, "完成值/最新值 Outcome or latest");
            int year = column(header, "年份 Year");
            int source = column(header, "来源 Source");
            int rows = 0;
            int judged = 0;
            // the table ends at its first empty row; the plan's score line stands below it
            for (int r = 3; r <= sheet.getLastRowNum() && sheet.getRow(r) != null; r += 2) {
                Row row = sheet.getRow(r);
                rows++;
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(rows);
                assertThat(sheet.getRow(r + 1).getCell(1).getStringCellValue())
                        .as("the reason beneath row %d", rows)
                        .isNotBlank();
                Cell figure = row.getCell(latest);
                if (figure == null || row.getCell(status).getStringCellValue().contains("规划所列完成值")) {
                    continue; // no reading, or the outcome the plan prints: neither is a simulated reading
                }
                judged++;
                assertThat(figure.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(status).getStringCellValue()).contains("（模拟）");
                String cited = row.getCell(source).getStringCellValue();
                String lastReading = cited.substring(Math.max(cited.lastIndexOf(':'), cited.lastIndexOf(',')) + 1);
                String[] reading = byLine.get(Integer.parseInt(lastReading));
                assertThat((int) row.getCell(year).getNumericCellValue()).isEqualTo(Integer.parseInt(reading[2]));
                assertThat(figure.getNumericCellValue()).isEqualTo(Double.parseDouble(reading[3]));
            }
            assertThat(rows).isEqualTo(targets);
            assertThat(sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue())
                    .startsWith("综合得分 Plan score");
            // and last, where the figures come from
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .startsWith("数据来源 Figures from:")
                    .endsWith(readings.toString());
            // three targets have readings; another target of the same indicator may rest on them too
            assertThat(judged).isGreaterThanOrEqualTo(3);
        }
    }

    /** Each chart's dots are the readings of its target's period, drawn left to right and higher when larger. */
    private void checkCharts(Path html, List<Target> targets) throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage page = browser.getPage(html.toUri().toURL());
            assertThat(page.querySelector("p.simulated").asNormalizedText()).contains("SIMULATED");
            List<DomNode> figures = page.querySelectorAll("figure");
            // the three targets given readings, and any other target their readings judge
            assertThat(figures).hasSizeGreaterThanOrEqualTo(3);
            int levelCharts = 0;
            for (DomNode figure : figures) {
                // chart-N draws the table's row N, and the rows are the plan's targets in catalogue order
                String id = ((DomElement) figure).getAttribute("id");
                Target t = targets.get(Integer.parseInt(id.substring("chart-".length())) - 1);
                DomNode chart = figure.querySelector("svg.chart", figure);
                String indicator = ((DomElement) chart).getAttribute("data-indicator");
                assertThat(indicator).isEqualTo(t.indicator());
                if (t.kind() != TargetKind.LEVEL) {
                    continue; // its figures are a growth or a change, not the readings: CompletionReportTest draws
                    // those
                }
                levelCharts++;
                int first = t.baseYear() != null ? t.baseYear() : t.targetYear() - 5;
                List<double[]> expected = new ArrayList<>();
                for (String[] r : byLine.values()) {
                    int y = Integer.parseInt(r[2]);
                    if (r[0].equals(t.region()) && r[1].equals(indicator) && y >= first && y <= t.targetYear()) {
                        expected.add(new double[] {y, Double.parseDouble(r[3])});
                    }
                }
                expected.sort((a, b) -> Double.compare(a[0], b[0]));

                List<DomNode> dots = chart.querySelectorAll("circle.reading", chart);
                assertThat(dots).hasSize(expected.size());
                List<String> centres = new ArrayList<>();
                for (int i = 0; i < dots.size(); i++) {
                    DomElement dot = (DomElement) dots.get(i);
                    assertThat(Double.parseDouble(dot.getAttribute("data-year")))
                            .isEqualTo(expected.get(i)[0]);
                    assertThat(Double.parseDouble(dot.getAttribute("data-value")))
                            .isEqualTo(expected.get(i)[1]);
                    centres.add(dot.getAttribute("cx") + "," + dot.getAttribute("cy"));
                    if (i > 0) {
                        DomElement before = (DomElement) dots.get(i - 1);
                        assertThat(Double.parseDouble(dot.getAttribute("cx")))
                                .isGreaterThan(Double.parseDouble(before.getAttribute("cx")));
                        double rise = expected.get(i)[1] - expected.get(i - 1)[1];
                        double drawn = Double.parseDouble(before.getAttribute("cy"))
                                - Double.parseDouble(dot.getAttribute("cy"));
                        assertThat(Math.signum(drawn)).isEqualTo(Math.signum(rise));
                    }
                }
                DomElement line = (DomElement) chart.querySelector("polyline.readings", chart);
                assertThat(List.of(line.getAttribute("points").split(" "))).isEqualTo(centres);
                if (t.baseValue() != null) {
                    assertThat((Object) chart.querySelector("polyline.required-path", chart))
                            .isNotNull();
                }
                if (t.targetValue() != null) {
                    assertThat((Object) chart.querySelector("line.target", chart))
                            .isNotNull();
                }
            }
            assertThat(levelCharts).isGreaterThanOrEqualTo(3);
        }
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void shouldNameTheKnownPlansInOneLineForAnUnknownOne() {
        assertThat(cli.run("report", "--plan", "xx-99", "--readings", readings.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString().strip())
                .startsWith("planwatch: no plan xx-99 in the catalogue; known plans: ")
                .contains("cn-health-14", "zs-torch-14")
                .doesNotContain("Exception", "\tat ")
                .hasLineCount(1);
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void shouldRefuseAPlanNoReadingFallsInAndWriteNothing() throws Exception {
        Path other = dir.resolve("other.csv");
        Files.writeString(
                other,
                "region,indicator,year,value,unit\n440700,hospital_beds_per_1000,2022,5.4,张\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("none.md");
        assertThat(cli.run("report", "--plan", "zs-sti-14", "--out", out.toString(), "--readings", other.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString().strip())
                .isEqualTo("planwatch: no reading in " + other + " falls in a target of plan zs-sti-14; no report"
                        + " written");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldRefuseAFileThatIsNoCsvInOneLine() throws Exception {
        Path binary = dir.resolve("image.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        assertThat(cli.run("report", "--plan", "jm-14", "--readings", binary.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString().strip())
                .startsWith("planwatch: " + binary + ": not a readings CSV: ")
                .hasLineCount(1);
    }

    @Test
    void shouldNameABadRowAndStillReportTheGoodOnes() throws Exception {
        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(
                mixed,
                "region,indicator,year,value,unit\n"
                        + "442000,high_tech_enterprises,2022,2900,家\n"
                        + "442000,high_tech_enterprises,20x3,3100,家\n",
                StandardCharsets.UTF_8);
        assertThat(cli.run("report", "--plan", "zs-sti-14", "--readings", mixed.toString()))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains(mixed + ":3: ");
        assertThat(cli.out.toString()).contains("| 2022 | 2900 |").doesNotContain("SIMULATED");
    }

    @Test
    void shouldCountOnlyFiguresUpToTheYearAsked() {
        assertThat(cli.run("report", "--plan", "jm-14", "--year", "2022", "--readings", readings.toString()))
                .isZero();
        assertThat(cli.out.toString()).contains("中期评估（截至2022年）").doesNotContain("| 2023 |");
    }
}
