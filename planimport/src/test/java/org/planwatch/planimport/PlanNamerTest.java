package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.RegionDictionary;

/** Plan ids from the titles of 13th to 16th plans, 2035 visions and special plans with years of their own. */
class PlanNamerTest {
    static final RegionDictionary REGIONS = RegionDictionary.read(new StringReader("""
                    code\tname_zh\tslug\tlevel\tdepartment_prefix\tnames
                    CN\t中华人民共和国\tcn\tnational\t国家\t全国|国民|中国|中华人民共和国
                    440000\t广东省\tgd\tprovince\t省\t广东省|广东
                    440700\t江门市\tjm\tcity\t市\t江门市|江门
                    440703\t蓬江区\tpj\tdistrict\t区\t蓬江区|蓬江
                    440704\t江海区\tjh\tdistrict\t区\t江海区|江海
                    500000\t重庆市\tcq\tprovince\t市\t重庆市|重庆
                    """), "test-regions.tsv");

    private static final PlanNamer NAMER = new PlanNamer(REGIONS, Optional.empty());

    private static Plan document(String text) {
        return NAMER.ofDocument("plan.txt", List.of(text.split("\n", -1)), 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // outlines have no subject, whatever their subtitle says
                "中华人民共和国国民经济和社会发展第十五个五年规划纲要|cn-15|2030|2025",
                "江门市国民经济和社会发展第十五个五年规划纲要|jm-15|2030|2025",
                "江门市蓬江区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要|pj-15|2030|2025",
                "广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要|gd-14|2025|2020",
                // special plans: the kept slugs, the table of common subjects
                "江门市卫生健康事业发展“十五五”规划|jm-health-15|2030|2025",
                "江门市科技创新“十五五”规划（2026—2030年）|jm-sti-15|2030|2025",
                "江门市生态环境保护“十五五”规划|jm-eco-15|2030|2025",
                "江门市教育发展“十六五”规划|jm-edu-16|2035|2030",
                "江门市综合交通运输体系发展“十三五”规划|jm-transport-13|2020|2015",
                // a plan with years of its own: named by its end year
                "“健康江门2030”规划|jm-health-2030|2030|2015",
                "广东省推进新型工业化行动计划（2024—2027年）|gd-industry-2027|2027|2023",
                "江门市国土空间总体规划（2021～2035年）|jm-land-2035|2035|2020",
                "广东省2035年远景目标纲要|gd-2035|2035|2020",
                // a span that is a five-year period is that period
                "江门市水利发展规划（2026-2030年）|jm-water-15|2030|2025",
            })
    void shouldNameThePlanFromItsTitle(String title, String id, int targetYear, int baseYear) {
        Plan plan = document(title + "\n\n江门市人民政府\n2026年3月");
        assertThat(plan.id()).isEqualTo(id);
        assertThat(plan.targetYear()).isEqualTo(targetYear);
        assertThat(plan.baseYear()).isEqualTo(baseYear);
    }

    /** The subject was once read from any line near the top: 科技创新 in a subtitle made cq-sti-2030. */
    @Test
    void shouldNotTakeTheSubjectOfAnOutlineFromItsSubtitle() {
        Plan plan = document("""
                重庆市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要
                ——以科技创新引领现代化新重庆建设

                （2026年1月28日重庆市第六届人民代表大会第五次会议批准）
                """);
        assertThat(plan.id()).isEqualTo("cq-15");
    }

    @Test
    void shouldReadATitleBrokenOverTwoLines() {
        Plan plan = document("""
                # **江门市蓬江区国民经济和社会
                发展第十五个五年规划和 2035 年远景目标纲要**

                江门市蓬江区人民政府
                """);
        assertThat(plan.id()).isEqualTo("pj-15");
    }

