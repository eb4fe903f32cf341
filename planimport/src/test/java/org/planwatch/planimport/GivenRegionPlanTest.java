package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Departments;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * A document that names no plan and sets no year (a chapter of the national 15th outline, as a
 * knowledge base copies it), read for the region the user gives: the period they give, else the one
 * its text names, else the five-year period in force; its goals in the outline's own wordings.
 */
class GivenRegionPlanTest {
    /** After the outline's 13th part (绿色转型), its figures as published; the wording is ours. */
    private static final String CHAPTER = """
            第十三篇 全面绿色转型
            第四十七章 推进碳达峰
            推动煤炭和石油消费达峰，单位GDP能耗下降10%左右。
            关联主要指标
            森林覆盖率：25.8%（约束性）。
            地级及以上城市细颗粒物（PM2.5）浓度：<27微克/立方米（约束性）。
            """;

    private static CatalogueImporter importer(ImportOptions options) {
        return new CatalogueImporter(
                IndicatorDictionary.bundled(), PlanNamerTest.REGIONS, Departments.bundled(), options);
    }

    private static List<Target> read(Path dir, String text, ImportOptions options) throws IOException {
        Path chapter = Files.writeString(dir.resolve("chapter.txt"), text);
        CatalogueImporter.Result r = importer(options).read(List.of(chapter));
        assertThat(r.problems()).isEmpty();
        return r.targets();
    }

    private static Target of(List<Target> targets, String nameZh) {
        return targets.stream()
                .filter(t -> t.nameZh().equals(nameZh))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target named " + nameZh + " in " + targets));
    }

