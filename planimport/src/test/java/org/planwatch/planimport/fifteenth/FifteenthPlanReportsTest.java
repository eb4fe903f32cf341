package org.planwatch.planimport.fifteenth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Target;
import org.planwatch.planimport.CatalogueImporter;

/**
 * The 15th-plan path measured in CI: reports of real plans (the national outline's draft, Fujian's
 * outline, the national health plan), rebuilt as short sentences written for this project from the
 * figures the reports print (each file's first line gives its source address; no prose is copied),
 * against the targets a person read in them. They carry what such reports carry: no plan title of
 * their own, traditional characters, 百分之五, full-width ＧＤＰ, a 2035 vision, this year's goal beside
 * the plan's, indicators outside the dictionary.
 */
class FifteenthPlanReportsTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(
                FifteenthPlanReportsTest.class.getResource("/fifteenth/" + name).toURI());
    }

    private static List<Target> read(String name) throws Exception {
        return CatalogueImporter.bundled().read(List.of(fixture(name))).targets();
    }

    @Test
    void shouldReadTheNationalOutlinesGoalsFromAReportAndNotThisYearsGoal() throws Exception {
        List<Target> targets = read("national-15th-goals-report.txt");

        assertThatGoals(targets)
                .containsExactlyInAnyOrder(
                        tuple("人均国内生产总值", 2035, kind("RELATIVE_CHANGE"), bound("EXACT"), 100.0),
                        tuple("全社会研发经费投入", 2030, kind("ANNUAL_GROWTH"), bound("AT_LEAST"), 7.0),
                        // 累计降低17%: the dictionary's reduction (单位GDP二氧化碳排放降低), its fall over the period,
                        // as the outline's table states it
                        tuple("单位国内生产总值二氧化碳排放累计降低", 2030, kind("CUMULATIVE_CHANGE"), bound("EXACT"), 17.0),
                        tuple("数字经济核心产业增加值占国内生产总值比重", 2030, kind("LEVEL"), bound("EXACT"), 12.5),
                        tuple("劳动年龄人口平均受教育年限", 2030, kind("LEVEL"), bound("EXACT"), 11.7),
                        tuple("人均预期寿命", 2030, kind("LEVEL"), bound("EXACT"), 80.0),
                        tuple("养老机构护理型床位占比", 2030, kind("LEVEL"), bound("EXACT"), 73.0));
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.region()).isEqualTo("CN");
            assertThat(t.plan()).isEqualTo("cn-15");
        });
        // an indicator the dictionary lacks comes under a generated code, flagged for review as a table's would
        assertThat(targets)
                .filteredOn(t -> t.indicator().startsWith("x_"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.review()).contains(IndicatorResolver.NOT_IN_DICTIONARY));
    }

    @Test
    void shouldReadATraditionalReportAndCiteItAsPrinted() throws Exception {
        List<Target> targets = read("national-health-14th-report-traditional.txt");

        assertThatGoals(targets)
                .containsExactlyInAnyOrder(
                        tuple("居民健康素養水平", 2025, kind("LEVEL"), bound("EXACT"), 25.0),
                        tuple("經常參加體育鍛煉人數比例", 2025, kind("LEVEL"), bound("EXACT"), 38.5),
                        tuple("15歲以上人群吸煙率", 2025, kind("LEVEL"), bound("EXACT"), 23.3),
                        tuple("人均預期壽命", 2035, kind("LEVEL"), bound("AT_LEAST"), 80.0));
        assertThat(targets).allSatisfy(t -> assertThat(t.region()).isEqualTo("CN"));
        assertThat(targets)
                .extracting(Target::source)
                .containsExactlyInAnyOrder(
                        "national-health-14th-report-traditional.txt:3",
                        "national-health-14th-report-traditional.txt:3",
                        "national-health-14th-report-traditional.txt:4",
                        "national-health-14th-report-traditional.txt:5");
    }

    @Test
    void shouldReadAProvincialGoalWrittenInChineseNumeralsAndFullWidthLetters() throws Exception {
        List<Target> targets = read("fujian-15th-report-traditional.txt");

        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.region()).isEqualTo("350000");
            assertThat(t.targetYear()).isEqualTo(2030);
            assertThat(t.kind().name()).isEqualTo("ANNUAL_GROWTH");
            assertThat(t.bound().name()).isEqualTo("ABOUT");
            assertThat(t.targetValue()).isEqualTo(5.0);
            assertThat(t.expression()).isEqualTo("全省ＧＤＰ年均增長百分之五左右");
        });
    }

    /**
     * The outline's own text, which prints its indicator table only as an image: the goals chapter
     * and the chapters' statistics are its targets, under generated codes where the dictionary lacks
     * the name; the 14th plan's outcome in 发展环境 and a count of schools are not.
     */
    @Test
    void shouldReadTheOutlinesOwnGoalsChapterAndTheStatisticsOfItsChapters() throws Exception {
        List<Target> targets = read("national-15th-outline-goals.txt");

        assertThatGoals(targets)
                .containsExactlyInAnyOrder(
                        tuple("全社会研发经费投入", 2030, kind("ANNUAL_GROWTH"), bound("AT_LEAST"), 7.0),
                        tuple("城镇调查失业率", 2030, kind("LEVEL"), bound("AT_MOST"), 5.5),
                        tuple("人均预期寿命", 2030, kind("LEVEL"), bound("EXACT"), 80.0),
                        tuple("单位国内生产总值二氧化碳排放", 2030, kind("RELATIVE_CHANGE"), bound("EXACT"), -17.0),
                        tuple("优良水体比例", 2030, kind("LEVEL"), bound("EXACT"), 85.0),
                        tuple("森林覆盖率", 2030, kind("LEVEL"), bound("EXACT"), 25.8),
                        tuple("粮食综合生产能力", 2030, kind("LEVEL"), bound("ABOUT"), 1.45),
                        tuple("学前教育毛入园率", 2030, kind("LEVEL"), bound("EXACT"), 95.0),
                        tuple("高等教育毛入学率", 2030, kind("LEVEL"), bound("EXACT"), 65.0),
                        tuple("氮氧化物排放量", 2030, kind("RELATIVE_CHANGE"), bound("AT_LEAST"), -8.0),
                        tuple("挥发性有机物排放量", 2030, kind("RELATIVE_CHANGE"), bound("AT_LEAST"), -8.0));
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.region()).isEqualTo("CN");
            assertThat(t.plan()).isEqualTo("cn-15");
        });
    }

    /**
     * An indicator table flattened into pipe-ended lines (name, space, target cell, a bracketed
     * note of the base): each row a target of the plan's end year, the note left out.
     */
    @Test
    void shouldReadAnIndicatorTableFlattenedIntoPipeEndedLines() throws Exception {
        List<Target> targets = read("healthy-china-2030-flattened-rows.txt");

        assertThatGoals(targets)
                .containsExactlyInAnyOrder(
                        tuple("人均预期寿命", 2030, kind("LEVEL"), bound("EXACT"), 79.0),
                        tuple("重大慢性病过早死亡率", 2030, kind("RELATIVE_CHANGE"), bound("EXACT"), -30.0),
                        tuple("婴儿死亡率", 2030, kind("LEVEL"), bound("EXACT"), 5.0),
                        tuple("孕产妇死亡率", 2030, kind("LEVEL"), bound("EXACT"), 12.0),
                        tuple("经常参加体育锻炼人数", 2030, kind("LEVEL"), bound("EXACT"), 5.3));
        assertThat(targets)
                .filteredOn(t -> t.nameZh().equals("重大慢性病过早死亡率"))
                .singleElement()
                .satisfies(t -> assertThat(t.baseYear()).isEqualTo(2015));
    }

    /**
     * News of a city's work report that prints no year: 20日 and 今年, and the period the year's work
     * is to open (奋力实现“十五五”良好开局), which dates its goals 2026.
     */
    @Test
    void shouldDateAReportsGoalsByThePeriodItSetsOutToOpen() throws Exception {
        List<Target> targets = read("fuzhou-2026-goals-news.txt");

        assertThatGoals(targets)
                .containsExactlyInAnyOrder(
                        tuple("地区生产总值增长", 2026, kind("ANNUAL_GROWTH"), bound("ABOUT"), 5.5),
                        tuple("规上工业增加值增长", 2026, kind("ANNUAL_GROWTH"), bound("EXACT"), 6.5),
                        tuple("地方一般公共预算收入增长", 2026, kind("ANNUAL_GROWTH"), bound("EXACT"), 2.5),
                        tuple("社会消费品零售总额增长", 2026, kind("ANNUAL_GROWTH"), bound("EXACT"), 5.5));
        assertThat(targets).allSatisfy(t -> assertThat(t.region()).isEqualTo("350100"));
    }

    /**
     * A headline that alone states the goal: the place and the year before the statistic, the goal's
     * words (预期目标) before its verb, a band, and a second clause after a space.
     */
    @Test
    void shouldReadTheGoalAHeadlineAloneStates() throws Exception {
        List<Target> targets = read("xinjiang-2026-goal-headline.txt");

        assertThat(targets)
                .extracting(
                        Target::nameZh,
                        Target::targetYear,
                        Target::kind,
                        Target::bound,
                        Target::targetValue,
                        Target::targetUpper,
                        Target::region)
                .containsExactly(tuple("地区生产总值增长", 2026, kind("ANNUAL_GROWTH"), bound("RANGE"), 5.5, 6.0, "650000"));
    }

    /**
     * A province's 2026 report whose chapter on the period's tasks (二、“十五五”时期经济社会发展重点任务) states
     * goals of statistics outside the dictionary among the tasks (黑龙江, 2026年1月): the plan's, generated.
     */
    @Test
    void shouldReadTheGoalsOfAReportsChapterOnThePeriodsTasks(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path report = java.nio.file.Files.writeString(dir.resolve("report.txt"), """
                政府工作报告
                ——2026年1月在黑龙江省第十四届人民代表大会第五次会议上
                二、“十五五”时期经济社会发展重点任务
                五是推进生态振兴，加快构建新型能源体系，新能源和可再生能源装机占比达到70%。
                九是推进经济循环高效畅通，做大对俄贸易，进出口加工总值达到1000亿元。
                三、2026年工作安排
                """);
        assertThat(CatalogueImporter.bundled().read(List.of(report)).targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue, Target::region)
                .containsExactlyInAnyOrder(
                        tuple("新能源和可再生能源装机占比", 2030, 70.0, "230000"), tuple("进出口加工总值", 2030, 1000.0, "230000"));
    }

    /** A headline that reports a result (突破…, 同比增长…) sets no goal, whatever its clauses say apart. */
    @Test
    void shouldNotReadAHeadlineThatReportsAResult(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path news = java.nio.file.Files.writeString(dir.resolve("news.txt"), """
                来源：新疆日报2026年12月28日的报道
                2026年新疆地区生产总值突破2.3万亿元 同比增长6%
                自治区统计局发布数据，全区经济运行稳中有进。
                """);
        assertThat(CatalogueImporter.bundled(org.planwatch.planimport.ImportOptions.region("650000"))
                        .read(List.of(news))
                        .targets())
                .isEmpty();
    }

    /** Each target as a reader checks it: its name as printed, year, kind, bound and figure. */
    private static org.assertj.core.api.AbstractListAssert<
                    ?,
                    List<? extends org.assertj.core.groups.Tuple>,
                    org.assertj.core.groups.Tuple,
                    org.assertj.core.api.ObjectAssert<org.assertj.core.groups.Tuple>>
            assertThatGoals(List<Target> targets) {
        return assertThat(targets)
                .extracting(Target::nameZh, Target::targetYear, Target::kind, Target::bound, Target::targetValue);
    }

    private static org.planwatch.domain.TargetKind kind(String name) {
        return org.planwatch.domain.TargetKind.valueOf(name);
    }

    private static org.planwatch.domain.Bound bound(String name) {
        return org.planwatch.domain.Bound.valueOf(name);
    }
}