    @Test
    void shouldNameANationalPlanByItsIssuerWhereItsTitleNamesNoRegion() {
        assertThat(document("“十五五”国民健康规划\n\n国务院办公厅").id()).isEqualTo("cn-health-15");
        assertThat(document("国务院关于印发“十五五”生态环境保护规划的通知\n\n国发〔2026〕3号\n\n“十五五”生态环境保护规划")
                        .id())
                .isEqualTo("cn-eco-15");
        assertThat(document("“十五五”现代能源体系规划\n\n国家发展改革委 国家能源局\n2026年6月").id()).isEqualTo("cn-energy-15");
        assertThat(document("全国农业现代化规划（2026—2030年）").id()).isEqualTo("cn-agri-15");
    }

    @Test
    void shouldReadATitleOfSixtyCharactersAndMore() {
        String title = "江门市推动制造业数字化转型与人工智能赋能千行百业高质量发展暨新质生产力培育行动计划（2026—2028年）（征求意见稿）";
        assertThat(title.length()).isGreaterThanOrEqualTo(60);
        Plan plan = document("\n" + title + "\n\n江门市工业和信息化局\n2026年9月");
        assertThat(plan.id()).isEqualTo("jm-industry-2028");
        assertThat(plan.baseYear()).isEqualTo(2025);
    }

    @Test
    void shouldGiveTwoSpecialPlansOfOneRegionAndPeriodDifferentStableIds() {
        String overseas = document("江门市侨务强市“十五五”规划").id();
        String ports = document("江门市港口口岸发展“十五五”规划").id();
        assertThat(overseas).matches("jm-s[0-9a-f]{6}-15").isNotEqualTo(ports);
        assertThat(ports).matches("jm-s[0-9a-f]{6}-15");
        assertThat(document("江门市侨务强市“十五五”规划\n\n（2026年4月）").id()).isEqualTo(overseas);
    }

    @Test
    void shouldNotTakeAChapterHeadingOrProseForATitle() {
        Plan plan = document("""
                江门市蓬江区国土空间总体规划（2021—2035年）

                第一章 规划背景
                本规划依据《江门市国民经济和社会发展第十五个五年规划纲要》编制。
                """);
        assertThat(plan.id()).isEqualTo("pj-land-2035");
    }

    @Test
    void shouldPutEveryPlanInTheRegionTheUserGives() {
        PlanNamer namer = new PlanNamer(REGIONS, Optional.of("440700"));
        Plan plan = namer.ofDocument("plan.txt", List.of("台山市卫生健康事业发展“十五五”规划", "", "台山市人民政府"), 0);
        assertThat(plan.id()).isEqualTo("jm-health-15");
        assertThat(plan.region().code()).isEqualTo("440700");
    }

    @Test
    void shouldRefuseADocumentWhoseRegionItCannotTellWithoutAGivenRegion() {
        assertThatThrownBy(() -> document("台山市卫生健康事业发展“十五五”规划\n\n台山市人民政府"))
                .isInstanceOf(PlanTextException.class)
                .hasMessageContaining("--region");
    }

