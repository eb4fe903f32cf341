package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Departments;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Targets a 15th plan states in its running text: in a document that also has a table, without a
 * year (the plan's end year), and never from what the 14th plan achieved.
 */
class RunningTextTargetsTest {
    /** A city outline: a review chapter, a goals chapter in prose, and the indicator table. */
    private static final String OUTLINE = """
            江门市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要

            江门市人民政府

            第一章 发展基础
            “十四五”期间，全市地区生产总值年均增长6.1%。
            2025年，全市研究与试验发展经费投入强度达到2.9%，人均预期寿命达到80.5岁。
            城镇调查失业率控制在3.1%以内，森林覆盖率达到44.6%。

            第二章 主要目标
            到2030年，全市研究与试验发展经费投入强度达到3.5%以上，常住人口城镇化率达到78%。
            人均预期寿命提高到81岁左右，城镇调查失业率控制在5.5%以内。
            全市地区生产总值比2020年增长40%，森林覆盖率已达到44.6%，研发人员3万人。

            表1 江门市“十五五”经济社会发展主要指标
            序号\t指标\t单位\t2025年\t2030年\t属性
            1\t人均预期寿命\t岁\t80.5\t81.2\t预期性
            2\t常住人口城镇化率\t%\t75.4\t78\t预期性
            """;

    private static CatalogueImporter.Result read(Path dir, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new CatalogueImporter(IndicatorDictionary.bundled(), PlanNamerTest.REGIONS, Departments.bundled())
                .read(List.of(file));
    }

    private static CatalogueImporter.Result readWithAllRegions(Path dir, String name, String text) throws IOException {
        return CatalogueImporter.bundled().read(List.of(Files.writeString(dir.resolve(name), text)));
    }

    /** A report as a portal prints it: {@code menus} lines of the site's menus, then the report. */
    private static String belowMenus(int menus, String report) {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= menus; i++) {
            page.append("栏目").append(i).append('\n');
        }
        return page.append(report).toString();
    }

    private static Target target(CatalogueImporter.Result r, String indicator) {
        return r.targets().stream()
                .filter(t -> t.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target of " + indicator + " in " + r.targets()));
    }

    @Test
    void shouldReadTheProseOfADocumentThatAlsoHasATable(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "jm15.txt", OUTLINE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator)
                .containsExactlyInAnyOrder(
                        "life_expectancy", "urbanization_rate", "rd_intensity", "surveyed_urban_unemployment");
        Target rd = target(r, "rd_intensity");
        assertThat(rd.plan()).isEqualTo("jm-15");
        assertThat(rd.source()).isEqualTo("jm15.txt:11");
        assertThat(rd.targetYear()).isEqualTo(2030);
        assertThat(rd.targetValue()).isEqualTo(3.5);
        assertThat(rd.bound().name()).isEqualTo("AT_LEAST");
    }

    /**
     * The base a sentence prints before its goal is the target's base: the Gansu health plan's
     * sentence (健康甘肃2030规划, as lanzhou.baogaosu.com reprints it; the key in
     * real-plans/plans/gs-jiankang2030). A base only in another unit, or with nothing to take it to,
     * is not one.
     */
    @Test
    void shouldTakeTheBaseASentencePrintsBeforeItsGoal(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(
                dir,
                "gs-health-2030.txt",
                "健康甘肃2030规划\n\n甘肃省人民政府\n\n"
                        + "规划提出,到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁;到2030年,进一步增长到76岁。"
                        + "到2030年,婴儿死亡率从2015年的5.28‰降到2030年的≤5‰、孕产妇死亡率降低到12/10万。\n");
        Target infants = target(r, "infant_mortality");
        assertThat(infants.baseYear()).isEqualTo(2015);
        assertThat(infants.baseValue()).isEqualTo(5.28);
        assertThat(infants.targetYear()).isEqualTo(2030);
        assertThat(infants.targetValue()).isEqualTo(5.0);
        Target life = r.targets().stream()
                .filter(t -> t.nameZh().contains("预期寿命"))
                .findFirst()
                .orElseThrow();
        assertThat(life.baseValue()).isEqualTo(73.25);
        assertThat(life.targetValue()).isEqualTo(74.0);
        assertThat(target(r, "maternal_mortality").baseValue()).isNull();

        CatalogueImporter.Result otherUnit = readWithAllRegions(
                dir, "other-unit.txt", "健康甘肃2030规划\n\n甘肃省人民政府\n\n到2030年,婴儿死亡率从2015年的5.28%降到2030年的≤5‰。\n");
        assertThat(target(otherUnit, "infant_mortality").baseValue()).isNull();
    }

    /**
     * A digest of an outline kept as a script's data (plans25's Wuhan digest, github
     * milaotou001/policy-funding-radar scripts/add-wuhan-plan.cjs, shortened): its prose is in quoted
     * strings, a sentence opens with the goal's year and no comma, and a figure the digest files among the
     * last period's results in a bracket is none of the plan's goals.
     */
    @Test
    void shouldReadTheQuotedProseOfADigestKeptAsDataWithItsLineNumbers(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "wh.cjs.txt", """
                // 武汉市国民经济和社会发展第十五个五年规划纲要
                const plan = {
                  semiconductor: {
                    summary_15:
                      "加强光芯片布局。2030年光电子信息产业规模达到1.5万亿元。",
                    concrete_items: [
                      { category: "量化目标", text: "2030年人工智能产业规模达到2000亿元" },
                    ],
                    digital: "数字经济核心产业增加值年均增长超过10%（十四五成就）。推动城市全域数字化转型。",
                  },
                };
                """);
        assertThat(r.targets())
                .extracting(
                        Target::plan,
                        Target::nameZh,
                        Target::unit,
                        Target::targetValue,
                        Target::targetYear,
                        Target::source)
                .containsExactlyInAnyOrder(
                        tuple("420100-15", "光电子信息产业规模", "万亿元", 1.5, 2030, "wh.cjs.txt:5"),
                        tuple("420100-15", "人工智能产业规模", "亿元", 2000.0, 2030, "wh.cjs.txt:7"));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("wh.cjs.txt:9: ") && n.contains("marks it as done"));
    }

    @Test
    void shouldDateAGoalByTheYearBetweenItsNameAndItsFigure(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "wh.txt", """
                武汉市国民经济和社会发展第十五个五年规划纲要

                数据和网络安全产业2030年规模2500亿元。服务业增加值占地区生产总值比重2030年达50%以上。
                全市2025年规模以上工业增加值增长6%。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::bound, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        tuple("数据和网络安全产业规模", "亿元", Bound.EXACT, 2500.0, 2030),
                        tuple("服务业增加值占地区生产总值比重", "%", Bound.AT_LEAST, 50.0, 2030));
    }

    /**
     * A district head's speech at its 2026 economic work meeting (plans25's tz26, bbxzwk.com): the year's goals
     * "已经明确" are made known, ahead, and 保持千亿级规模 holds at least the class's floor.
     */
    @Test
    void shouldReadGoalsSaidToBeMadeKnownAndAClassOfSizeHeld(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("speech.txt"), """
                同志们:
                2026年是“十五五”规划的开局之年。全年的预期目标已经明确,地区生产总值增长要达到6%以上,一般公共预算收入增长3%,固定资产投资要继续保持千亿级规模。
                """);
        CatalogueImporter.Result r =
                CatalogueImporter.bundled(ImportOptions.region("110112")).read(List.of(file));
        assertThat(r.targets())
                .as("%s %s", r.problems(), r.notices())
                .extracting(Target::plan, Target::unit, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("110112-annual-2026", "%", Bound.AT_LEAST, 6.0),
                        tuple("110112-annual-2026", "%", Bound.EXACT, 3.0),
                        tuple("110112-annual-2026", "亿元", Bound.AT_LEAST, 1000.0));
    }

    @Test
    void shouldReadADigestsArrowToABoundedGoalAndLeaveANoteAfterTheFigure(@TempDir Path dir) throws IOException {
        // an analyst's framework of the national outline: base → target, a sign after the arrow, a note after a figure
        Path file = Files.writeString(dir.resolve("framework.txt"), """
                国家“十五五”规划纲要跟踪框架
                专利质量:每万人口高价值发明专利拥有量 16 件 → >22 件(2030 年)。
                人力资本指标:劳动年龄人口平均受教育年限 11.3 → 11.7 年(民生类唯一约束性指标)。
                """);
        CatalogueImporter.Result r =
                CatalogueImporter.bundled(ImportOptions.region("CN")).read(List.of(file));
        assertThat(r.targets())
                .as("%s %s", r.problems(), r.notices())
                .extracting(Target::indicator, Target::bound, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        tuple("high_value_invention_patents_per_10000", Bound.AT_LEAST, 22.0, 2030),
                        tuple("schooling_years_working_age", Bound.EXACT, 11.7, 2030));
    }

    @Test
    void shouldGiveASentenceWithoutAYearThePlansEndYear(@TempDir Path dir) throws IOException {
        Target unemployment = target(read(dir, "jm15.txt", OUTLINE), "surveyed_urban_unemployment");
        assertThat(unemployment.source()).isEqualTo("jm15.txt:12");
        assertThat(unemployment.targetYear()).isEqualTo(2030);
        assertThat(unemployment.targetValue()).isEqualTo(5.5);
        assertThat(unemployment.bound().name()).isEqualTo("AT_MOST");
    }

    @Test
    void shouldKeepTheTablesTargetWhereTheProseStatesItOtherwise(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "jm15.txt", OUTLINE);
        Target life = target(r, "life_expectancy");
        assertThat(life.source()).isEqualTo("jm15.txt:17");
        assertThat(life.targetValue()).isEqualTo(81.2);
        assertThat(target(r, "urbanization_rate").source()).isEqualTo("jm15.txt:18");
        assertThat(r.notices())
                .anyMatch(n -> n.startsWith("jm15.txt:12: the text states jm-15|440700|life_expectancy")
                        && n.endsWith("is kept"))
                .anyMatch(n -> n.startsWith("jm15.txt:11: ") && n.contains("urbanization_rate"));
    }

    @Test
    void shouldNotTakeWhatTheLastPlanAchievedForATarget(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "jm15.txt", OUTLINE);
        assertThat(r.targets()).noneMatch(t -> t.targetYear() <= 2025);
        assertThat(r.targets()).extracting(Target::indicator).doesNotContain("gdp_growth", "forest_coverage", "gdp");
        assertThat(r.notices())
                .anyMatch(n -> n.startsWith("jm15.txt:6: ") && n.contains("the period ending 2025"))
                .anyMatch(n -> n.startsWith("jm15.txt:7: ") && n.contains("2025"))
                .anyMatch(n -> n.startsWith("jm15.txt:8: ") && n.contains("starting point"))
                .anyMatch(n -> n.startsWith("jm15.txt:13: ") && n.contains("2020"));
    }

    @Test
    void shouldNotTakeAClauseWithoutATargetVerbOrBoundWhereNoYearIsNamed(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "plan.txt", """
                江门市科技创新“十五五”规划

                第三章 发展目标
                全市研究与试验发展经费投入强度达到3.2%以上。
                常住人口城镇化率78%，森林覆盖率保持在44.6%。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jm-sti-15", "rd_intensity", 2030, 3.2),
                        org.assertj.core.groups.Tuple.tuple("jm-sti-15", "forest_coverage", 2030, 44.6));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("plan.txt:5: '常住人口城镇化率78%'"));
    }

    /** A section headed as indicators lists each with its figure, without a year, verb or bound: the plan's targets. */
    @Test
    void shouldReadTheNamedFiguresOfASectionHeadedAsIndicatorsAsTheEndYearsTargets(@TempDir Path dir)
            throws IOException {
        CatalogueImporter.Result r = read(dir, "plan.md", """
                # 江门市国民经济和社会发展第十五个五年规划纲要

                ## 2030年关键目标

                | 指标 | 目标值 |
                |------|--------|
                | 森林覆盖率 | 45% |

                ## 十四五主要成就

                - 地区生产总值：4000亿元
                - 常住人口城镇化率：75%

                ## 其他经济指标

                - 工业增加值占GDP比重：27%
                - 外贸进出口总额：1500亿元
                - 人均预期寿命：81.5岁
                - 全市新建5G基站，覆盖城乡：2000个

                ## 重点任务

                - 常住人口城镇化率：78%
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .filteredOn(t -> t.source().startsWith("plan.md:1"))
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("工业增加值占GDP比重", 2030, 27.0, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("外贸进出口总额", 2030, 1500.0, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("人均预期寿命", 2030, 81.5, Bound.EXACT));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("plan.md:11: ")).anyMatch(n -> n.startsWith("plan.md:23: "));
    }

    /**
     * A news item sets the scene in the plan's period, over lines without figures, and the paragraph that
     * says it goes on (与此同时) states that period's goals; one that does not say so is not dated by it.
     */
    @Test
    void shouldDateAParagraphThatGoesOnWithTheSceneOfThePlansPeriodBeforeIt(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                “十五五”期间江门将加快建设现代化水网
                记者从市水利局了解到，“十五五”时期，江门将加快建设现代化水网。
                推进一批引调排水工程规划建设；加快重点水源工程建设。
                与此同时，推进农村供水标准化建设，农村自来水普及率达到99%，规模化供水工程覆盖农村人口比例达到85%。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("农村自来水普及率", 2030, 99.0),
                        org.assertj.core.groups.Tuple.tuple("规模化供水工程覆盖农村人口比例", 2030, 85.0));

        CatalogueImporter.Result without = read(dir, "news2.txt", """
                “十五五”期间江门将加快建设现代化水网
                记者从市水利局了解到，“十五五”时期，江门将加快建设现代化水网。
                推进一批引调排水工程规划建设；加快重点水源工程建设。
                推进农村供水标准化建设，农村自来水普及率达到99%，规模化供水工程覆盖农村人口比例达到85%。
                """);
        assertThat(without.targets()).isEmpty();
    }

    /**
     * An outline's goals open with a sentence that names its vision only as what the period prepares for
     * (为到2035年…打好基础): the paragraph goes on about the plan's years, so a rate that rises without a
     * figure is the plan's goal; the vision is none. A vision sentence of its own still ends the paragraph.
     */
    @Test
    void shouldReadAParagraphWhoseVisionIsOnlyWhatItPreparesFor(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "outline.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第三章 主要目标
                ——高质量发展取得显著成效。地区生产总值增长保持在合理区间、各年度视情提出，为到2035年人均地区生产总值比2020年翻一番打好基础。居民消费率明显提高，内需拉动作用持续增强。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::nameZh, Target::kind, Target::targetYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("居民消费率", TargetKind.RISING, 2030));

        CatalogueImporter.Result vision = read(dir, "vision.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第三章 主要目标
                ——到2035年，人均地区生产总值比2020年翻一番。居民消费率明显提高，内需拉动作用持续增强。
                """);
        assertThat(vision.targets()).isEmpty();
    }

    /** A news report's list of a year's goals: 包含 opens it as 包括 does, and 投产 counts what is put in service. */
    @Test
    void shouldReadAYearsGoalsAReportListsAfterIncludesAndTheLinesPutInService(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "news.txt", """
                中新网北京1月5日电 1月4日，中国国家铁路集团有限公司工作会议在北京召开。
                会议确立了国铁集团2026年的主要工作目标，其中，包含完成旅客发送量44.02亿人、完成货物发送量41.3亿吨、投产新线2000公里以上等。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("旅客发送量", 2026, 44.02, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("货物发送量", 2026, 41.3, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("投产新线", 2026, 2000.0, Bound.AT_LEAST));
    }

    @Test
    void shouldNameAPartGivenAfterItsWholeByTheWholesMeasure(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "news.txt", """
                新华社北京1月8日电 1月7日，全国交通运输工作会议在北京召开。
                展望“十五五”，会议提出，到2030年，全国公路通车里程达到560万公里左右，其中高速公路20万公里以上，\
                内河航道通航里程达到13万公里，其中高等级航道占比25%。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::nameZh, Target::unit, Target::targetYear, Target::targetValue, Target::bound)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("公路通车里程", "万公里", 2030, 560.0, Bound.ABOUT),
                        org.assertj.core.groups.Tuple.tuple("高速公路通车里程", "万公里", 2030, 20.0, Bound.AT_LEAST));
        // a part in another unit is a share, not the whole's measure
        assertThat(r.targets()).extracting(Target::nameZh).noneMatch(n -> n.startsWith("高等级航道通航里程"));
    }

    @Test
    void shouldReadAProvincesReportToItsCongressAsTheProvincesThoughItNamesANationalHonour(@TempDir Path dir)
            throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "report.txt", """
                湖南省省长2026年1月26日在湖南省第十四届人民代表大会第五次会议上作政府工作报告，其中关于生态环境的内容摘录如下：
                “十四五”时期，全省空气质量优良天数比率达到90%，连续三年获全国污染防治攻坚战成效考核优秀等次。
                2026年，持续深入打好蓝天碧水净土保卫战，力争新增省级绿色工厂150家左右。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.region()).isEqualTo("430000");
                    assertThat(t.targetYear()).isEqualTo(2026);
                    assertThat(t.targetValue()).isEqualTo(150.0);
                    assertThat(t.bound()).isEqualTo(Bound.ABOUT);
                });
    }

    @Test
    void shouldTakeAPlansProvinceFromItsDocumentNumberAndReadWhatItsGoalsChapterBuilds(@TempDir Path dir)
            throws IOException {
        // a portal that masks the province's name: only 苏政发 says whose plan it is
        CatalogueImporter.Result r = readWithAllRegions(dir, "notice.txt", """
                文号：苏政发〔2025〕98号
                省政府关于印发“数字经济+”行动方案的通知
                “数字经济+”行动方案
                一、主要目标
                到2027年，数字经济核心产业增加值占地区生产总值比重达到15%。
                到2030年，打造10个以上的数字产业集群，培育5家以上的链主企业。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::region, Target::nameZh, Target::targetYear, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("320000", "数字经济核心产业增加值占地区生产总值比重", 2027, 15.0, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("320000", "数字产业集群", 2030, 10.0, Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("320000", "链主企业", 2030, 5.0, Bound.AT_LEAST));
    }

    /** 到2027年… dates what a news report's sentence says will be built, outside any chapter of goals. */
    @Test
    void shouldReadTheCountsASentenceDatedByItsTargetYearBuilds(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "news.txt", """
                深圳市科技创新局印发《深圳市具身智能机器人技术创新与产业发展行动计划(2025-2027年)》。
                《计划》明确到2027年培育估值超百亿元企业10家以上，新建公园20个以上。
                作为行动计划的实践载体，博览会将于2025年4月在深圳举行，新建展馆2个。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::region, Target::nameZh, Target::targetYear, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("440300", "培育估值超百亿元企业", 2027, 10.0, Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("440300", "新建公园", 2027, 20.0, Bound.AT_LEAST));
    }

    @Test
    void shouldNotTakeTheYearOfANoticesNumberUnderItsTitleForThePlans(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "notice.txt", """
                省政府关于印发“数字经济+”行动方案的通知
                （苏政发〔2026〕12号）
                “数字经济+”行动方案
                一、主要目标
                到2030年，打造10个以上的数字产业集群。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.region()).isEqualTo("320000");
                    assertThat(t.targetYear()).isEqualTo(2030);
                    assertThat(t.targetValue()).isEqualTo(10.0);
                });
    }

    @Test
    void shouldReadTheCountsAGoalBuildsByTheEndOfAYearEachAfterTheFirstsVerb(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "plan.txt", """
                杭州市智能制造三年行动方案（2025—2027年）
                一、主要目标
                构建示范体系，即至2027年底打造3个以上的未来工厂、5个以上的智能车间、2个标杆园区等示范载体。
                """);
        assertThat(r.targets())
                .as("%s%n%s", r.targets(), String.join("\n", r.notices()))
                .extracting(Target::region, Target::nameZh, Target::targetYear, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("330100", "未来工厂", 2027, 3.0, Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("330100", "智能车间", 2027, 5.0, Bound.AT_LEAST));
    }

    @Test
    void shouldReadOnlyTheProseOfPlansWhoseRegionItCanTell(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "bundle.txt", """
                某职业学院专业设置论证材料

                台山市卫生健康事业发展“十五五”规划
                到2030年，人均预期寿命提高到81岁左右。

                江门市卫生健康事业发展“十五五”规划
                到2030年，人均预期寿命提高到81.5岁左右。
                """);
        assertThat(r.targets()).singleElement().satisfies(t -> {
            assertThat(t.plan()).isEqualTo("jm-health-15");
            assertThat(t.source()).isEqualTo("bundle.txt:7");
        });
    }

    @Test
    void shouldTakeTheYearASentenceOpensWith(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "plan.txt", """
                江门市卫生健康事业发展“十五五”规划

                第二章 发展目标
                2028年，每千人口拥有医疗卫生机构床位数达到6.3张。2030年，人均预期寿命提高到81.5岁左右。
                到“十五五”末，每千人口拥有执业（助理）医师数达到3.4人。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hospital_beds_per_1000", 2028, 6.3),
                        org.assertj.core.groups.Tuple.tuple("life_expectancy", 2030, 81.5),
                        org.assertj.core.groups.Tuple.tuple("doctors_per_1000", 2030, 3.4));
    }

    @Test
    void shouldNotGiveThePlansRegionAClauseAboutAnother(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "plan.txt", """
                江门市卫生健康事业发展“十五五”规划

                到2030年，人均预期寿命提高到81.5岁左右，其中蓬江区人均预期寿命达到82岁。
                """);
        assertThat(r.targets()).singleElement().satisfies(t -> {
            assertThat(t.region()).isEqualTo("440700");
            assertThat(t.targetValue()).isEqualTo(81.5);
        });
        assertThat(r.notices()).anyMatch(n -> n.contains("is about 蓬江区, not 江门市"));
    }

    /**
     * The goals section of a 15th-plan outline, as they are written: every stated figure with a
     * verb or bound is a 2030 target; a change from the plan's base year, a quota without a number
     * and the 2035 vision are not.
     */
    @Test
    void shouldReadTheGoalsOfAFifteenthPlanOutlineAndNothingElse(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "goals.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第二节 主要目标
                ——经济发展质量效益明显提升。全市研究与试验发展经费投入强度达到3.2%以上，每万人口高价值发明专利拥有量达到12件。
                ——民生福祉持续增进。城镇调查失业率控制在5.5%以内，人均预期寿命提高到81.5岁左右，每千人口拥有医疗卫生机构床位数比2025年增加0.8张。
                ——生态环境持续改善。森林覆盖率保持在44.6%以上，单位地区生产总值能源消耗降低完成省下达任务。
                到2035年，人均预期寿命达到83岁。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(
                        Target::indicator,
                        Target::targetYear,
                        Target::targetValue,
                        t -> t.bound().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rd_intensity", 2030, 3.2, "AT_LEAST"),
                        org.assertj.core.groups.Tuple.tuple(
                                "high_value_invention_patents_per_10000", 2030, 12.0, "EXACT"),
                        org.assertj.core.groups.Tuple.tuple("surveyed_urban_unemployment", 2030, 5.5, "AT_MOST"),
                        org.assertj.core.groups.Tuple.tuple("life_expectancy", 2030, 81.5, "ABOUT"),
                        org.assertj.core.groups.Tuple.tuple("forest_coverage", 2030, 44.6, "AT_LEAST"),
                        // 降低完成省下达任务: a quota the province hands down, its figure not yet known
                        org.assertj.core.groups.Tuple.tuple(
                                org.planwatch.domain.IndicatorResolver.codeOf("单位地区生产总值能源消耗"), 2030, null, "EXACT"));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("goals.txt:7: ") && n.contains("a vision"));
    }
    /**
     * An outline without an indicator table (the national one prints it as an image): its goals
     * chapter is where the plan states its indicators, so a quantified clause there is a target
     * whether or not the dictionary knows the name, under a generated code flagged for review; a
     * goal that will be reached (取得新进展) is no account of the past.
     */
    @Test
    void shouldReadTheGoalsChapterOfAnOutlineWithoutATableUnderGeneratedCodes(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "outline.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第一章 发展环境
                “十四五”规划主要目标任务胜利完成，优良水体比例达到80%。

                第三章 主要目标
                ——科技自立自强取得新突破。全社会研发经费投入年均增长7%以上，人均预期寿命提高到81岁。
                ——美丽江门建设取得新进展。优良水体比例提高到85%，大宗固体废弃物年利用量达到4500万吨左右。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(
                        Target::nameZh,
                        t -> t.kind().name(),
                        t -> t.bound().name(),
                        Target::targetValue,
                        Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("全社会研发经费投入", "ANNUAL_GROWTH", "AT_LEAST", 7.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("人均预期寿命", "LEVEL", "EXACT", 81.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("优良水体比例", "LEVEL", "EXACT", 85.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("大宗固体废弃物年利用量", "LEVEL", "ABOUT", 4500.0, 2030));
        assertThat(target(r, org.planwatch.domain.IndicatorResolver.codeOf("优良水体比例"))
                        .review())
                .contains("indicator-not-in-dictionary");
        assertThat(target(r, "life_expectancy").review()).isEmpty();
    }

    /**
     * Elsewhere in such an outline's prose a clause is read under a generated code only where it
     * names a statistic (…率, …比例, …排放量), with 分别 lists written out; an activity counted in
     * people (旅游接待) or a project stays a notice, as the dictionary rule keeps it in the seeds.
     */
    @Test
    void shouldReadAStatisticInAChapterOfAnOutlineWithoutATableButNotAnActivity(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "outline.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第三十八章 建设教育强市
                学前教育毛入园率提高到95%，力争旅游接待达到10万人次。
                氮氧化物、挥发性有机物排放量分别下降8%以上。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, t -> t.kind().name(), t -> t.bound().name(), Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("学前教育毛入园率", "LEVEL", "EXACT", 95.0),
                        org.assertj.core.groups.Tuple.tuple("氮氧化物排放量", "RELATIVE_CHANGE", "AT_LEAST", -8.0),
                        org.assertj.core.groups.Tuple.tuple("挥发性有机物排放量", "RELATIVE_CHANGE", "AT_LEAST", -8.0));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("outline.txt:4: ") && n.contains("旅游接待"));
    }

    /** With a table of its own, the plan's goals prose keeps the dictionary rule: the table states the indicators. */
    @Test
    void shouldKeepTheDictionaryRuleInTheGoalsProseOfAnOutlineWithATable(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "outline.txt", """
                江门市国民经济和社会发展第十五个五年规划纲要

                第三章 主要目标
                优良水体比例提高到85%，人均预期寿命提高到81岁。

                表1 主要指标
                序号\t指标\t单位\t2025年\t2030年\t属性
                1\t常住人口城镇化率\t%\t75.4\t78\t预期性
                """);
        assertThat(r.targets()).extracting(Target::nameZh).containsExactlyInAnyOrder("人均预期寿命", "常住人口城镇化率");
    }
    /**
     * A converted news page: half-width full stops between sentences, a span clause (2021~2030年)
     * that sets the year of the figures after it although a 到2030年 follows, and a byline carried
     * on the third line, which is no headline.
     */
    @Test
    void shouldReadASpanClauseAndHalfWidthFullStopsOfAConvertedPage(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                国家发展改革委印发《能源生产和消费革命战略(2016—2030)》,明确到2020年,单位国内生产总值二氧化碳排放比2015年下降18%.
                更远期的目标为,2021~2030年,能源消费总量控制在60亿t标准煤以内,二氧化碳排放到2030年左右达到峰值.
                (记者)
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, t -> t.kind().name(), Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("单位国内生产总值二氧化碳排放", 2020, "RELATIVE_CHANGE", -18.0),
                        org.assertj.core.groups.Tuple.tuple("能源消费总量", 2030, "LEVEL", 60.0));
    }

    /**
     * A special plan that states an indicator for 2025 and for 2030: each is a target of its own
     * year, the 2025 one under the plan's 2025 stage (jm-…@2025), so neither is lost as a
     * contradiction; a change on another base, a quota for several names and a band of falls are read.
     */
    @Test
    void shouldKeepAnIndicatorsTargetsOfTwoYearsUnderThePlanAndItsStage(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "peak.txt", """
                江门市碳达峰实施方案

                到2025年，非化石能源消费比重达到22%左右，单位地区生产总值能源消耗和二氧化碳排放下降确保完成省下达目标。
                到2030年，非化石能源消费比重达到25%左右，单位地区生产总值二氧化碳排放比2005年下降60%~65%。
                """);
        assertThat(r.problems()).isEmpty();
        String plan = r.targets().stream()
                .filter(t -> t.targetYear() == 2030)
                .findFirst()
                .orElseThrow()
                .plan();
        assertThat(r.targets())
                .extracting(
                        Target::plan,
                        Target::nameZh,
                        Target::targetYear,
                        t -> t.kind().name(),
                        t -> t.bound().name(),
                        Target::targetValue,
                        t -> t.direction().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                plan + "@2025", "非化石能源消费比重", 2025, "LEVEL", "ABOUT", 22.0, "HIGHER_IS_BETTER"),
                        org.assertj.core.groups.Tuple.tuple(
                                plan, "非化石能源消费比重", 2030, "LEVEL", "ABOUT", 25.0, "HIGHER_IS_BETTER"),
                        org.assertj.core.groups.Tuple.tuple(
                                plan, "单位地区生产总值能源消耗", 2025, "QUOTA", "EXACT", null, "LOWER_IS_BETTER"),
                        org.assertj.core.groups.Tuple.tuple(
                                plan + "@2025", "单位地区生产总值二氧化碳排放", 2025, "QUOTA", "EXACT", null, "LOWER_IS_BETTER"),
                        org.assertj.core.groups.Tuple.tuple(
                                plan, "单位地区生产总值二氧化碳排放", 2030, "RELATIVE_CHANGE", "RANGE", -65.0, "LOWER_IS_BETTER"));
        assertThat(r.targets().stream().map(Target::key).distinct()).hasSize(5);
    }

    /** Two years paired with two figures: a floor for 2022 is a commitment of its own, not a point on a path. */
    @Test
    void shouldReadTheFiguresOfTwoYearsAsTargetsOfEach(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "action.txt", """
                江门市健康行动实施方案(2020—2030年)

                到2022年和2030年，5岁以下儿童生长迟缓率分别低于7%和5%，经常参加体育锻炼人数比例达到37%及以上和40%及以上。
                推进共同富裕，劳动年龄人口平均受教育年限提高到11.7年。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, t -> t.bound().name(), Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("5岁以下儿童生长迟缓率", 2022, "AT_MOST", 7.0),
                        org.assertj.core.groups.Tuple.tuple("5岁以下儿童生长迟缓率", 2030, "AT_MOST", 5.0),
                        org.assertj.core.groups.Tuple.tuple("经常参加体育锻炼人数比例", 2022, "AT_LEAST", 37.0),
                        org.assertj.core.groups.Tuple.tuple("经常参加体育锻炼人数比例", 2030, "AT_LEAST", 40.0),
                        org.assertj.core.groups.Tuple.tuple("劳动年龄人口平均受教育年限", 2030, "EXACT", 11.7));
    }

    /**
     * A page that broke a paragraph after the sentence naming its year (…到2030年，…取得显著成效。)
     * goes on with that year's targets on the next line; a paragraph whose year sentence states
     * figures of its own leaves no year to the next (shouldReadTheFiguresOfTwoYearsAsTargetsOfEach).
     */
    @Test
    void shouldCarryAYearThatEndsAParagraphWithoutFiguresToTheNextLine(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "peak.txt", """
                江门市碳达峰实施方案

                到2025年，单位地区生产总值二氧化碳排放比2020年下降18%。到2030年，经济社会发展全面绿色转型取得显著成效。
                单位地区生产总值二氧化碳排放比2005年下降65%以上；非化石能源消费比重达到25%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("单位地区生产总值二氧化碳排放", 2030, -65.0),
                        org.assertj.core.groups.Tuple.tuple("非化石能源消费比重", 2030, 25.0));
    }

    /** 分别 over two names that share the intensity head, with the year they are measured from between. */
    @Test
    void shouldPairRespectiveFiguresMeasuredFromAYear(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "peak.txt", """
                江门市碳达峰实施方案

                到2025年，单位地区生产总值能源消耗、二氧化碳排放分别比2020年下降14.5%、20.5%。
                到2030年，5岁以下儿童死亡率、孕产妇死亡率分别下降到5.8‰、12/10万。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("单位地区生产总值能源消耗", 2025, -14.5),
                        org.assertj.core.groups.Tuple.tuple("单位地区生产总值二氧化碳排放", 2025, -20.5),
                        org.assertj.core.groups.Tuple.tuple("5岁以下儿童死亡率", 2030, 5.8),
                        org.assertj.core.groups.Tuple.tuple("孕产妇死亡率", 2030, 12.0));
    }

    /** A news report lists the plan's targets under the line that announces them: a statistic and its figure. */
    @Test
    void shouldReadAReportsListOfTargetsUnderTheLineAnnouncingThem(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                江门市“十五五”规划纲要明确主要目标

                《江门市国民经济和社会发展第十五个五年规划纲要》明确了今后五年的主要目标：全员劳动生产率18.5万元，研发经费支出占地区生产总值比重2.8%左右，新建学校12所。
                """);
        // a list of targets counts what is to be built too (新建学校12所), as an office reading it would
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, t -> t.bound().name(), Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("全员劳动生产率", 2030, "EXACT", 18.5),
                        org.assertj.core.groups.Tuple.tuple("研发经费支出占地区生产总值比重", 2030, "ABOUT", 2.8),
                        org.assertj.core.groups.Tuple.tuple("新建学校", 2030, "EXACT", 12.0));
    }

    /**
     * A summary of a work report names no plan in its lead, but has a chapter on the plan's goals:
     * that chapter is the plan's; the chapter on this year's work after it is no plan's.
     */
    @Test
    void shouldReadTheChapterOnAPlansGoalsOfAReportThatNamesNoPlanInItsLead(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "summary.txt", """
                政府工作报告要点

                一、2025年工作回顾

                国内生产总值增长5%

                二、“十五五”时期主要目标和重大任务

                人均预期寿命提高到80岁

                劳动年龄人口平均受教育年限提高到11.7年

                三、2026年经济社会发展总体要求

                城镇调查失业率5.5%左右
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cn-15", "life_expectancy", 2030, 80.0),
                        org.assertj.core.groups.Tuple.tuple("cn-15", "schooling_years_working_age", 2030, 11.7));
    }

    /** A section of a national plan, copied without its title: its goals section names the years it sets targets for. */
    @Test
    void shouldReadAGoalsSectionWhoseHeadingNamesNoPeriod(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "section.txt", """
                （一）工作目标和主要指标
                主要指标：到2020年，地级及以上城市建成区黑臭水体均控制在10%以内；到2030年，近岸海域水质优良比例达到75%左右。
                （二）主要任务
                到2030年，建设污水处理厂100座。
                """);
        assertThat(r.targets())
                .extracting(Target::region, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CN", 2020, 10.0),
                        org.assertj.core.groups.Tuple.tuple("CN", 2030, 75.0));
    }

    @Test
    void shouldReadATermsGoalsFromTheFiveYearsAfterTheReportsDate(@TempDir Path dir) throws IOException {
        // the shape of a district paper's interview on the new government's term (江津日报, 2023-01-12)
        CatalogueImporter.Result r = read(dir, "interview.txt", """
                版次:03 2023年01月12日
                市长:我们对江门市今后五年的发展提出了细化量化的具体目标。总体来说,要实现地区生产总值超过1800亿元。
                先进制造业基地建设取得新成效,规上工业总产值超过2000亿元,城镇化率达70%。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-2027", "地区生产总值", 2027, 1800.0),
                        org.assertj.core.groups.Tuple.tuple("jm-2027", "规上工业总产值", 2027, 2000.0),
                        org.assertj.core.groups.Tuple.tuple("jm-2027", "城镇化率", 2027, 70.0));
    }

    @Test
    void shouldNotCountATermWithoutADateForAPlan(@TempDir Path dir) throws IOException {
        // 10月28日 with no year: which five years is not said
        CatalogueImporter.Result r = read(dir, "congress.txt", """
                10月28日,江门市代表大会开幕。报告说,今后五年江门市地区生产总值力争达到6000亿元。
                """);
        assertThat(r.targets()).isEmpty();
    }

    @Test
    void shouldGiveANamelessRateTheSubjectBeforeIt(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                江门市“十五五”规划纲要

                纲要提出,到2030年,居民人均可支配收入实现8万元左右、年均增长5.5%左右。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(target(r, "disposable_income").targetValue()).isEqualTo(8.0);
        Target growth = target(r, "disposable_income_growth");
        assertThat(growth.kind().name()).isEqualTo("ANNUAL_GROWTH");
        assertThat(growth.targetValue()).isEqualTo(5.5);
    }

    @Test
    void shouldReadWhatAReportSaysIsAheadAfterWhatIsDone(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                记者获悉,《江门市国民经济和社会发展第十五个五年规划纲要》已编制完成,明确了总体目标,其中GDP将达6000亿元左右。
                """);
        assertThat(target(r, "gdp").targetValue()).isEqualTo(6000.0);
        assertThat(target(r, "gdp").targetYear()).isEqualTo(2030);
    }

    @Test
    void shouldGiveAClausesOwnMilestoneYearToThatClauseAlone(@TempDir Path dir) throws IOException {
        // 江津日报, 2023-01-12: 力争2024年 is the year of its own clause; the next is the term's (2027)
        CatalogueImporter.Result r = read(dir, "interview.txt", """
                版次:03 2023年01月12日
                区长:我们对今后五年的发展提出了细化量化的具体目标。
                开放建设跃上新台阶,力争2024年江津班列到发量占全市50%,进出口总额年均增速10%以上。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("江津班列到发量占全市", 2024, 50.0),
                        org.assertj.core.groups.Tuple.tuple("进出口总额", 2027, 10.0));
    }

    @Test
    void shouldNotTakeABareYearBeforeAFigureForAMilestone(@TempDir Path dir) throws IOException {
        // 2024年…达到 with nothing striven for may report a year already past: no target of 2024
        CatalogueImporter.Result r = read(dir, "interview.txt", """
                版次:03 2023年01月12日
                区长:我们对今后五年的发展提出了细化量化的具体目标。
                开放建设跃上新台阶,2024年江津班列到发量占全市50%,进出口总额年均增速10%以上。
                """);
        // the sentence names a year inside the term that it does not strive for: not read at all, where
        // the same sentence with 力争 gives a 2024 target and a 2027 one (the test above)
        assertThat(r.targets()).isEmpty();
    }

    @Test
    void shouldReadEachOfTwoNamesThatDoubleAsItsOwnTarget(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "interview.txt", """
                版次:03 2023年01月12日
                区长:我们对今后五年的发展提出了细化量化的具体目标。
                科技创新基地建设实现新突破,高新技术企业数量和科技型企业数量实现双倍增。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("高新技术企业数量", TargetKind.RELATIVE_CHANGE, 100.0),
                        org.assertj.core.groups.Tuple.tuple("科技型企业数量", TargetKind.RELATIVE_CHANGE, 100.0));
    }

    @Test
    void shouldLeaveAFigureOfAGroupOfRegionsOutOfOneMembersPlan(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                江门市“十五五”规划纲要

                纲要提出,到2030年,力争粤港澳大湾区经济总量占全国比重达到13%,全市研发经费投入强度保持在3%以上。
                """);
        assertThat(r.targets()).extracting(Target::nameZh).containsExactly("研发经费投入强度");
        assertThat(r.targets()).extracting(Target::nameZh).noneMatch(n -> n.contains("经济总量"));
        assertThat(r.notices()).anyMatch(n -> n.contains("a group of regions"));
    }

    @Test
    void shouldReadAHeadlineOverADatedNewsLeadAsAReportOfThePlan(@TempDir Path dir) throws IOException {
        // the shape of a news digest of Shenzhen's 14th plan (2021-06): a headline that looks like the
        // plan's title, then news of its publication; its list of targets counts what is to be built
        CatalogueImporter.Result r = readWithAllRegions(dir, "digest.txt", """
                江门十四五规划

                6月9日,江门市发改局发布《江门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。

                纲要提出到2025年,新增幼儿园学位2.5万个以上。打造国内领先的特色高中、民办品牌高中各3所,创建2-3所优质中职学校和4-5个优质专业群。
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetValue, t -> t.bound().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("新增幼儿园学位", 2.5, "AT_LEAST"),
                        org.assertj.core.groups.Tuple.tuple("打造国内领先的特色高中", 3.0, "EXACT"),
                        org.assertj.core.groups.Tuple.tuple("打造民办品牌高中", 3.0, "EXACT"),
                        org.assertj.core.groups.Tuple.tuple("优质中职学校", 2.0, "RANGE"),
                        org.assertj.core.groups.Tuple.tuple("优质专业群", 4.0, "RANGE"));
    }

    @Test
    void shouldKeepAPlansOwnCountsOfActivityAsNotices(@TempDir Path dir) throws IOException {
        // the same sentence in the plan's own text: no news lead, the plan's prose rule (statistics only)
        CatalogueImporter.Result r = read(dir, "plan.txt", """
                江门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

                第五章 教育
                到2025年,新增幼儿园学位2.5万个以上,创建2-3所优质中职学校。
                """);
        assertThat(r.targets()).isEmpty();
        assertThat(r.notices()).anyMatch(n -> n.contains("新增幼儿园学位2.5万个以上"));
    }

    @Test
    void shouldReadAYearAReportSaysIsToBeReachedAsItsTargetsYear(@TempDir Path dir) throws IOException {
        // a press conference on the 14th plan (国家能源局, 2025-08-26): 实现2030年… names the 2030 goal
        CatalogueImporter.Result r = read(dir, "news.txt", """
                国务院新闻办公室举行高质量完成“十四五”规划系列主题新闻发布会
                局长表示,下一步将加快建设新型能源体系,实现2030年非化石能源消费比重达到25%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("非化石能源消费比重", 2030, 25.0));
    }

    @Test
    void shouldGiveASentenceAtThatTimeTheYearTheSentenceBeforeNamed(@TempDir Path dir) throws IOException {
        // 时代周报 on Guangdong's 建议 (2025-12): 到那时 is 2035; the question restating it is no target
        CatalogueImporter.Result r = read(dir, "news.txt", """
                12月9日,《中共江门市委关于制定江门市国民经济和社会发展第十五个五年规划的建议》发布。
                《建议》明确提出,从党的二十大到2035年,用13年时间基本实现社会主义现代化。到那时,经济总量实现倍增。
                江门要用13年时间,实现经济总量的倍增,具体对应的数据是多少?
                """);
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::targetYear, Target::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gdp", TargetKind.RELATIVE_CHANGE, 2035, 100.0));
        assertThat(r.notices()).anyMatch(n -> n.contains("asks a question"));
    }

    @Test
    void shouldHoldAYearAClauseOfItsOwnSetsForTheClausesAfterIt(@TempDir Path dir) throws IOException {
        // 上海证券报 on Shanghai's 纲要: …;到2035年,…,人均地区生产总值比2020年翻一番
        CatalogueImporter.Result r = read(dir, "news.txt", """
                江门市“十五五”规划纲要发布会召开
                根据《纲要》,到2030年,全市研发经费投入强度达到3.5%;到2035年,城市能级显著提升,人均地区生产总值比2020年翻一番。
                """);
        assertThat(target(r, "gdp_per_capita").targetYear()).isEqualTo(2035);
    }

    @Test
    void shouldReadThePeriodsEndAndNotTakeADateThisYearForThisYearsGoal(@TempDir Path dir) throws IOException {
        // 今年9月 dates a document; 到“十五五”时期末 is the plan's end; 经济总量 is GDP
        CatalogueImporter.Result r = read(dir, "news.txt", """
                12月9日,江门市委全会审议通过了《中共江门市委关于制定江门市国民经济和社会发展第十五个五年规划的建议》。
                今年9月,省政府印发的《意见》明确提出,到“十五五”时期末经济总量超过6000亿元。
                """);
        Target gdp = target(r, "gdp");
        assertThat(gdp.targetYear()).isEqualTo(2030);
        assertThat(gdp.targetValue()).isEqualTo(6000.0);
        assertThat(gdp.bound().name()).isEqualTo("AT_LEAST");
    }

    @Test
    void shouldReadAStepStrivenForAndNotAStepTaken(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result striven = read(dir, "goal.txt", """
                江门市“十五五”规划纲要

                到2030年,力争全市经济总量迈上两万亿元台阶、在全国城市位次前移。
                """);
        assertThat(target(striven, "gdp").targetValue()).isEqualTo(2.0);
        // an account of the last plan in the new one: 迈上…台阶 with nothing striven for is a result
        CatalogueImporter.Result taken = read(dir, "past.txt", """
                江门市“十五五”规划纲要

                经济实力迈上新台阶。全市地区生产总值迈上3.2万亿元台阶,全员劳动生产率稳步提高。
                """);
        assertThat(taken.targets()).extracting(Target::indicator).doesNotContain("gdp");
    }

    @Test
    void shouldReadAPartysProposalForThePlanAsThePlansOwnText(@TempDir Path dir) throws IOException {
        // 中共合肥市委关于制定…规划的建议 (2025-12): the plan's goals in its own words, read as a plan is
        CatalogueImporter.Result r = read(dir, "proposal.txt", """
                中共江门市委关于制定江门市国民经济和社会发展第十五个五年规划的建议

                ——人民生活品质达到新水平。高质量充分就业取得新进展,居民收入增长与经济增长基本同步。

                四、办好人民满意的教育
                推动普通高中多样化发展,普通高中录取率稳定在85%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-15", "居民收入增长", TargetKind.LINKED),
                        org.assertj.core.groups.Tuple.tuple("jm-15", "普通高中录取率", TargetKind.LEVEL));
        assertThat(target(r, "disposable_income_growth").linkedTo()).isEqualTo("gdp_growth");
    }

    /**
     * A government work report sets this year's goals (today's genre for 2026 targets): they are the
     * annual plan's of the year the report speaks in, told from 今年是“十五五”开局之年; what it says
     * of the last year is the past.
     */
    @Test
    void shouldReadThisYearsGoalsOfAWorkReportAsTheAnnualPlansOfItsYear(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "report.txt", """
                1月20日，江门市人民代表大会开幕，市长作政府工作报告。
                过去一年，全市地区生产总值增长4.8%，城镇新增就业3.2万人。
                今年是“十五五”开局之年。报告提出今年经济社会发展的主要预期目标：地区生产总值增长5.5%左右，规模以上工业增加值增长6%，城镇新增就业3万人，粮食产量保持30万吨以上，居民收入增长与经济增长同步。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::kind, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "jm-annual-2026", "地区生产总值增长", TargetKind.ANNUAL_GROWTH, 2026, 5.5),
                        org.assertj.core.groups.Tuple.tuple(
                                "jm-annual-2026", "规模以上工业增加值增长", TargetKind.ANNUAL_GROWTH, 2026, 6.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "城镇新增就业", TargetKind.LEVEL, 2026, 3.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "粮食产量", TargetKind.LEVEL, 2026, 30.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "居民收入增长", TargetKind.LINKED, 2026, null));
        assertThat(target(r, "gdp_growth").pathStartYear()).isEqualTo(2025);
    }

    /**
     * A report's account of the outline's goals, closed by what they prepare for (广西 2026: …提出地区生产总值
     * 年均增长5%左右，为确保…实现2035年人均地区生产总值比2020年翻一番打好基础): the goal is the plan's, of 2030,
     * not the vision's year's; before, it was dropped without a word.
     */
    @Test
    void shouldNotDateAGoalByTheVisionItsSentenceSaysItPreparesFor(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), """
                江门市2026年政府工作报告
                《纲要》细化提出25项主要指标。经济发展方面，提出地区生产总值年均增长5%左右，为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番打好基础。
                """);
        CatalogueImporter.Result r = new CatalogueImporter(
                        IndicatorDictionary.bundled(),
                        PlanNamerTest.REGIONS,
                        Departments.bundled(),
                        ImportOptions.region("440700"))
                .read(List.of(report));
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::targetYear, Target::targetValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gdp_growth", TargetKind.ANNUAL_GROWTH, 2030, 5.0));
    }

    /** 今年 in a report that prints no year: said, not guessed, and no other year's target either. */
    @Test
    void shouldNotDateThisYearsGoalsOfAReportThatNamesNoYear(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "report.txt", """
                20日，江门市政府工作报告提出了“十五五”开好局的要求。
                今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。
                """);
        assertThat(r.targets()).isEmpty();
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("今年").contains("no year"));
    }

    /** A 2026 report's account of the 14th plan, which ended in 2025, is the past, not that plan's targets. */
    @Test
    void shouldTakeAnEndedPlansPeriodInAReportOfALaterYearForThePast(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "report.txt", """
                江门市“十四五”规划实施情况和2026年工作安排
                “十四五”期间，江门市地区生产总值年均增长5%左右，常住人口城镇化率达到70%。
                2026年主要预期目标：地区生产总值增长5%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "gdp_growth", 2026, 5.0));
    }

    /** A report's part headed by last year (2025年——) is its account, even after its contents named this year's work. */
    @Test
    void shouldTakeAPartHeadedByLastYearForThePast(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "report.txt", """
                2月4日，江门市人民代表大会开幕。报告分三部分：2025年工作回顾、“十五五”时期目标任务、2026年重点工作。
                2025年——
                全市地区生产总值增长4.1%，城镇新增就业3.2万人
                2026年——
                报告提出今年的主要预期目标是：地区生产总值增长5%—5.5%，城镇新增就业3万人。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::bound, Target::targetValue, Target::targetUpper)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("地区生产总值增长", Bound.RANGE, 5.0, 5.5),
                        org.assertj.core.groups.Tuple.tuple("城镇新增就业", Bound.EXACT, 3.0, null));
    }

    /**
     * The review's cases: last year's goals met, this year's figures so far, the plan period's goals
     * announced as 主要预期目标, an aside outside the goals: none is a goal of this year.
     */
    @Test
    void shouldReadOnlyThisYearsGoalsAndNothingAReportSaysOfOtherTimes(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "report.txt", """
                1月20日，江门市人民代表大会开幕，市长作政府工作报告。今年是“十五五”开局之年。
                去年主要预期目标全面完成：地区生产总值增长5.2%，城镇新增就业3.1万人。
                报告提出“十五五”时期经济社会发展主要预期目标：
                地区生产总值年均增长5%左右，常住人口城镇化率达到72%
                今年的主要预期目标是：地区生产总值增长5%左右。
                今年1-9月，全市规模以上工业增加值增长6.1%，城镇新增就业2.6万人。
                """);
        assertThat(r.targets())
                .filteredOn(t -> t.plan().contains("annual"))
                .extracting(Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gdp_growth", 2026, 5.0));
    }

    /** This year's work listed as 一是…二是… after its year: each figure, with or without a verb, is the year's goal. */
    @Test
    void shouldReadTheFiguresOfThisYearsWorkListedAfterItsYear(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "release.txt", """
                江门2026年3月10日电
                2026年，江门将实施十个方面工作：一是，扩大有效需求，力争固定资产投资450亿元以上；二是，壮大实体经济，工业投资120亿元；三是，保障民生，新增学位1500个。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "固定资产投资", 450.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "工业投资", 120.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "新增学位", 1500.0));
    }

    /**
     * A document titled as one year's goals (an annual plan as a government issues it, under its notice),
     * punctuated with ASCII commas and colons as many portals print: read as a report's goals of that year.
     */
    @Test
    void shouldReadAnAnnualPlanTitledAsOneYearsGoals(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "plan.txt", """
                江门市人民政府关于下达2026年国民经济和社会发展计划的通知
                2026年2月13日
                2026年江门市国民经济和社会发展计划
                2026年是“十五五”开局之年,按照市委部署,推动经济实现质的有效提升和量的合理增长。
                2026年经济社会发展的主要预期目标是:地区生产总值增长5%左右,在实际工作中努力争取更好结果;城镇新增就业3万人以上;粮食产量超过30万吨。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::bound, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "地区生产总值增长", Bound.ABOUT, 2026, 5.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "城镇新增就业", Bound.AT_LEAST, 2026, 3.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "粮食产量", Bound.AT_LEAST, 2026, 30.0));
    }

    /** A digest in blocks, each under a line that is only its year: the block of the report's year holds its goals. */
    @Test
    void shouldReadTheBlockUnderThisYearsHeadingAsItsGoals(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "digest.txt", """
                10个关键句,解锁政府工作报告里的江门“亮点”与“落点”
                发布时间:2026年03月06日
                江门亮点
                2025年
                城镇新增就业3.2万人
                江门落点
                2026年
                地区生产总值增长4.5%左右,在实际工作中努力争取更好结果
                举办“乐购江门”活动400场以上
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("地区生产总值增长", 2026, 4.5),
                        org.assertj.core.groups.Tuple.tuple("举办乐购江门活动", 2026, 400.0));
    }

    /** 2026年江门地区生产总值预期增长5%以上 after 作为“十五五”开局之年: the year's goal, the region's name no part of it. */
    @Test
    void shouldReadTheHeadlineGoalWithTheRegionBeforeItsProduct(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                1月27日,江门市人民代表大会开幕,市长作政府工作报告。作为“十五五”开局之年,2026年江门地区生产总值预期增长5%以上,将重点抓好十方面工作。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::bound, Target::targetValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "gdp_growth", Bound.AT_LEAST, 5.0));
    }

    /** 今年江门要实现…: this year's, the region, its will and its verb no part of the name. */
    @Test
    void shouldReadThisYearsGoalOpenedByTheRegionsWill(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                中新网江门1月28日电 2026年是“十五五”开局之年,报告提出今年重点抓好十个方面工作。
                今年江门要实现地区生产总值增长6%左右,固定资产投资增长7%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "地区生产总值增长", 6.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "固定资产投资增长", 7.0));
    }

    /**
     * A 2026 report on the 14th plan that then looks to the 15th (面向“十五五”，到2030年，…): the 14th's figures
     * are the past, the 2030 goal is the 15th plan's.
     */
    @Test
    void shouldPutA2030GoalOfAReportOnTheEndedPlanInTheNextPlan(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "news.txt", """
                发布时间:2026-03-07
                江门代表团举行开放团组活动,介绍江门“十四五”期间取得的成效。
                “十四五”时期,江门粮食总产量连续2年超30万吨。
                面向“十五五”,到2030年,江门力争粮食综合产能达到40万吨。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jm-15", "粮食综合产能", 2030, 40.0));
    }

    /**
     * A county's list of this year's 民生实事, numbered under headings of their own: each count is a goal of
     * the year, the headings (一、“一老一小”服务保障) carrying on what the list's opening announced.
     */
    @Test
    void shouldReadAListOfThisYearsLivelihoodProjects(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "projects.txt", """
                发布机构 江门市 发文日期 2026-01-19
                2026年政府民生实事项目
                今年我市共10个项目被列入2026年政府民生实事项目。
                一、“一老一小”服务保障能力提升
                1. 改造提升1个区域性养老服务中心;
                2. 完成5个社区居家养老服务中心升级改造;
                3. 建设100张老年人家庭照护床位;
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::unit, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "区域性养老服务中心", "个", 1.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "社区居家养老服务中心升级改造", "个", 5.0),
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "老年人家庭照护床位", "张", 100.0));
    }
    /**
     * A news item gathering the districts' lists: each district's name over its own numbered items,
     * items that are sentences (一、…。) rather than headings, counts listed under one verb, a
     * breakdown after 其中, and one thing counted in two units.
     */
    @Test
    void shouldReadEachDistrictsListUnderItsOwnName(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "districts.txt", """
                2026年江门各区十件民生实事
                记者 某某
                江门市各区两会近日闭幕，各区政府工作报告公布了今年的民生实事。
                蓬江区
                一、新增学位2000个，其中初中学位800个。
                二、建成社区健身路径12条、口袋公园6个。
                三、改造老旧小区30个2100户。
                江海区
                一、改造供水管道15公里和燃气管网9公里。
                二、实际利用外资、出口总额持平。
                """);
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::unit, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("440703", "新增学位", "个", 2000.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440703", "新增初中学位", "个", 800.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440703", "建成社区健身路径", "条", 12.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440703", "建成口袋公园", "个", 6.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440703", "改造老旧小区", "个", 30.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440703", "改造老旧小区户数", "户", 2100.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440704", "改造供水管道", "公里", 15.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440704", "改造燃气管网", "公里", 9.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("440704", "实际利用外资", "", null, 2026),
                        org.assertj.core.groups.Tuple.tuple("440704", "出口总额", "", null, 2026));
    }

    /** A report in the year after its plan ended, quoting the next plan's draft: those goals are the next plan's. */
    @Test
    void shouldPutTheGoalsOfTheNextPlansDraftInTheNextPlan(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "draft.txt", """
                江门市2026年政府工作报告摘要
                “十四五”时期，江门地区生产总值年均增长5.1%。
                谈到今后五年，报告说，《江门市国民经济和社会发展第十五个五年规划纲要(草案)》提出了18个指标。其中，地区生产总值年均增长5.5%左右；单位地区生产总值碳排放达到国家和省上要求。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::kind, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-15", "地区生产总值", TargetKind.ANNUAL_GROWTH, 5.5, 2030),
                        org.assertj.core.groups.Tuple.tuple("jm-15", "单位地区生产总值碳排放", TargetKind.QUOTA, null, 2030));
    }

    /**
     * News of a plan's indicators giving each its goals of two years in brackets (21世纪经济报道, 2026-01-08,
     * on the 教育强国 indicators): each year's figure is read, the earlier one a milestone on the path to the
     * plan's own year or a target of its own; a slash pairs two statistics that share the goal (均).
     */
    @Test
    void shouldReadTheGoalsOfSeveralYearsInBracketsAfterTheirName(@TempDir Path dir) throws IOException {
        // the bundled divisions: the nation's, and the provinces a digest names
        CatalogueImporter.Result r = readWithAllRegions(dir, "edu.txt", """
                全国教育工作会议召开
                2026年是“十五五”开局之年,也是教育强国建设三年行动计划承上启下关键之年。
                司长在2025年11月的论坛上介绍,主要指标中与基础教育直接相关的有3项,包括学前教育毛入园率(2027年达到93%,2035年达到98%)、初中毕业年级阅读/数学达标学生比例(2027年均达到80%,2035年均达到85%)。
                """);
        assertThat(r.targets())
                .extracting(
                        Target::nameZh,
                        Target::targetValue,
                        Target::targetYear,
                        t -> t.milestones().stream()
                                .map(m -> m.year() + ":" + m.value())
                                .toList())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("学前教育毛入园率", 98.0, 2035, List.of("2027:93.0")),
                        org.assertj.core.groups.Tuple.tuple("初中毕业年级阅读达标学生比例", 85.0, 2035, List.of("2027:80.0")),
                        org.assertj.core.groups.Tuple.tuple("初中毕业年级数学达标学生比例", 85.0, 2035, List.of("2027:80.0")));
        assertThat(r.targets()).allSatisfy(t -> assertThat(t.region()).isEqualTo("CN"));
        // the lead that dates the news to 2025 is reported, not read
        assertThat(r.notices()).anyMatch(n -> n.startsWith("edu.txt:3: '司长在2025年11月"));
    }

    /**
     * News of the State Council's work report (聯合報, 2026-03-06, in Traditional characters): the nation's
     * goals, though the reporter files from 北京 and a 北京大学 professor comments; a remark that the goal is
     * the lowest since 1991 does not date it; a headline with a comma restates what the text says.
     */
    @Test
    void shouldReadNewsOfTheStateCouncilsReportAsTheNationsGoals(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "udn.txt", """
                陸GDP目標4.5至5%，35年最低
                2026-03-06 聯合報／特派記者／北京報導
                大陸國務院總理李強昨天在十四屆全國人大四次會議做政府工作報告，將今年國內生產總值（ＧＤＰ）增長目標設定在百分之四點五至百分之五，這是自一九九一年以來、近三十五年設定的最低增長目標。
                起草組負責人表示，今年把保障與改善民生列為突出的位置，經濟增長目標實際上是兩句話，即「經濟增長百分之四點五至百分之五、在實際工作中努力爭取更好結果」。
                其他經濟目標還包含：赤字率擬按百分之四安排；城鎮新增就業一千兩百萬人以上；國際收支保持基本平衡。
                北京大學教授田軒昨受訪指出，今年定百分之四點五至百分之五區間。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetValue, Target::bound)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "gdp_growth", 4.5, Bound.RANGE),
                        org.assertj.core.groups.Tuple.tuple(
                                "cn-annual-2026", IndicatorResolver.codeOf("赤字率"), 4.0, Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple(
                                "cn-annual-2026", IndicatorResolver.codeOf("城镇新增就业"), 1200.0, Bound.AT_LEAST));
        assertThat(r.targets())
                .hasSize(4)
                .allSatisfy(t -> assertThat(t.source()).isIn("udn.txt:3", "udn.txt:5"));
        // the spokesman's 经济增长 is the dictionary's GDP growth, stated already
        assertThat(r.notices())
                .contains("udn.txt:4: restates the target of gdp_growth stated at udn.txt:3; the first is kept");
    }

    /**
     * A summary of a district's work report (姜堰区, 2026-01-13) whose period goals stand under a line
     * that is only their heading, unnumbered: they are the five-year plan's, after an account of the
     * past that is no one's target.
     */
    @Test
    void shouldReadThePeriodsGoalsUnderAnUnnumberedHeading(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "jy.txt", """
                泰州市姜堰区2026年政府工作报告(摘要版)

                2025年及“十四五”工作回顾

                “十四五”期间,地区生产总值年均增长6.6%。

                “十五五”时期主要目标

                地区生产总值年均增长5%左右,一般公共预算收入年均增长2.5%,规上工业总产值达1300亿元。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::kind, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("321204-15", "地区生产总值", TargetKind.ANNUAL_GROWTH, 5.0, 2030),
                        org.assertj.core.groups.Tuple.tuple(
                                "321204-15", "一般公共预算收入", TargetKind.ANNUAL_GROWTH, 2.5, 2030),
                        org.assertj.core.groups.Tuple.tuple("321204-15", "规上工业总产值", TargetKind.LEVEL, 1300.0, 2030));
    }

    /**
     * A one-screen summary of the State Council's report (its 总理 delivers it to the 全国人大): the
     * period's goals under their heading are the five-year plan's, the year's goals under 2026年…总体要求
     * the annual plan's, a budget drawn up against last year's (比上年) is no look back, and the
     * account of last year before them is said not to be read, never dropped unseen.
     */
    @Test
    void shouldReadAReportSummarysPeriodAndYearGoalsEachAsItsOwnPlans(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "summary.txt", """
                两会2026︱政府工作报告简略版
                3月5日，李强总理向十四届全国人大四次会议作政府工作报告。
                一、2025年工作回顾
                国内生产总值增长5%
                二、“十五五”时期主要目标
                人均预期寿命提高到80岁
                三、2026年经济社会发展总体要求和政策取向
                经济增长4.5%-5%
                赤字率拟按4%左右安排，赤字规模比上年增加2300亿元
                一般公共预算支出规模将首次达到30万亿元
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cn-15", "人均预期寿命", 80.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "经济增长", 4.5, 2026),
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "赤字率", 4.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "一般公共预算支出规模", 30.0, 2026));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("summary.txt:4: ") && n.contains("starting point"));
    }

    /**
     * A city's report as news tells it: its 2030 goal (冲刺, a sprint to a level) is the five-year
     * plan's, its year's goal stated with the figure inside 设定…的预期目标 the annual plan's; the
     * 十四五 it looks back on is neither.
     */
    @Test
    void shouldReadACityReportsPeriodGoalAndItsYearsGoal(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "cd.txt", """
                记者 王波
                1月28日,成都市人民政府市长在市人大会议上作《政府工作报告》,明确了2026年全市经济社会发展的任务书。
                “十四五”圆满收官,地区生产总值2025年达2.48万亿元,增长5.8%。
                《政府工作报告》明确了“十五五”时期的奋斗愿景:到2030年地区生产总值冲刺3.2万亿元,建成现代化国际大都市。开局之年,成都设定2026年GDP增长5.5%左右的预期目标,为长远目标奠定基础。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("510100-15", "gdp", 3.2, 2030),
                        org.assertj.core.groups.Tuple.tuple("510100-annual-2026", "gdp_growth", 5.5, 2026));
    }

    /**
     * A city's work report as its text begins (各位代表：…我代表市人民政府): the province and the nation its
     * lead quotes are not its region, the “十四五” it looks back on in 2026 not its plan; its period's goals run on through the tasks numbered under
     * their chapter (（一）…) to the next chapter.
     */
    @Test
    void shouldFileACitysReportUnderTheCityItsGovernmentSpeaksFor(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "hf.txt", """
                各位代表：
                现在，我代表市人民政府，向大会报告工作。
                过去一年，“十四五”规划圆满收官。
                全市深入学习贯彻《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》和安徽省委部署。
                合肥综合性国家科学中心能级显著提升。
                一、2025年和“十四五”工作回顾
                五年来，地区生产总值年均增长6.5%。
                二、“十五五”时期经济社会发展主要目标任务
                “十五五”时期经济社会发展主要目标是：到2030年，工业总产值突破2万亿元。
                今后五年的主要任务是：
                （一）坚持创新驱动，人才总量突破350万人。
                三、2026年重点工作
                2026年是“十五五”开局之年。全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("340100-15", "工业总产值", 2.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("340100-15", "人才总量", 350.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("340100-annual-2026", "地区生产总值增长", 5.5, 2026));
    }

    /**
     * A province's report whose year's goals follow, in the same paragraph, a sentence on what was
     * done (以来): the announcement of the goals starts afresh; the headline statistics every report
     * sets are the dictionary's.
     */
    @Test
    void shouldReadTheYearsGoalsAfterALookBackInTheSameParagraph(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "js.txt", """
                江苏省2026年政府工作报告
                三、2026年重点工作
                今年是“十五五”开局之年。一年以来我们已打下坚实基础。今年经济社会发展主要预期目标是：地区生产总值按增长5%安排；一般公共预算收入增长2%；社会消费品零售总额增长5%左右；全社会研发投入强度3.42%左右。
                经济社会发展主要预期目标是：城镇调查失业率控制在5.5%左右，碳排放双控达到国家下达“十五五”目标任务的序时进度。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("320000-annual-2026", "gdp_growth", 5.0),
                        org.assertj.core.groups.Tuple.tuple("320000-annual-2026", "fiscal_revenue_growth", 2.0),
                        org.assertj.core.groups.Tuple.tuple("320000-annual-2026", "retail_sales_growth", 5.0),
                        org.assertj.core.groups.Tuple.tuple("320000-annual-2026", "rd_intensity", 3.42),
                        // the list is this year's, though a goal in it refers to the period
                        org.assertj.core.groups.Tuple.tuple("320000-annual-2026", "surveyed_urban_unemployment", 5.5));
    }

    /**
     * A province's period goals as its report prints them: the level its growth reaches (、迈上…台阶) is
     * the same statistic's, the goals in step read before the pause, and a remark that shows what a
     * goal means (体现了…同步的要求) is none.
     */
    @Test
    void shouldReadTheLevelAGrowthReachesAndTheGoalsInStep(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "gz.txt", """
                贵州省2026年政府工作报告
                二、“十五五”时期主要目标任务
                ——高质量发展取得显著成效。全省地区生产总值年均增长5%左右、迈上3万亿元台阶。
                ——人民生活品质不断提高。居民收入增长和经济增长同步、劳动报酬提高和劳动生产率提高同步。
                ——生态环境。地级及以上城市细颗粒物(PM_2.5)年平均浓度不高于23微克/立方米。
                人均可支配收入年均增长5%左右,体现了居民收入增长和经济增长同步、劳动报酬提高和劳动生产率提高同步的要求。
                """);
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::targetValue, Target::targetYear)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("gdp", TargetKind.LEVEL, 3.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("disposable_income_growth", TargetKind.LINKED, null, 2030));
        assertThat(r.targets())
                .extracting(Target::nameZh)
                .contains("地级及以上城市细颗粒物(PM2.5)年平均浓度")
                .noneMatch(n -> n.contains("体现"));
    }

    /**
     * A chapter that looks back on one period and then sets the next one's goals
     * (二、“十四五”时期发展成就和“十五五”时期主要目标任务) is the next period's; the indicators a line quotes
     * from the plan's document (《纲要草案》设置了…主要指标) are its own years', not the 2035 the line
     * before ended on.
     */
    @Test
    void shouldReadTheNextPeriodsIndicatorsInAChapterThatLooksBackFirst(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "bj.txt", """
                现在，我代表北京市人民政府，向大会报告政府工作。
                一、2025年工作回顾
                全市地区生产总值增长5.4%。
                二、“十四五”时期发展成就和“十五五”时期主要目标任务
                《纲要草案》明确了今后五年的发展目标。在此基础上再奋斗五年，到2035年率先基本实现社会主义现代化。
                围绕上述目标，《纲要草案》设置了29项主要指标，包括：城镇调查失业率控制在5%以内，服务贸易年均增速5%左右。
                三、2026年重点工作
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("110000-15", "城镇调查失业率", 2030),
                        org.assertj.core.groups.Tuple.tuple("110000-15", "服务贸易", 2030));
    }

    /** A list of the plan's goals in its chapter is the plan's, though one goal in it names its own year (2030年前). */
    @Test
    void shouldReadAListOfThePlansGoalsThatNamesAYearInOneOfThem(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "jl.txt", """
                现在，我代表省人民政府，向大会报告工作。吉林省
                三、“十五五”时期主要目标任务
                （一）“十五五”发展目标。主要目标包括：常住人口城镇化率达到69%，城镇调查失业率5.5%左右，2030年前碳达峰目标如期实现。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetYear)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("220000-15", "常住人口城镇化率", 2030),
                        org.assertj.core.groups.Tuple.tuple("220000-15", "城镇调查失业率", 2030));
    }

    /** Lines no plan holds (a college's cover and contents before the plan it quotes) are said, once a run. */
    @Test
    void shouldSayLinesWithFiguresThatNoPlanHolds(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "cover.txt", """
                某职业学院办学定位佐证材料
                学院现有专业群4个，在校生12000人。
                北京市国民经济和社会发展第十五个五年规划纲要
                到2030年，人均预期寿命达到83岁。
                """);
        assertThat(r.targets()).extracting(Target::targetValue).containsExactly(83.0);
        assertThat(r.notices())
                .contains("cover.txt:1-2: 1 line prints figures where no plan is named (no plan title, goals heading"
                        + " or report year holds them): not read");
    }

    /**
     * News of an action plan that quotes it (上海, 2024-07-31): 已由市政府办公厅印发 says when it was issued,
     * not what was done; the plan's counts after it are its goals for its end year.
     */
    @Test
    void shouldNotTakeAPlansIssueForALookBack(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "sh.txt", """
                上海低空经济高质量发展推进大会召开
                市经济信息化委主任通报《上海市低空经济产业高质量发展行动方案(2024—2027年)》内容。方案经市政府常务会议审议通过,已由市政府办公厅印发,明确将全面打造低空经济产业创新高地,培育20家左右运营服务领军企业,集聚100家以上关键配套企业,核心产业规模达到500亿元以上。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetValue, Target::targetYear)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("核心产业规模", 500.0, 2027),
                        org.assertj.core.groups.Tuple.tuple("关键配套企业", 100.0, 2027));
    }

    /**
     * A digest of several regions' reports (新华视点, 2026): each goal is the region's that states it, in
     * its plan of the year; what no region states is no one's.
     */
    @Test
    void shouldFileEachGoalOfADigestUnderTheRegionThatStatesIt(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "digest.txt", """
                从就业到教育,2026年地方两会释放哪些民生信号
                近期,地方两会密集召开。各地的政府工作报告聚焦群众急难愁盼。
                2025年全国城镇新增就业1267万人,就业形势保持总体稳定。
                就业大省广东今年的政府工作报告提出,城镇新增就业110万人以上。人口大省河南明确,城镇新增就业110万人以上;坚持就业优先。劳务输出大省甘肃提出,输转城乡富余劳动力480万人。
                专家建议,新增培训岗位10万个。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue, Target::bound)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("gd-annual-2026", "城镇新增就业", 110.0, Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("410000-annual-2026", "城镇新增就业", 110.0, Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("620000-annual-2026", "输转城乡富余劳动力", 480.0, Bound.EXACT));
        assertThat(r.notices())
                .contains("digest.txt:5: '专家建议,新增培训岗位10万个' names no region, in a digest of several regions'"
                        + " reports: not read as anyone's target");
    }

    /**
     * A province's programme of one year's works, issued by notice: its numbered works are that
     * year's targets, and 成县, a county elsewhere, is not found inside 建成县域.
     */
    @Test
    void shouldReadAProgrammeOfOneYearsWorksAsThatYearsTargets(@TempDir Path dir) throws IOException {
        // the bundled divisions, which hold 成县 (甘肃)
        Path file = Files.writeString(dir.resolve("works.txt"), """
                广东省人民政府办公厅关于印发广东省2026年民生工程实施方案的通知
                广东省2026年民生工程实施方案
                为办好民生实事，2026年在全省实施10项民生工程。
                一、安居工程。建成交付保障性住房5万套以上。(责任单位:省住房城乡建设厅)
                二、物流工程。建成县域快递物流中心40个,开通客货邮合作线路60条。(责任单位:省交通运输厅)
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(file));
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::unit, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("gd-annual-2026", "建成交付保障性住房", "万套", 5.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("gd-annual-2026", "建成县域快递物流中心", "个", 40.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("gd-annual-2026", "开通客货邮合作线路", "条", 60.0, 2026));
    }

    /**
     * News of a national sector's yearly work conference: the nation's goals for the year, whatever city the
     * meeting is held in or the news names among its works; a level the sector will 完成, then its growth
     * on the year before, under that statistic's name.
     */
    @Test
    void shouldReadANationalSectorsWorkConferenceAsTheNationsGoalsForTheYear(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "conference.txt", """
                1月9日,2026年全国水运工作会议在北京召开。
                据介绍,2025年全行业完成港口货物吞吐量170亿吨,广州、宁波等港口扩建完成。
                会议明确,面向2026年,将力争完成港口货物吞吐量175亿吨、同比增长3%左右,完成水运投资1500亿元以上。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::kind, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "港口货物吞吐量", TargetKind.LEVEL, 175.0, 2026),
                        org.assertj.core.groups.Tuple.tuple(
                                "cn-annual-2026", "港口货物吞吐量增长", TargetKind.ANNUAL_GROWTH, 3.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "水运投资", TargetKind.LEVEL, 1500.0, 2026));
    }

    /**
     * A research office's report: its look back (“十三五”以来…) names no plan; the goals stand under an unnumbered
     * heading of the period's tasks, and a clause's own year (力争2028年) dates that clause.
     */
    @Test
    void shouldReadTheGoalsOfAReportUnderAnUnnumberedHeadingOfThePeriodsTasks(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "study.md", """
                # 文山州三七产业发展路径研究

                一是抢抓机遇。"十三五"以来，文山州三七种植面积从2016年的30万亩增至2020年的50万亩。

                ## "十五五"重点任务

                到2030年，全州三七综合产值达到600亿元以上。
                """);
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("532600", "三七综合产值", 600.0, 2030));
    }

    /**
     * A page on the national outline that never says 全国: the National People's Congress approved it, its
     * lead states the period, and a line opens with the year of the goals it lists.
     */
    @Test
    void shouldReadAPageOnTheNationalOutlineApprovedByTheNationalPeoplesCongress(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "outline.txt", """
                《纲要》导读
                2026年3月12日十四届全国人大四次会议批准。规划期 2026–2030 年。
                2030 年关键目标值:常住人口城镇化率 71%、人均预期寿命 80 岁。
                """);
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CN", "常住人口城镇化率", 71.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("CN", "人均预期寿命", 80.0, 2030));
    }

    /**
     * A sentence of this year's works with an aside on what is already done: the aside dates only
     * itself, and the place's name and year before what it will do are no part of a name.
     */
    @Test
    void shouldReadTheWorksAroundAnAsideOnWhatIsDone(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = read(dir, "aside.txt", """
                江门市2026年十件民生实事发布
                具体而言,江门今年将完成外墙整治1.5万平方米;目前已经完成了人行天桥的设计方案;计划建设100公里农村公路。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("外墙整治", "万平方米", 1.5, 2026),
                        org.assertj.core.groups.Tuple.tuple("农村公路", "公里", 100.0, 2026));
    }

    /**
     * A city's report as its portal prints it: forty lines of the site's menus before the report, whose
     * government names itself (我代表深圳市人民政府) below them. The city is the one that speaks, not
     * a place the menus name first.
     */
    @Test
    void shouldFileAReportBelowAPagesMenusUnderTheGovernmentThatSpeaks(@TempDir Path dir) throws IOException {
        String page = belowMenus(40, """
                政府工作报告
                ——2026年2月9日在市人民代表大会上
                各位代表：
                现在，我代表深圳市人民政府，向大会报告政府工作。
                今年经济社会发展主要预期目标是：全市地区生产总值增长5%，社会消费品零售总额增长6%。
                """);
        CatalogueImporter.Result r = readWithAllRegions(dir, "sz.html.txt", page);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("440300-annual-2026", "gdp_growth", 5.0),
                        org.assertj.core.groups.Tuple.tuple("440300-annual-2026", "retail_sales_growth", 6.0));
    }

    /**
     * A province's report that quotes the draft outline's indicators without a year (《纲要草案》…今后五年…
     * 包括地区生产总值年均增长5%左右): the goals of the period the report's year opens, under its five-year
     * plan; the year's own goals stay the year's.
     */
    @Test
    void shouldFileAPeriodGoalQuotedWithoutAYearUnderThePeriodTheYearOpens(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "fj.txt", """
                福建省2026年政府工作报告
                各位代表：现在，我代表省人民政府，向大会报告工作。
                二、一张蓝图绘到底
                我省“十五五”时期要实现新的发展。《纲要草案》设定了今后五年我省24个主要指标，包括地区生产总值年均增长5%左右。
                三、2026年工作安排
                今年经济社会发展主要预期目标是：全省地区生产总值增长5%左右，粮食产量513万吨以上。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("350000-15", "gdp_growth", 5.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("350000-annual-2026", "gdp_growth", 5.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("350000-annual-2026", "grain_output", 513.0, 2026));
    }

    /**
     * Goals the level above sets, as reports word them: 等完成省定目标 after a list whose names hold 和
     * (空气和水环境质量 is one), and 完成经国家审核衔接后确定的目标.
     */
    @Test
    void shouldReadEachGoalOfAListLeftToTheQuotaOfTheLevelAbove(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "nj.txt", """
                南京市2026年政府工作报告
                各位代表：现在，我代表市人民政府，向大会报告工作。
                今年发展主要预期目标是：地区生产总值增长5%以上，城镇新增就业、空气和水环境质量等完成省定目标，单位地区生产总值二氧化碳排放降低完成经国家审核衔接后确定的目标。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("地区生产总值增长", TargetKind.ANNUAL_GROWTH),
                        org.assertj.core.groups.Tuple.tuple("城镇新增就业", TargetKind.QUOTA),
                        org.assertj.core.groups.Tuple.tuple("空气和水环境质量", TargetKind.QUOTA),
                        org.assertj.core.groups.Tuple.tuple("单位地区生产总值二氧化碳排放", TargetKind.QUOTA));
    }

    /** The State Council's report below a portal's menus: 我代表国务院 says whose goals the year's are. */
    @Test
    void shouldFileTheStateCouncilsReportBelowAPagesMenusUnderTheNation(@TempDir Path dir) throws IOException {
        String page = belowMenus(20, """
                政府工作报告
                ——2026年3月5日在第十四届全国人民代表大会第四次会议上
                各位代表：
                现在，我代表国务院，向大会作政府工作报告。
                今年发展主要预期目标是：城镇调查失业率5.5%左右，城镇新增就业1200万人以上。
                """);
        CatalogueImporter.Result r = readWithAllRegions(dir, "cn.html.txt", page);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "城镇调查失业率", 5.5),
                        org.assertj.core.groups.Tuple.tuple("cn-annual-2026", "城镇新增就业", 1200.0));
    }

    /**
     * News of a city's report: a sentence on its past period that names a neighbour first (西安—咸阳一体化)
     * is the city's, whose report the lead is about; a paper's dateline of two places (北京－台北报导)
     * names no region.
     */
    @Test
    void shouldPreferTheLeadsRegionAmongThoseASentenceNames(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "xy.txt", """
                2026年2月4日上午，陕西咸阳市第九届人民代表大会第六次会议开幕。代市长作政府工作报告。
                报告从7个方面概括了“十四五”各项事业取得的重大成就：西安—咸阳一体化迈入同城发展新阶段。
                报告提出今年全市经济社会发展的主要预期目标是：生产总值增长5.5%以上，一般公共预算收入增长3%左右。
                """);
        assertThat(r.targets()).extracting(Target::region).containsOnly("610400");
        CatalogueImporter.Result news = readWithAllRegions(dir, "tw.txt", """
                2026-03-05
                快讯／陆2026年经济增长目标「4.5%至5%」
                记者蔡绍坚、陈冠宇／北京－台北报导
                第十四届全国人大四次会议5日上午召开，据国务院提出的「政府工作报告」，今年发展主要预期目标是：城镇调查失业率5.5%左右，城镇新增就业1200万人以上。
                """);
        assertThat(news.targets()).isNotEmpty().extracting(Target::region).containsOnly("CN");
    }

    /** A state-level zone with its own administration is its own region, not its city's (重庆万盛经开区). */
    @Test
    void shouldFileAZonesGoalsUnderTheZone(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "ws.txt", """
                重庆市万盛经开区管委会办公室关于印发万盛经开区2026年重点民生实事工作目标任务的通知
                2026年重点民生实事：新增城镇就业1.2万人，新建公办幼儿园3所。
                """);
        assertThat(r.targets()).isNotEmpty().extracting(Target::region).containsOnly("500110-wansheng");
    }

    /**
     * A province's report whose part on the period is titled by its tasks (“十五五”时期经济社会发展重点任务):
     * the goals it sets there are the period's, not the year's.
     */
    @Test
    void shouldReadAPeriodsTasksChapterAsThePeriodsGoals(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "hlj.txt", """
                黑龙江省2026年政府工作报告
                各位代表：现在，我代表省人民政府，向大会报告工作。
                一、2025年工作回顾和“十四五”时期发展成就
                五年来，全省常住人口城镇化率提高到67%。
                二、“十五五”时期经济社会发展重点任务
                四是奋力推进区域振兴。推进以人为本的新型城镇化，全省常住人口城镇化率达到71%。
                三、2026年重点工作
                今年经济社会发展主要预期目标是：地区生产总值增长5%左右。
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("230000-15", "常住人口城镇化率", 71.0, 2030),
                        org.assertj.core.groups.Tuple.tuple("230000-annual-2026", "地区生产总值增长", 5.0, 2026));
    }

    /** A national programme's table says 我国, never 全国: the nation's. */
    @Test
    void shouldTakeOurCountryForTheNation(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "water.txt", """
                我国“十五五”时期新型城镇化主要指标
                指标\t2025年\t2030年
                常住人口城镇化率（%）\t67\t71
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN", "常住人口城镇化率", 71.0, 2030));
    }

    /**
     * A page on an outline that names no region but the prefecture's congress that passed it (经州十五届人大…审查通过) is
     * some region's, not the nation's: it asks for --region rather than guess.
     */
    @Test
    void shouldNotTakeAPagePassedByALocalCongressForTheNations(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "overview.md", """
                # 十五五规划纲要 - 总览

                - **发布时间**：2026年4月10日，经州十五届人大六次会议审查通过

                ## 其他经济指标

                - 全员劳动生产率增长：5%左右
                """);
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).anyMatch(p -> p.contains("give --region"));
    }

    /**
     * A report's look back names the ended period; a sentence that opens with the year ahead (2026年，…将…：) dates every
     * clause of the list after its colon, not only the first.
     */
    @Test
    void shouldDateEveryClauseOfASentenceByTheYearItOpensWith(@TempDir Path dir) throws IOException {
        CatalogueImporter.Result r = readWithAllRegions(dir, "sx.txt", """
                山西省政府工作报告
                政府工作报告指出，“十四五”期间，山西累计生产原煤65亿吨。
                2026年，山西将推动能源转型全面提速：煤炭产量稳定在13亿吨左右，推动非常规天然气产量突破200亿立方米。
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetValue, Target::targetYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("煤炭产量", 13.0, 2026),
                        org.assertj.core.groups.Tuple.tuple("非常规天然气产量", 200.0, 2026));
    }
}