    /** A year's digest labels a goal with the period's end year (2030年目标：): the five-year plan's, not the year's. */
    @Test
    void shouldReadAYearsDigestsLabelOfThePeriodsGoalAsTheFiveYearPlans(@TempDir Path dir) throws IOException {
        Path digest = Files.writeString(dir.resolve("digest.md"), """
                # 2026年现代化产业体系建设

                > 综合2026年政府工作报告及产业报道

                ### 1. 绿色铝新型工业
                - **2025年实绩**：产值突破 1,000 亿元
                - **2026年目标**：产值增长 20% 以上
                - **2030年目标**：综合产值突破 1,800 亿元
                """);
        CatalogueImporter.Result r = importer(ImportOptions.region("440700")).read(List.of(digest));

        assertThat(r.targets())
                .as("%s", r.notices())
                .extracting(Target::plan, Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "产值增长", 2026, 20.0),
                        org.assertj.core.groups.Tuple.tuple("jm-15", "综合产值", 2030, 1800.0));
    }

    @Test
    void shouldReadAChapterOfTheOutlineAsTheRegionsPlanInForce(@TempDir Path dir) throws IOException {
        List<Target> targets = read(dir, CHAPTER, ImportOptions.region("CN").inYear(2026));

        assertThat(targets).allSatisfy(t -> {
            assertThat(t.plan()).isEqualTo("cn-15");
            assertThat(t.targetYear()).isEqualTo(2030);
        });
        // 能耗下降 is the dictionary's 能源消耗降低; a reduction's figure is its fall over the period
        Target energy = of(targets, "单位GDP能耗下降");
        assertThat(energy.indicator()).isEqualTo("energy_intensity_reduction");
        assertThat(energy.kind()).isEqualTo(TargetKind.CUMULATIVE_CHANGE);
        assertThat(energy.targetValue()).isEqualTo(10.0);
        // a name a colon joins to its figure, and a bound written as a sign
        assertThat(of(targets, "森林覆盖率").targetValue()).isEqualTo(25.8);
        Target pm25 = of(targets, "地级及以上城市细颗粒物(PM2.5)浓度");
        assertThat(pm25.bound()).hasToString("AT_MOST");
        assertThat(pm25.targetValue()).isEqualTo(27.0);
        assertThat(pm25.unit()).isEqualTo("微克/立方米");
    }

    /**
     * A page that sums up a part of the outline states the part's goals in its running text, for
     * statistics the dictionary lacks as well, with no year, as the part's own words do.
     */
    @Test
    void shouldReadEveryStatisticsFigureOfAPageSummingUpAPartOfTheOutline(@TempDir Path dir) throws IOException {
        List<Target> targets = read(dir, """
                第十三篇 全面绿色转型
                各章核心要点
                深入打好蓝天、碧水、净土保卫战：氮氧化物、挥发性有机物排放量分别下降8%以上，进一步消除重污染天气。
                科学开展国土绿化，森林蓄积量达到224亿立方米。
                """, ImportOptions.region("CN").inYear(2026));
        assertThat(targets)
                .extracting(Target::nameZh, Target::kind, Target::bound, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "氮氧化物排放量", TargetKind.RELATIVE_CHANGE, Bound.AT_LEAST, -8.0, 2030),
                        org.assertj.core.groups.Tuple.tuple(
                                "挥发性有机物排放量", TargetKind.RELATIVE_CHANGE, Bound.AT_LEAST, -8.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("森林蓄积量", TargetKind.LEVEL, Bound.EXACT, 224.0, 2030));
    }

    @Test
    void shouldTakeThePeriodTheUserGivesElseTheOneTheTextNames(@TempDir Path dir) throws IOException {
        assertThat(read(dir, CHAPTER, ImportOptions.region("CN").inYear(2031)))
                .extracting(Target::plan)
                .containsOnly("cn-16");
        assertThat(read(dir, CHAPTER, ImportOptions.region("CN").inYear(2026).withPeriod("2021—2025年")))
                .extracting(Target::plan, Target::targetYear)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("cn-14", 2025));
        // a heading that names the period: it wins over the clock; a look back (“十四五”以来) names none
        String named = "“十四五”以来成效显著\n“十五五”时期生态环境目标\n" + CHAPTER;
        assertThat(read(dir, named, ImportOptions.region("CN").inYear(2031)))
                .extracting(Target::plan)
                .containsOnly("cn-15");
    }

    /** An analyst's digest of the 15th outline: it prints 2025 bases and looks back on 十四五 as often as ahead. */
    @Test
    void shouldTakeTheLatestPeriodADigestNamesOverTheYearsOfItsBases(@TempDir Path dir) throws IOException {
        String digest = """
                宏观观察框架
                以下议题均在“十五五”语境下观察。
                研发投入：经费年均增长 7% 以上，“十四五”末研发强度 2.8%，2025 年增速 9.1%。
                城镇化：常住人口城镇化率 67.9% → 71%，市民化配套进展。
                """;
        List<Target> targets = read(dir, digest, ImportOptions.region("CN").inYear(2026));
        assertThat(targets).extracting(Target::plan).containsOnly("cn-15");
        Target urban = of(targets, "常住人口城镇化率");
        assertThat(urban.targetYear()).isEqualTo(2030);
        assertThat(urban.targetValue()).isEqualTo(71.0);
    }

    /** A congress report's 今后五年 with no dated line: which five years cannot be told, so they are asked for. */
    @Test
    void shouldAskForTheYearsOfATermItCannotDate(@TempDir Path dir) throws IOException {
        String report = "10月28日，广东省党代会开幕。报告说，今后五年全省生产总值力争达到6.5万亿元。\n";
        Path file = Files.writeString(dir.resolve("congress.txt"), report);
        CatalogueImporter.Result r =
                importer(ImportOptions.region("440000").inYear(2026)).read(List.of(file));
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("give them with --period");

        CatalogueImporter.Result given =
                importer(ImportOptions.region("440000").withPeriod("2022-2026")).read(List.of(file));
        assertThat(given.problems()).isEmpty();
    }

    @Test
    void shouldRefuseAPeriodItCannotRead() {
        assertThatThrownBy(() -> ImportOptions.region("CN").withPeriod("next five years"))
                .hasMessageContaining("names no plan period");
        assertThat(ImportOptions.region("CN").withPeriod("十五五").period())
                .hasValueSatisfying(p -> assertThat(p.endYear()).isEqualTo(2030));
    }

    /** A city portal's page on the goals of a party congress's term: it names no city, only 我市 and the nation as a measure. */
    private static final String TERM_GOALS = """
            2025年05月11日
            当前位置: 首页 > 新闻中心 > 本地 > 正文
            锚定目标，确保与全国同步、在全省领先全面实现现代化
            来源: 发布日期:2022-12-26   打印
              未来五年主要目标任务
              ●在质量指标上，人均地区生产总值要达到10.9万元，走在全国前列
              ●在关键支撑上，2027年我市规上工业企业达到1000家左右
            """;

    @Test
    void shouldAskForTheRegionOfAPageThatSaysOurCityAndNamesTheNationOnlyAsAMeasure(@TempDir Path dir)
            throws IOException {
        CatalogueImporter.Result r =
                CatalogueImporter.bundled().read(List.of(Files.writeString(dir.resolve("page.txt"), TERM_GOALS)));

        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("give --region");
    }

    @Test
    void shouldDateATermsGoalsFromTheDateThePageLabelsAsItsOwn(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = CatalogueImporter.bundled(ImportOptions.region("411200"))
                .read(List.of(Files.writeString(dir.resolve("page.txt"), TERM_GOALS)));

        // set in December 2022: the term runs 2023-2027, not from the portal's clock (2025) to 2029
        assertThat(of(r.targets(), "人均地区生产总值").targetYear()).isEqualTo(2027);
        assertThat(r.targets()).allSatisfy(t -> assertThat(t.plan()).isEqualTo("411200-2027"));
    }
}