    @Test
    void shouldRefuseARegionCodeTheDictionaryDoesNotHold() {
        assertThatThrownBy(() -> new PlanNamer(REGIONS, Optional.of("999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999");
    }

    @Test
    void shouldNameAPeriodByItsEndYearWhereTheTitleNamesNone() {
        PlanNamer namer = new PlanNamer(REGIONS, Optional.empty());
        assertThat(namer.ofDocument("plan.txt", List.of("江门市卫生健康规划"), 2030).id())
                .isEqualTo("jm-health-15");
    }

    @Test
    void shouldReadAnOutlineTitleWhoseVisionGoesOnTheNextLine() {
        List<String> lines = List.of("江门市国民经济和社会发展第十五个五年规划", "和二〇三五年远景目标纲要", "", "第一章 发展基础");
        assertThat(NAMER.ofLines(lines))
                .allSatisfy(plan -> assertThat(plan)
                        .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("jm-15")));
    }

    @Test
    void shouldGiveEachPlanOfABundleItsOwnLinesAndNoneToTheCover() {
        List<String> lines = List.of(
                "某职业学院专业设置论证材料",
                "“十五五”国民健康规划",
                "到2030年，人均预期寿命提高到80岁左右。",
                "江门市卫生健康事业发展“十五五”规划",
                "到2030年，人均预期寿命提高到81.5岁左右。",
                "台山市教育发展“十五五”规划",
                "到2030年，…");
        assertThat(NAMER.ofLines(lines))
                .extracting(plan -> plan.map(Plan::id).orElse(""))
                .containsExactly("", "cn-health-15", "cn-health-15", "jm-health-15", "jm-health-15", "", "");
    }

    @Test
    void shouldKeepAPlansLinesUnderAHeadingThatReadsLikeATitleButNamesNoRegionOrPeriod() {
        List<String> lines = List.of("江门市国民经济和社会发展第十五个五年规划纲要", "**实施乡村振兴战略行动计划**", "到2030年，…");
        assertThat(NAMER.ofLines(lines))
                .extracting(plan -> plan.map(Plan::id).orElse(""))
                .containsExactly("jm-15", "jm-15", "jm-15");
    }

    /** A news lead above the title that quotes it is the plan's own summary; one quoting another document is not. */
    @Test
    void shouldGiveALeadAboveTheTitleThatQuotesItThePlan() {
        List<String> lines = List.of(
                "江门市卫健局就《江门市卫生健康事业发展“十五五”规划(征求意见稿)》公开征求意见，提出2030年人均预期寿命超81.5岁。",
                "为贯彻《国务院关于实施健康中国行动的意见》，到2030年，…",
                "江门市卫生健康事业发展“十五五”规划",
                "到2030年，…");
        assertThat(NAMER.ofLines(lines))
                .extracting(plan -> plan.map(Plan::id).orElse(""))
                .containsExactly("jm-health-15", "", "jm-health-15", "jm-health-15");
    }

    @Test
    void shouldReadATitleOnTheLastLine() {
        assertThat(NAMER.ofLines(List.of("到2030年，…", "江门市卫生健康事业发展“十五五”规划")))
                .extracting(plan -> plan.map(Plan::id).orElse(""))
                .containsExactly("", "jm-health-15");
    }

    /** A report's lead names the plan, then what the plan says of an earlier period: the plan's own years count. */
    @Test
    void shouldNotTakeAPlansPeriodFromWhatTheLeadReportsAfterItsTitle() {
        List<String> lines = List.of(
                "12月28日，江门市政府网站发布《江门市碳达峰实施方案》，方案指出，“十四五”期间，产业结构优化调整取得明显进展。",
                "到2025年，非化石能源消费比重提高至13%左右。",
                "到2030年，非化石能源消费比重达到20%左右。");
        assertThat(NAMER.ofLines(lines))
                .allSatisfy(plan -> assertThat(plan)
                        .hasValueSatisfying(p -> assertThat(p.targetYear()).isEqualTo(2030)));
    }

    @Test
    void shouldTellTheLevelOfTheGovernmentAReportSpeaksFor() {
        org.planwatch.domain.RegionDictionary regions = org.planwatch.domain.RegionDictionary.bundled();
        ReportSpeaker region = ReportSpeaker.of(List.of("各位代表：", "现在，我代表自治区人民政府，向大会报告工作。"));
        assertThat(region.couldBe(regions.named("新疆").orElseThrow())).isTrue();
        assertThat(region.couldBe(regions.named("乌鲁木齐市").orElseThrow())).isFalse();
        ReportSpeaker named = ReportSpeaker.of(List.of("现在，我代表北京市人民政府，向大会报告政府工作。"));
        assertThat(named.couldBe(regions.named("北京").orElseThrow())).isTrue();
        assertThat(named.local()).isTrue();
        ReportSpeaker city = ReportSpeaker.of(List.of("现在，我代表市人民政府，向大会报告工作。"));
        assertThat(city.couldBe(regions.named("安徽").orElseThrow())).isFalse();
        assertThat(city.couldBe(regions.named("合肥").orElseThrow())).isTrue();
        assertThat(ReportSpeaker.of(List.of("记者 王波")).local()).isFalse();
    }
}
