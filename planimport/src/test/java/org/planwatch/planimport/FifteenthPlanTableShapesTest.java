package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * The shapes of the 15th plans' (2026-2030) main-indicator tables, end to end through the
 * importer. The tables are made up for their shape (group, indicator, unit, 2025 base, 2030
 * target, attribute; synonyms of each header word; columns no seed has): the figures are not a
 * real plan's, and real documents' expectations belong with the collected material.
 */
class FifteenthPlanTableShapesTest {
    @TempDir
    Path dir;

    private CatalogueImporter.Result read(String text) throws IOException {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, text);
        return CatalogueImporter.bundled().read(List.of(plan));
    }

    @Test
    void shouldReadAnOutlineTableByGroupWithTargetsInWordsUnitsInCellsAndAGrowthBandWithoutANumber()
            throws IOException {
        CatalogueImporter.Result r = read("""
                表1 江门市“十五五”时期经济社会发展主要指标
                类别\t指标\t单位\t2025年\t2030年\t属性
                经济发展\t地区生产总值增长\t%\t5.0\t保持在合理区间、各年度视情提出\t预期性
                \t城镇调查失业率\t%\t5.1\t控制在5.5%以内\t预期性
                民生福祉\t人均预期寿命\t岁\t79\t80.5岁\t预期性
                \t常住人口城镇化率\t%\t75\t提高到78以上\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(
                        Target::indicator,
                        Target::kind,
                        Target::bound,
                        Target::baseValue,
                        Target::targetValue,
                        Target::targetYear)
                .containsExactly(
                        tuple("gdp_growth", TargetKind.UNSTATED, Bound.EXACT, 5.0, null, 2030),
                        tuple("surveyed_urban_unemployment", TargetKind.LEVEL, Bound.AT_MOST, 5.1, 5.5, 2030),
                        tuple("life_expectancy", TargetKind.LEVEL, Bound.EXACT, 79.0, 80.5, 2030),
                        tuple("urbanization_rate", TargetKind.LEVEL, Bound.AT_LEAST, 75.0, 78.0, 2030));
        assertThat(r.targets()).extracting(Target::baseYear).containsOnly(2025);
    }

    @Test
    void shouldReadAnOutlineTableWithAColumnOfAnnualOrCumulativeChanges() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市国民经济和社会发展第十五个五年规划纲要
                专栏1 江门市“十五五”时期经济社会发展主要指标
                类别\t指标\t2025年\t2030年\t年均/累计\t属性
                经济发展\t1.地区生产总值增长（%）\t5.0\t保持在合理区间、各年度视情提出\t—\t预期性
                \t2.城镇调查失业率（%）\t5.1\t—\t<5.5\t预期性
                民生福祉\t3.人均预期寿命（岁）\t79\t—\t【1】\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::bound, Target::targetValue)
                .containsExactly(
                        tuple("gdp_growth", TargetKind.UNSTATED, Bound.EXACT, null),
                        tuple("surveyed_urban_unemployment", TargetKind.LEVEL, Bound.AT_MOST, 5.5),
                        tuple("life_expectancy", TargetKind.CUMULATIVE_CHANGE, Bound.EXACT, 1.0));
        assertThat(r.targets()).extracting(Target::targetYear).containsOnly(2030);
    }

    @Test
    void shouldReadHeaderSynonymsAndKeepAColumnItDoesNotKnowAsANote() throws IOException {
        CatalogueImporter.Result r = read("""
                专栏2 江门市“十五五”卫生健康主要指标
                序号\t指标名称\t计量单位\t基期值\t目标值\t指标属性\t牵头单位\t统计口径
                \t\t\t2025年\t2030年\t\t\t
                1\t人均预期寿命\t岁\t79\t80以上\t预期性\t市卫生健康局\t按常住人口
                2\t每千人口拥有执业（助理）医师数\t人\t3.2\t3.6\t约束性\t市卫生健康局\t
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator, Target::baseYear, Target::targetYear, Target::department)
                .containsExactly(
                        tuple("life_expectancy", 2025, 2030, "市卫生健康局"),
                        tuple("doctors_per_1000", 2025, 2030, "市卫生健康局"));
        assertThat(r.targets().get(0).expression()).endsWith("; 统计口径: 按常住人口");
        assertThat(r.targets().get(1).binding()).isTrue();
    }

    @Test
    void shouldKeepBothEndsOfARangeAsARangeBound() throws IOException {
        CatalogueImporter.Result r = read("""
                表1 江门市“十五五”时期主要指标
                指标\t2025年\t2030年\t属性
                城镇调查失业率（%）\t5.1\t5—5.5%\t预期性
                人均预期寿命（岁）\t79\t81.5（2025年79）\t预期性
                地区生产总值增长（%）\t5.0\t4.5%至5%\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets().get(2))
                .extracting(Target::indicator, Target::kind, Target::bound, Target::targetValue, Target::targetUpper)
                .containsExactly("gdp_growth", TargetKind.ANNUAL_GROWTH, Bound.RANGE, 4.5, 5.0);
        assertThat(r.targets().get(0).bound()).isEqualTo(Bound.RANGE);
        assertThat(r.targets().get(0).targetValue()).isEqualTo(5.0);
        assertThat(r.targets().get(0).targetUpper()).isEqualTo(5.5);
        assertThat(r.targets().get(1).targetUpper()).isNull();
        assertThat(r.targets().get(0).expression()).contains("5—5.5%");
        assertThat(r.targets().get(1).targetValue()).isEqualTo(81.5);
    }

    @Test
    void shouldTakeTheBaseFromTheTargetsCellWhereTheTableHasNoBaseColumn() throws IOException {
        CatalogueImporter.Result r = read("""
                表1 江门市“十五五”时期主要指标
                指标\t2030年\t属性
                人均预期寿命（岁）\t81.5（2025年79）\t预期性
                城镇调查失业率（%）\t5.5以内\t预期性
                常住人口城镇化率（%）\t78\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets().get(0).baseYear()).isEqualTo(2025);
        assertThat(r.targets().get(0).baseValue()).isEqualTo(79.0);
    }

    @Test
    void shouldTakeTheUnitTheTargetColumnsHeaderPrintsForRowsThatPrintNone() throws IOException {
        CatalogueImporter.Result r = read("""
                表1 江门市“十五五”时期主要指标
                指标\t2025 年（基期）\t2030 年（%）\t属性
                城镇调查失业率\t5.1\t5.5以内\t预期性
                人均预期寿命（岁）\t79\t80\t预期性
                常住人口城镇化率\t75\t78\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).extracting(Target::unit).containsExactly("%", "岁", "%");
        assertThat(r.targets()).extracting(Target::baseYear).containsOnly(2025);
    }

    @Test
    void shouldReportEachRowItCannotReadByFileAndLineAndReadTheOthers() throws IOException {
        CatalogueImporter.Result r = read("""
                表1 江门市“十五五”时期主要指标
                指标\t2025年\t2030年\t属性
                人均预期寿命（岁）\t79\t大幅提升\t预期性
                城镇调查失业率（%）\t5.1\t5.5左右/6以下\t预期性
                常住人口城镇化率（%）\t75\t80吨\t预期性
                每千人口拥有执业（助理）医师数（人）\t3.2\t3.6\t约束性
                城镇调查失业率（%）\t5.1岁\t5.5\t预期性
                """);
        assertThat(r.problems())
                .containsExactly(
                        "plan.txt:3: cell '大幅提升' of column '2030年': cannot read target expression '大幅提升'",
                        "plan.txt:4: cell '5.5左右/6以下' of column '2030年': target expression '5.5左右/6以下' states 2"
                                + " targets in one cell; read them one by one",
                        "plan.txt:5: cell '80吨' prints the unit '吨', and urbanization_rate is in %",
                        "plan.txt:7: cell '5.1岁' prints the unit '岁', and surveyed_urban_unemployment is in %");
        assertThat(r.targets()).extracting(Target::indicator).containsExactly("doctors_per_1000");
    }

    @Test
    void shouldReadTwoStatisticsCountedInOneRowAsOneTargetEach() throws IOException {
        CatalogueImporter.Result r = read("""
                广州市国民经济和社会发展第十五个五年规划纲要
                专栏1 “十五五”时期经济社会发展主要指标
                序号\t指标\t2025年\t2030年\t年均增长\t属性
                1\t机场旅客/货邮吞吐量（万人次/万吨）\t8000/240\t10000/350\t—\t预期性
                2\t港口货物/集装箱吞吐量（亿吨/万标箱）\t6.5/2600\t7/3000\t—\t预期性
                3\t城镇/农村居民人均可支配收入增长（%）\t—\t—\t5/6\t预期性
                4\t每千人口拥有执业（助理）医师数（人/千人）\t3.5\t4\t—\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::kind, Target::baseValue, Target::targetValue)
                .containsExactly(
                        tuple("机场旅客吞吐量", "万人次", TargetKind.LEVEL, 8000.0, 10000.0),
                        tuple("机场货邮吞吐量", "万吨", TargetKind.LEVEL, 240.0, 350.0),
                        tuple("港口货物吞吐量", "亿吨", TargetKind.LEVEL, 6.5, 7.0),
                        tuple("港口集装箱吞吐量", "万标箱", TargetKind.LEVEL, 2600.0, 3000.0),
                        tuple("城镇居民人均可支配收入增长", "%", TargetKind.ANNUAL_GROWTH, null, 5.0),
                        tuple("农村居民人均可支配收入增长", "%", TargetKind.ANNUAL_GROWTH, null, 6.0),
                        tuple("每千人口拥有执业（助理）医师数", "人/千人", TargetKind.LEVEL, 3.5, 4.0));
        assertThat(r.targets())
                .extracting(Target::source)
                .containsOnly("plan.txt:4", "plan.txt:5", "plan.txt:6", "plan.txt:7");
    }

    @Test
    void shouldKeepATargetInAMultipleOfTheDictionarysUnitAsPrinted() throws IOException {
        CatalogueImporter.Result r = read("""
                杭州市国民经济和社会发展第十五个五年规划纲要
                专栏1 “十五五”时期经济社会发展主要指标
                序号\t指标\t2025年\t2030年\t属性
                1\t粮食综合生产能力（亿斤）\t32\t32\t约束性
                2\t能源综合生产能力（万吨标煤）\t340\t400\t约束性
                3\t粮食综合生产能力（万人）\t32\t32\t约束性
                """);
        assertThat(r.targets())
                .extracting(Target::indicator, Target::unit, Target::targetValue)
                .containsExactly(
                        tuple("grain_production_capacity", "亿斤", 32.0),
                        tuple("energy_production_capacity", "万吨标煤", 400.0));
        assertThat(r.problems())
                .containsExactly(
                        "plan.txt:6: unit '万人' is not one of grain_production_capacity's units [万吨] in the dictionary");
    }

    /** Suzhou's table prints its falls without brackets, in its one target column. */
    @Test
    void shouldReadAReductionRatesFigureInTheTargetColumnAsTheFallOverThePeriod() throws IOException {
        CatalogueImporter.Result r = read("""
                苏州市国民经济和社会发展第十五个五年规划纲要
                表1 “十五五”经济社会发展主要指标
                序号\t指标\t2030年目标\t属性
                1\t单位地区生产总值建设用地使用面积下降率（%）\t18\t预期性
                2\t单位地区生产总值二氧化碳排放下降率（%）\t完成省定目标\t约束性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::kind, Target::bound, Target::targetValue, Target::direction)
                .containsExactly(
                        tuple(
                                TargetKind.CUMULATIVE_CHANGE,
                                Bound.EXACT,
                                18.0,
                                org.planwatch.domain.Direction.HIGHER_IS_BETTER),
                        tuple(TargetKind.QUOTA, Bound.EXACT, null, org.planwatch.domain.Direction.HIGHER_IS_BETTER));
    }

    /**
     * A national special plan as a web page summarises it: its title names no region, a sentence
     * says who signed it and its number (国发〔…〕, 国务院…印发); rows the dictionary does not know print
     * their unit in the cells (35%); a cell may set no figure (各年度视情提出, 应保尽保), hold a level
     * as a yearly average (＜5.5（年均）) or move with another statistic than the economy.
     */
    @Test
    void shouldReadANationalSpecialPlansTableSignedInASentence() throws IOException {
        CatalogueImporter.Result r = read("""
                实施就业优先战略“十五五”规划
                国发〔2026〕16号，国务院 2026-06-11 印发。
                核心指标（专栏1）：
                指标	2025 年	2030 年	属性
                城镇新增就业（万人）	1267	保持相当规模、各年度视情提出	预期性
                城镇调查失业率（%）	5.2	＜5.5（年均）	预期性
                新能源发电装机占比	48%	60%	预期性
                残疾人家庭人均收入年均增长	—	与居民人均可支配收入年均增长基本同步	预期性
                补贴覆盖率（%）	100	应保尽保	约束性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).extracting(Target::region).containsOnly("CN");
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::targetValue, Target::unit)
                .containsExactly(
                        tuple("城镇新增就业", TargetKind.UNSTATED, null, "万人"),
                        tuple("城镇调查失业率", TargetKind.LEVEL, 5.5, "%"),
                        tuple("新能源发电装机占比", TargetKind.LEVEL, 60.0, "%"),
                        tuple("残疾人家庭人均收入年均增长", TargetKind.LINKED, null, ""),
                        tuple("补贴覆盖率", TargetKind.UNSTATED, null, "%"));
        assertThat(r.targets().get(3).linkedTo()).isEqualTo("disposable_income_growth");
    }

    /**
     * A ministry's plan (人力资源社会保障部…印发, 林规发〔2026〕23号) whose rows pair two statistics in
     * other ways than 机场旅客/货邮吞吐量: the first whole (调解成功率/仲裁结案率), or the second
     * opening with a word like the first (失业保险/工伤保险参保人数); five-year totals with more than a
     * figure (〔>10〕), a part for a group (〔5000〕（其中农民工〔1750〕）) or the unit outside (〔50〕万套/间).
     */
    @Test
    void shouldReadAMinistrysTableOfPairedRowsAndFiveYearTotals() throws IOException {
        CatalogueImporter.Result r = read("""
                人力资源和社会保障事业发展“十五五”规划
                人力资源社会保障部 2026 年 7 月印发。
                核心指标（专栏1）：
                指标	2030 年
                失业保险/工伤保险参保人数（亿人）	2.55 / 3.45
                劳动人事争议调解成功率/仲裁结案率（%）	65 / 93
                开展补贴性职业技能培训（万人次）	〔5000〕（其中农民工〔1750〕）
                工业单位增加值能耗下降（%）	〔>10〕
                城镇危旧房改造数量	〔50〕万套/间
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).extracting(Target::region).containsOnly("CN");
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::bound, Target::targetValue, Target::unit)
                .containsExactly(
                        tuple("失业保险参保人数", TargetKind.LEVEL, Bound.EXACT, 2.55, "亿人"),
                        tuple("工伤保险参保人数", TargetKind.LEVEL, Bound.EXACT, 3.45, "亿人"),
                        tuple("劳动人事争议调解成功率", TargetKind.LEVEL, Bound.EXACT, 65.0, "%"),
                        tuple("劳动人事争议仲裁结案率", TargetKind.LEVEL, Bound.EXACT, 93.0, "%"),
                        tuple("开展补贴性职业技能培训", TargetKind.CUMULATIVE_CHANGE, Bound.EXACT, 5000.0, "万人次"),
                        tuple("工业单位增加值能耗下降", TargetKind.CUMULATIVE_CHANGE, Bound.AT_LEAST, 10.0, "%"),
                        tuple("城镇危旧房改造数量", TargetKind.CUMULATIVE_CHANGE, Bound.EXACT, 50.0, "万套/间"));
        // a national administration's own number in the title: 林规发 (国家林业和草原局)
        CatalogueImporter.Result forestry = read("""
                林业草原保护利用“十五五”规划(林规发〔2026〕23号)
                主要指标：
                指标	现值	2030 目标	属性
                森林覆盖率(%)	25.1	25.8	约束性
                """);
        assertThat(forestry.targets())
                .extracting(Target::region, Target::targetValue)
                .containsExactly(tuple("CN", 25.8));
    }

    /**
     * A plan whose title names no region and whose lead cites the State Council's documents is not
     * thereby the nation's (根据《…》（国发〔2021〕33号）); rows pairing two whole names keep each whole
     * (城镇新增就业人数/城镇调查失业率) or give the second the intensity's head (单位GDP能耗降低率/碳排放降低率).
     */
    @Test
    void shouldNotTakeACitedNationalNumberForTheSignatureOfThePlan() throws IOException {
        CatalogueImporter.Result r = read("""
                “十五五”生态环境保护规划
                根据《国务院关于印发2030年前碳达峰行动方案的通知》（国发〔2021〕23号），结合本地实际，制定本规划。
                主要指标：
                指标	2025 年	2030 年	属性
                城镇新增就业人数/城镇调查失业率（万人/%）	12/5.2	10/5.5	预期性
                """);
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("cannot tell the region");
        CatalogueImporter.Result paired = read("""
                就业和节能“十五五”规划
                国务院 2026 年 6 月印发。
                主要指标：
                指标	2025 年	2030 年	属性
                城镇新增就业人数/城镇调查失业率（万人/%）	1200/5.2	1100/5.5	预期性
                单位GDP能耗降低率/碳排放降低率（%）	3/3.5	3.5/4	约束性
                """);
        assertThat(paired.targets())
                .extracting(Target::nameZh)
                .containsExactly("城镇新增就业人数", "城镇调查失业率", "单位GDP能耗降低率", "单位GDP碳排放降低率");
    }

    /**
     * An outline's table as a web page or Word grid draws it (广州's 专栏1): an indicator of two
     * sub-indicators, its number and name merged over both rows, and so is the attribute; the
     * second row prints its unit and figures under their columns and leaves both merged cells empty.
     */
    @Test
    void shouldReadTheSecondRowOfAMergedIndicatorWhoseAttributeIsMergedToo() throws IOException {
        Path page = dir.resolve("outline.html");
        Files.writeString(page, """
                <h1>江门市国民经济和社会发展第十五个五年规划纲要</h1>
                <p>专栏1 “十五五”时期经济社会发展主要指标</p>
                <table>
                <tr><td>类别</td><td colspan="2">指标</td><td>单位</td><td>2025年</td><td>2030年</td><td>属性</td></tr>
                <tr><td rowspan="3">民生福祉</td><td colspan="2">1. 人均预期寿命</td><td>岁</td><td>79</td><td>80</td><td>预期性</td></tr>
                <tr><td rowspan="2">2. 每千人口拥有医护人员数</td><td>每千人口执业（助理）医师数</td><td>人</td><td>3.1</td><td>3.4</td><td rowspan="2">预期性</td></tr>
                <tr><td>每千人口注册护士数</td><td>人</td><td>3.9</td><td>4.2</td></tr>
                </table>
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(page));
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::baseValue, Target::targetValue, Target::attribute)
                .containsExactly(
                        tuple("人均预期寿命", 79.0, 80.0, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("每千人口执业（助理）医师数", 3.1, 3.4, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("每千人口注册护士数", 3.9, 4.2, org.planwatch.domain.Attribute.ANTICIPATORY));
    }

    /** A row a page break cut in two, its attribute's word too (预 | 期性): one row again, cell by cell. */
    @Test
    void shouldJoinARowThatAPageBreakCutInTwo() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市国民经济和社会发展第十五个五年规划纲要
                表1 江门市“十五五”经济社会发展主要指标
                序号\t指标\t单位\t属性\t2030年\t年均［累计］
                1\t城镇调查失业率\t%\t预期性\t—\t<5.5
                2\t全市居民人均\t%\t预\t—\t与经

                \t可支配收入年均增速\t\t期性\t\t济增长同步
                3\t人均预期寿命\t岁\t预期性\t80\t—
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::attribute)
                .containsExactly(
                        tuple("城镇调查失业率", TargetKind.LEVEL, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("全市居民人均可支配收入年均增速", TargetKind.LINKED, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("人均预期寿命", TargetKind.LEVEL, org.planwatch.domain.Attribute.ANTICIPATORY));
    }

    /**
     * A digest of a provincial outline as knowledge bases and news pages print it: the page titled
     * …规划纲要要点, its table under 二、主要目标 with no unit or attribute column, the attribute and
     * the base in brackets inside the cells, the base before an arrow, rows the dictionary lacks whose
     * names say they are growths.
     */
    @Test
    void shouldReadADigestPageOfAnOutlineTable() throws IOException {
        Path page = dir.resolve("digest.html");
        Files.writeString(page, """
                <h1>江门市"十五五"规划纲要要点</h1>
                <h2>二、主要目标</h2>
                <table>
                <tr><th>指标</th><th>"十五五"目标</th></tr>
                <tr><td>GDP 年均增速</td><td>年均增长5.0%左右(预期性)</td></tr>
                <tr><td>冰雪经济总产出增长</td><td>年均 6% 左右(特色指标)</td></tr>
                <tr><td>常住人口城镇化率</td><td>63%→67.5%</td></tr>
                <tr><td>算力规模(特色指标)</td><td>到2030年达10万PFLOPS(2025年约2万)</td></tr>
                <tr><td>粮食综合生产能力</td><td>300万吨(约束性)</td></tr>
                </table>
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(page));
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::bound, Target::baseValue, Target::targetValue)
                .containsExactly(
                        tuple("GDP年均增速", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, null, 5.0),
                        tuple("冰雪经济总产出增长", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, null, 6.0),
                        tuple("常住人口城镇化率", TargetKind.LEVEL, Bound.EXACT, 63.0, 67.5),
                        tuple("算力规模", TargetKind.LEVEL, Bound.EXACT, 2.0, 10.0),
                        tuple("粮食综合生产能力", TargetKind.LEVEL, Bound.EXACT, null, 300.0));
        assertThat(r.targets()).extracting(Target::targetYear).containsOnly(2030);
        assertThat(r.targets()).extracting(Target::plan).containsOnly("jm-15");
        assertThat(r.targets().get(2).baseYear())
                .as("the base before an arrow is the plan's base year")
                .isEqualTo(2025);
        assertThat(r.targets().get(4).attribute()).isEqualTo(org.planwatch.domain.Attribute.BINDING);
    }

    @Test
    void shouldTakeThePlansPeriodFromItsTitleWhereTheTablesTitleNamesOnlyItsColumnsYears() throws IOException {
        // the years of the table's columns (2025 base, 2030 targets) are not a plan of 2016-2030
        CatalogueImporter.Result r = read("""
                湖南省"十五五"规划纲要要点
                主要量化指标（2025年基期值→2030年目标值）如下：
                指标	目标值
                常住人口城镇化率	63%→67.5%
                人均预期寿命	79.2岁→80.2岁
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).extracting(Target::plan).containsOnly("430000-15");
        assertThat(r.targets())
                .extracting(Target::baseYear, Target::baseValue, Target::targetValue)
                .containsExactly(tuple(2025, 63.0, 67.5), tuple(2025, 79.2, 80.2));
    }

    @Test
    void shouldKeepATargetBesideABaseCellOfWords() throws IOException {
        // a digest's words in the base column (a 2030 goal put there) state no base; the growth target stands, and
        // the goal, dated by its bracket to the target's year, is the level's
        CatalogueImporter.Result r = read("""
                重庆市"十五五"规划纲要要点
                指标	2025年	2030年目标	属性
                地区生产总值	迈上4万亿元新台阶(2030)	年均增长5—5.5%	预期性
                常住人口城镇化率	73.02%	75%左右	预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(
                        Target::indicator,
                        Target::kind,
                        Target::bound,
                        Target::baseValue,
                        Target::targetValue,
                        Target::targetUpper)
                .containsExactly(
                        tuple("gdp_growth", TargetKind.ANNUAL_GROWTH, Bound.RANGE, null, 5.0, 5.5),
                        tuple("gdp", TargetKind.LEVEL, Bound.AT_LEAST, null, 4.0, null),
                        tuple("urbanization_rate", TargetKind.LEVEL, Bound.ABOUT, 73.02, 75.0, null));
    }

    @Test
    void shouldReadACellOfClausesAsRunningTextUnderTheProvinceOfThePlanTitle() throws IOException {
        // a digest puts several goals in one cell; the paragraph over the table compares with the nation
        CatalogueImporter.Result r = read("""
                云南省"十五五"规划纲要要点
                定性目标：到2035年与全国同步基本实现社会主义现代化。
                指标	目标值
                九年义务教育巩固率	98%;高中阶段毛入学率 94.5%;高等教育毛入学率 65%
                常住人口城镇化率	80吨
                """);
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::targetValue, Target::targetYear, Target::source)
                .containsExactly(
                        tuple("530000", "九年义务教育巩固率", 98.0, 2030, "plan.txt:4"),
                        tuple("530000", "高中阶段毛入学率", 94.5, 2030, "plan.txt:4"),
                        tuple("530000", "高等教育毛入学率", 65.0, 2030, "plan.txt:4"));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("plan.txt:4:") && n.endsWith("read as 3 clauses instead"));
        assertThat(r.problems())
                .as("a figure in a unit its row is not counted in stays a problem of the row")
                .containsExactly("plan.txt:5: cell '80吨' prints the unit '吨', and urbanization_rate is in %");
    }

    @Test
    void shouldCutACellAtPausesAndBracketsAndCarryAClausesSubjectAcrossCommas() throws IOException {
        // a digest's cell: goals joined by 、 and ；, one in brackets after another's figure, a step to reach,
        // and a level after a growth of the statistic the clause before named
        CatalogueImporter.Result r = read("""
                江西省"十五五"规划纲要要点
                指标	目标值
                地区生产总值	总量迈上5万亿元台阶,年均增长5.5%左右
                研发强度	研发经费支出年均增长12%以上,2030年达900亿元左右
                特色指标	到2030年:风电装机3000万千瓦以上、光伏装机4000万千瓦以上;铁路营业里程突破7000公里(高铁3000公里)
                粮食综合生产能力	600亿斤(约束性;耕地保有量不低于4000万亩)
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::kind, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("地区生产总值", "万亿元", TargetKind.LEVEL, Bound.AT_LEAST, 5.0),
                        tuple("地区生产总值", "%", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, 5.5),
                        tuple("研发经费支出", "%", TargetKind.ANNUAL_GROWTH, Bound.AT_LEAST, 12.0),
                        tuple("研发经费支出", "亿元", TargetKind.LEVEL, Bound.ABOUT, 900.0),
                        tuple("风电装机", "万千瓦", TargetKind.LEVEL, Bound.AT_LEAST, 3000.0),
                        tuple("光伏装机", "万千瓦", TargetKind.LEVEL, Bound.AT_LEAST, 4000.0),
                        tuple("铁路营业里程", "公里", TargetKind.LEVEL, Bound.AT_LEAST, 7000.0),
                        tuple("高铁", "公里", TargetKind.LEVEL, Bound.EXACT, 3000.0),
                        tuple("粮食综合生产能力", "亿斤", TargetKind.LEVEL, Bound.EXACT, 600.0),
                        tuple("耕地保有量", "万亩", TargetKind.LEVEL, Bound.AT_LEAST, 4000.0));
        assertThat(r.targets()).extracting(Target::targetYear).containsOnly(2030);
    }

    @Test
    void shouldGiveEachClauseWithoutANameTheRowsNameForItAndNeverItsOwnVerb() throws IOException {
        // a digest's row names two statistics with a slash, its cell a clause for each; a level after a
        // growth is the statistic's; a clause that names nothing is never named by its verb (迈上, 年均增长)
        CatalogueImporter.Result r = read("""
                贵州省"十五五"规划纲要要点
                指标	目标值
                GDP 年均增速 / 2030 总量	年均增长 5% 左右,迈上 3 万亿元台阶;人均 GDP 8 万元以上
                规上工业增加值增速	年均增长6%左右,迈上1万亿元台阶
                特色指标:非常规天然气产量	2030 年力争 300 亿立方米,全产业链产值突破千亿元
                口岸通关能力(2030)	翻一番
                民营经济增加值占 GDP 比重	持续保持 50% 以上并合理增长
                城乡居民人均可支配收入比值	缩小至 2.05(2025 年基期值 2.27 [专栏1])
                2030 总量	迈上 3 万亿元台阶
                货物/服务进出口总额年均增速	10% / 20%;实际使用外资年均 10%
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::kind, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("GDP年均增速", "%", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, 5.0),
                        tuple("GDP", "万亿元", TargetKind.LEVEL, Bound.AT_LEAST, 3.0),
                        tuple("人均GDP", "万元", TargetKind.LEVEL, Bound.AT_LEAST, 8.0),
                        tuple("规上工业增加值增速", "%", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, 6.0),
                        tuple("规上工业增加值", "万亿元", TargetKind.LEVEL, Bound.AT_LEAST, 1.0),
                        tuple("非常规天然气产量", "亿立方米", TargetKind.LEVEL, Bound.EXACT, 300.0),
                        tuple("全产业链产值", "亿元", TargetKind.LEVEL, Bound.AT_LEAST, 1000.0),
                        tuple("口岸通关能力", "%", TargetKind.RELATIVE_CHANGE, Bound.EXACT, 100.0),
                        tuple("民营经济增加值占GDP比重", "%", TargetKind.LEVEL, Bound.AT_LEAST, 50.0),
                        tuple("城乡居民人均可支配收入比值", "", TargetKind.LEVEL, Bound.EXACT, 2.05),
                        tuple("货物进出口总额年均增速", "%", TargetKind.ANNUAL_GROWTH, Bound.EXACT, 10.0),
                        tuple("服务进出口总额", "%", TargetKind.ANNUAL_GROWTH, Bound.EXACT, 20.0),
                        tuple("实际使用外资", "%", TargetKind.ANNUAL_GROWTH, Bound.EXACT, 10.0));
        assertThat(r.targets()).extracting(Target::targetYear).containsOnly(2030);
        assertThat(r.problems())
                .as("a step under a name that is only a year and a measure (2030 总量) has no statistic to be of")
                .anyMatch(p -> p.startsWith("plan.txt:9: "));
    }

    @Test
    void shouldKeepARowWhoseGoalIsInWordsAsAGoalWithoutAFigure() throws IOException {
        // provincial digests: a goal in words as a row's cell, or as a clause of another row's cell; a person reads
        // the words, the evaluation says there is no figure to judge against
        CatalogueImporter.Result r = read("""
                云南省"十五五"规划纲要要点
                指标	目标值
                煤炭消费	实现达峰
                传统产业规上工业企业智能化绿色化转型	全覆盖
                森林覆盖率	保持 ≥62%;2030 年前碳达峰如期实现
                生态保护修复	"三北"工程六期规划任务全面完成
                国家公园等自然保护地面积占比	到2030年高于陆域国土面积35%
                单位GDP能耗降低	2030年前碳达峰目标如期实现,累计降低12%
                """);
        assertThat(r.targets())
                .as("a clause after a goal in words is the row's, not the words' subject's")
                .filteredOn(t -> t.targetValue() != null && Math.abs(t.targetValue()) == 12.0)
                .extracting(Target::nameZh)
                .containsExactly("单位GDP能耗降低");
        assertThat(r.targets())
                .filteredOn(t -> !t.nameZh().startsWith("单位GDP"))
                .extracting(Target::nameZh, Target::kind, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        tuple("煤炭消费", TargetKind.UNSTATED, null, 2030),
                        tuple("传统产业规上工业企业智能化绿色化转型", TargetKind.UNSTATED, null, 2030),
                        tuple("森林覆盖率", TargetKind.LEVEL, 62.0, 2030),
                        tuple("国家公园等自然保护地面积占比", TargetKind.LEVEL, 35.0, 2030),
                        tuple("碳达峰", TargetKind.UNSTATED, null, 2030));
        assertThat(r.targets())
                .filteredOn(t -> t.kind() == TargetKind.UNSTATED)
                .extracting(Target::expression)
                .allMatch(e -> e.contains("实现") || e.contains("覆盖"));
        assertThat(r.targets())
                .filteredOn(t -> t.nameZh().equals("森林覆盖率") || t.nameZh().startsWith("国家公园"))
                .extracting(Target::bound)
                .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
        assertThat(r.problems())
                .as("a task handed down is measured by the level above, not kept as words")
                .anyMatch(p -> p.startsWith("plan.txt:6: "));
    }

    @Test
    void shouldReadEveryClauseOfADigestsCellThatStatesAGoalWithoutAFigure() throws IOException {
        // a provincial digest's cells: quotas for two names at once, a figure's bracket of its base, a comparison
        // with the nation's average; before, a cell's clauses without a figure were dropped without a word
        CatalogueImporter.Result r = read("""
                陕西省"十五五"规划纲要要点
                指标	目标值
                碳达峰	2030年前碳达峰目标如期实现;单位GDP二氧化碳排放降低完成国家下达目标
                特色指标:能源/粮食安全	能源综合生产能力、粮食综合生产能力(2025年1347万吨)完成国家下达目标(约束性);森林覆盖率49.7%以上
                城乡居民人均可支配收入比	降至2.3∶1左右;居民收入增速高于全国、高于全省经济增速
                一般公共预算收入	增长3.7%,努力跑赢全国
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("碳达峰", TargetKind.UNSTATED, null),
                        tuple("单位GDP二氧化碳排放", TargetKind.QUOTA, null),
                        tuple("能源综合生产能力", TargetKind.QUOTA, null),
                        tuple("粮食综合生产能力", TargetKind.QUOTA, null),
                        tuple("森林覆盖率", TargetKind.LEVEL, 49.7),
                        tuple("城乡居民人均可支配收入比", TargetKind.LEVEL, 2.3),
                        tuple("居民收入增速", TargetKind.RELATIVE_TO_AVERAGE, null));
        assertThat(r.targets())
                .as("努力跑赢全国 names an effort, not a statistic held above its average")
                .noneMatch(t -> t.nameZh().contains("努力"));
        assertThat(r.notices())
                .as("a clause that gave no target is named, not dropped without a word")
                .anyMatch(n -> n.startsWith("plan.txt:5: ") && n.endsWith("not read: '居民收入增速高于全省经济增速'"));
        assertThat(r.targets())
                .filteredOn(t -> t.kind() == TargetKind.RELATIVE_TO_AVERAGE)
                .extracting(Target::bound, Target::expression)
                .as("the evaluation reads the average's region from the words")
                .containsExactly(tuple(Bound.AT_LEAST, "居民收入增速高于全国"));
    }

    @Test
    void shouldKeepTheFigureOfAnIndicatorAlsoHeldAboveAnAverageAndSaySo() throws IOException {
        // digests: a growth and a comparison of one statistic in one cell; a comparison under the row's name
        CatalogueImporter.Result r = read("""
                吉林省"十五五"规划纲要要点
                指标	目标值
                地区生产总值	总量迈上2万亿元台阶,年均增长5%以上,经济增速跑赢全国平均水平(预期性)
                数字经济核心产业增加值占 GDP 比重	年均增速高于全国平均(预期性，2025 年为 10%)
                人均预期寿命	比全国平均水平高1岁
                """);
        assertThat(r.problems())
                .as("two goals of one indicator are no contradiction")
                .isEmpty();
        assertThat(r.notices())
                .anyMatch(n -> n.contains("gdp_growth is also to be '经济增速跑赢全国平均水平'")
                        && n.contains("the one with a figure ('年均增长5%以上'"));
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("地区生产总值", TargetKind.LEVEL, 2.0),
                        tuple("地区生产总值", TargetKind.ANNUAL_GROWTH, 5.0),
                        tuple("数字经济核心产业增加值占GDP比重年均增速", TargetKind.RELATIVE_TO_AVERAGE, null),
                        tuple("人均预期寿命", TargetKind.RELATIVE_TO_AVERAGE, 1.0));
    }

    @Test
    void shouldDateAClauseByTheYearBetweenItsNameAndItsVerb() throws IOException {
        // 宁夏's digest: the year inside the clause; one of the plan's base or beyond its end is no goal of it
        CatalogueImporter.Result r = read("""
                宁夏"十五五"规划纲要要点
                指标	目标值
                特色指标	新能源装机规模突破1亿千瓦;服务业增加值占GDP比重2030年达50%以上
                能源	非常规天然气产量2028年达到300亿立方米;粮食产量2025年达到100亿斤;森林覆盖率2035年达到30%
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("新能源装机规模", 2030, 1.0), tuple("服务业增加值占GDP比重", 2030, 50.0), tuple("非常规天然气产量", 2028, 300.0));
    }

    @Test
    void shouldNotHoldARegionAgainstItsOwnAverageNorTakeADatedGoalInBracketsForANote() throws IOException {
        CatalogueImporter.Result r = read("""
                陕西省"十五五"规划纲要要点
                指标	目标值
                农村居民收入	农村居民收入增速快于全省、快于全国
                粮食安全	粮食综合生产能力(2030年达到1400万吨)完成国家下达目标
                生态	生态环境质量高于全国;森林覆盖率49.7%以上
                """);
        assertThat(r.targets())
                .as("a quality is measured by no one statistic: no average to hold it to")
                .noneMatch(t -> t.nameZh().startsWith("生态环境质量"));
        assertThat(r.targets())
                .filteredOn(t -> t.kind() == TargetKind.RELATIVE_TO_AVERAGE)
                .extracting(Target::expression)
                .as("the province is its own average: 全省 in its plan compares it with nothing")
                .containsExactly("农村居民收入增速快于全国");
        assertThat(r.notices()).anyMatch(n -> n.contains("against its own average; not a target"));
        assertThat(r.targets())
                .as("a dated goal in brackets is no note to drop")
                .noneMatch(t -> t.kind() == TargetKind.QUOTA && t.nameZh().startsWith("粮食综合生产能力"));
    }

    @Test
    void shouldTakeWhichWayIsBetterFromACellsWordingForAnIndicatorTheDictionaryLacks() throws IOException {
        // a digest's cells: the name of a ratio says nothing of its direction, 降至 and 以内 do
        CatalogueImporter.Result r = read("""
                新疆"十五五"规划纲要要点
                指标	目标值
                社会物流费用比率	降至13.6%
                城市生活垃圾填埋量	控制在300万吨以内
                养老服务中心服务覆盖率	不低于75%
                居民消费价格指数涨幅	2%以内
                社会物流	到2030年社会物流总额年均增速高于地区生产总值增速,社会物流总费用与地区生产总值的比率降至13.6%
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::direction)
                .containsExactlyInAnyOrder(
                        tuple("社会物流费用比率", Direction.LOWER_IS_BETTER),
                        tuple("城市生活垃圾填埋量", Direction.LOWER_IS_BETTER),
                        tuple("养老服务中心服务覆盖率", Direction.HIGHER_IS_BETTER),
                        tuple("居民消费价格指数涨幅", Direction.BAND),
                        tuple("社会物流总额年均增速", Direction.HIGHER_IS_BETTER),
                        tuple("社会物流总费用与地区生产总值的比率", Direction.LOWER_IS_BETTER));
    }

    @Test
    void shouldFileAFigureDatedInBracketsUnderItsYearAndDropOneOfTheBaseOrBeyondThePlan() throws IOException {
        CatalogueImporter.Result r = read("""
                广西壮族自治区"十五五"规划纲要要点
                指标	目标值
                数字经济核心产业增加值占比	12%(2028年)
                农村自来水普及率	95%;92%(2024年数据)
                人均预期寿命	80岁;81岁(2035年)
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("数字经济核心产业增加值占比", 2028, 12.0), tuple("农村自来水普及率", 2030, 95.0), tuple("人均预期寿命", 2030, 80.0));
    }

    /**
     * A digest's base column holding the goal of the plan's last year, dated in its brackets, beside
     * the growth the target column states (重庆's 地区生产总值 | 迈上4万亿元新台阶(2030) | 年均增长5—5.5%):
     * the level's goal and its growth's, each in the unit it prints; a bracket dates a figure by its
     * year alone too, without 年.
     */
    @Test
    void shouldTakeAGoalDatedInTheBaseColumnBesideTheGrowthOfTheTargetColumn() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市"十五五"规划纲要要点
                指标\t2025年\t2030年目标\t属性
                地区生产总值\t迈上1.2万亿元新台阶(2030)\t年均增长5—5.5%\t预期性
                数字经济核心产业增加值占GDP比重\t10%\t12%(2028)\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(
                        Target::indicator,
                        Target::unit,
                        Target::kind,
                        Target::bound,
                        Target::targetValue,
                        Target::targetYear)
                .containsExactlyInAnyOrder(
                        tuple("gdp_growth", "%", TargetKind.ANNUAL_GROWTH, Bound.RANGE, 5.0, 2030),
                        tuple("gdp", "万亿元", TargetKind.LEVEL, Bound.AT_LEAST, 1.2, 2030),
                        tuple("digital_economy_core_share", "%", TargetKind.LEVEL, Bound.EXACT, 12.0, 2028));
    }

    /**
     * A digest's cell of a level and, after a comma, its growth held in step with the economy's
     * (浙江: 9 万元左右，增长与 GDP 同步): two goals, the second no exhortation to drop; an exhortation
     * after a figure (4.5-5，努力争取更好结果) still binds nothing.
     */
    @Test
    void shouldReadAGrowthInStepWithTheEconomyAfterALevelInOneCell() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市"十五五"规划纲要要点
                指标\t目标值\t属性
                居民人均可支配收入\t9 万元左右，增长与 GDP 同步\t预期性
                地区生产总值增长\t4.5-5，努力争取更好结果\t预期性
                """);
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("disposable_income", TargetKind.LEVEL, Bound.ABOUT, 9.0),
                        tuple("disposable_income_growth", TargetKind.LINKED, Bound.EXACT, null),
                        tuple("gdp_growth", TargetKind.ANNUAL_GROWTH, Bound.RANGE, 4.5));
    }

    /**
     * A step in the base column that is no goal of the plan: undated (what 2025 reached), or in a
     * unit the indicator is not measured in (万美元 for a figure in 万元): no target from it, and the
     * growth beside it stands.
     */
    @Test
    void shouldTakeNoGoalFromAStepInTheBaseColumnUndatedOrInAnotherUnit() throws IOException {
        CatalogueImporter.Result r = read("""
                重庆市"十五五"规划纲要要点
                指标\t2025年\t2030年目标\t属性
                人均地区生产总值\t迈上2万美元台阶（2030）\t年均增长5%\t预期性
                地区生产总值\t迈上3万亿元新台阶\t\t预期性
                常住人口城镇化率\t73.02%\t75%左右\t预期性
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::targetValue)
                .containsExactly(
                        tuple("gdp_per_capita_growth", TargetKind.ANNUAL_GROWTH, 5.0),
                        tuple("urbanization_rate", TargetKind.LEVEL, 75.0));
    }

    /**
     * A text table whose header has no column for a sub-indicator's name: the sub-row under a merged
     * class and attribute (\t户籍人口城镇化率（%）\t50\t55) is as wide as the header and still aligned by its
     * figures, not by the header's columns.
     */
    @Test
    void shouldReadASubRowAsWideAsAHeaderWithoutASubNameColumnByItsFigures() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市国民经济和社会发展第十五个五年规划纲要
                表1 江门市“十五五”时期经济社会发展主要指标
                指标\t2025年\t2030年\t属性
                地区生产总值（亿元）\t4000\t5000\t预期性
                城镇化\t常住人口城镇化率（%）\t75\t78\t预期性
                \t户籍人口城镇化率（%）\t50\t55
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::baseValue, Target::targetValue, Target::attribute)
                .containsExactly(
                        tuple("地区生产总值", 4000.0, 5000.0, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("常住人口城镇化率", 75.0, 78.0, org.planwatch.domain.Attribute.ANTICIPATORY),
                        tuple("户籍人口城镇化率", 50.0, 55.0, org.planwatch.domain.Attribute.ANTICIPATORY));
    }

    @Test
    void shouldReadWhatIsAddedOverThePlansYearsAsATotal() throws IOException {
        // 累计, 新增 and an amount over the 十五五 period are totals of the five years, not the last year's level
        CatalogueImporter.Result r = read("""
                内蒙古自治区"十五五"规划纲要要点
                指标	十五五/2030年目标
                城镇新增就业	"十五五"时期累计100万人
                固定资产投资	"十五五"时期力争达到5万亿元
                可再生能源装机	2030年新增2亿千瓦
                常住人口城镇化率	"十五五"末达72%
                农村劳动力转移就业	"十四五"时期累计80万人,"十五五"时期累计90万人
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::kind, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("城镇新增就业", "万人", TargetKind.CUMULATIVE_CHANGE, 100.0),
                        tuple("固定资产投资", "万亿元", TargetKind.CUMULATIVE_CHANGE, 5.0),
                        tuple("可再生能源装机", "亿千瓦", TargetKind.CUMULATIVE_CHANGE, 2.0),
                        tuple("常住人口城镇化率", "%", TargetKind.LEVEL, 72.0),
                        // the last period's total is its record, not a goal of this plan
                        tuple("农村劳动力转移就业", "万人", TargetKind.CUMULATIVE_CHANGE, 90.0));
    }

    @Test
    void shouldReadATwoColumnRowWhoseCellOpensWithWordsAndTheNameItRestates() throws IOException {
        // a cell of words in a two-column table is the target's, not a sub-indicator's name; a cell that
        // names the statistic in full gives the row the dictionary's indicator its short name lacks
        CatalogueImporter.Result r = read("""
                陕西省"十五五"规划纲要要点
                指标	十五五目标
                研发强度	2030年全社会研发经费投入强度达3%左右
                制造业增加值占GDP比重	2030年提高到20%左右
                城乡居民人均可支配收入比	降至2.2∶1左右;居民收入增速高于全国
                森林覆盖率	50%以上
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("全社会研发经费投入强度", "%", Bound.ABOUT, 3.0),
                        tuple("制造业增加值占GDP比重", "%", Bound.ABOUT, 20.0),
                        tuple("城乡居民人均可支配收入比", "", Bound.ABOUT, 2.2),
                        tuple("森林覆盖率", "%", Bound.AT_LEAST, 50.0),
                        tuple("居民收入增速", "%", Bound.AT_LEAST, null));
        assertThat(r.targets())
                .filteredOn(t -> t.nameZh().equals("全社会研发经费投入强度") || t.nameZh().equals("森林覆盖率"))
                .extracting(Target::indicator)
                .containsExactlyInAnyOrder("rd_intensity", "forest_coverage");
        assertThat(r.notices())
                .as("the clause held above the nation's average is read as one of the cell's")
                .anyMatch(n -> n.startsWith("plan.txt:5: ") && n.endsWith("read as 2 clauses instead"));
    }

    @Test
    void shouldReadAWorkReportsTableOfThisYearsGoalsAsThatYearsPlan() throws IOException {
        // the goals' table names no year: the report's year is its target year; last year's table is no goal
        CatalogueImporter.Result r = read("""
                曲靖市2026年政府工作报告要点
                一、2025年工作回顾
                指标	数值	增速
                地区生产总值	—	+5.1%
                二、2026年工作安排
                主要预期目标
                指标	目标
                地区生产总值增长	6%以上
                固定资产投资	与上年持平
                居民消费价格涨幅	控制在2%左右
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::targetYear, Target::nameZh, Target::kind, Target::targetValue)
                .containsExactly(
                        tuple("530300-annual-2026", 2026, "地区生产总值增长", TargetKind.ANNUAL_GROWTH, 6.0),
                        tuple("530300-annual-2026", 2026, "固定资产投资", TargetKind.STABLE, null),
                        tuple("530300-annual-2026", 2026, "居民消费价格涨幅", TargetKind.ANNUAL_GROWTH, 2.0));
        assertThat(r.problems())
                .as("last year's table is said to be unread, not taken for this year's goals")
                .singleElement()
                .asString()
                .startsWith("plan.txt:3: ");
    }

    @Test
    void shouldFindTablesWhoseNamesAreHeadedByWhatTheyListOrByTheirArea() throws IOException {
        // a ministry's special plan: its number says it is the nation's; 具体目标 heads the names, as 指标/工程 and a
        // two-column 领域 do
        CatalogueImporter.Result r = read("""
                湿地保护“十五五”规划
                环生态〔2026〕12号
                具体目标	2030 年
                湿地保护率	不低于 55%
                指标/工程	“十五五”目标	出处
                国家重要湿地	新增 50 处以上	专栏2
                领域	目标
                红树林面积	提升至 300 万亩
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::region, Target::nameZh, Target::kind, Target::bound, Target::targetValue)
                .containsExactly(
                        tuple("CN", "湿地保护率", TargetKind.LEVEL, Bound.AT_LEAST, 55.0),
                        tuple("CN", "国家重要湿地", TargetKind.CUMULATIVE_CHANGE, Bound.AT_LEAST, 50.0),
                        tuple("CN", "红树林面积", TargetKind.LEVEL, Bound.EXACT, 300.0));
    }

    @Test
    void shouldKeepTheFullerOfTwoStatementsOfOneGoal() throws IOException {
        // a summary under the table restates a target without its base: the same goal, kept once with its base
        CatalogueImporter.Result r = read("""
                玉溪市国民经济和社会发展第十五个五年规划纲要
                指标	2025年	2030年	属性
                森林覆盖率（%）	40	45	约束性
                2030年核心目标
                领域	目标
                森林覆盖率	提升至 45%
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::baseValue, Target::targetValue, Target::source)
                .containsExactly(tuple("森林覆盖率", 40.0, 45.0, "plan.txt:3"));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("plan.txt:6: restates") && n.contains("without its base"));
    }

    @Test
    void shouldReadRespectiveGoalsCountsBeforeTheirNamesAndWhatIsAddedInACell() throws IOException {
        // 分别 pairs names and figures; a count may come before what it counts; 新增 names what the period adds
        CatalogueImporter.Result r = read("""
                吉林省"十五五"规划纲要要点
                指标	目标值
                特色指标	工业互联网普及率、关键工序数控化率分别达 60%、70%;新增风电装机 3000 万千瓦以上
                职业教育	50 所左右高水平高职、120 个左右高水平专业群
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::unit, Target::kind, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple("工业互联网普及率", "%", TargetKind.LEVEL, Bound.EXACT, 60.0),
                        tuple("关键工序数控化率", "%", TargetKind.LEVEL, Bound.EXACT, 70.0),
                        tuple("新增风电装机", "万千瓦", TargetKind.CUMULATIVE_CHANGE, Bound.AT_LEAST, 3000.0),
                        tuple("高水平高职", "所", TargetKind.LEVEL, Bound.ABOUT, 50.0),
                        tuple("高水平专业群", "个", TargetKind.LEVEL, Bound.ABOUT, 120.0));
    }

    @Test
    void shouldReadFiguresTypedWithThousandsSeparatorsAndAPlusForAtLeast() throws IOException {
        // a note's way of typing figures: 8,800 and 20%+ in a report's list of this year's work
        CatalogueImporter.Result r = read("""
                红河州2026年政府工作报告要点
                2026年工作安排
                1. 科教兴州：新增城区学位 8,800 个；外贸进出口增长 12%+。
                """);
        assertThat(r.targets())
                .extracting(Target::targetYear, Target::nameZh, Target::bound, Target::targetValue)
                .containsExactlyInAnyOrder(
                        tuple(2026, "新增城区学位", Bound.EXACT, 8800.0), tuple(2026, "外贸进出口增长", Bound.AT_LEAST, 12.0));
    }

    @Test
    void shouldGiveTheTablesUnderARegionsHeadingThatRegionsPlansByTheirYears() throws IOException {
        // a note headed by its region and year, no plan's title: this year's goals are the year's plan, the
        // 十五五 table the region's outline; a sign before a figure is its bound; figures of this year so far
        // are no plan's
        CatalogueImporter.Result r = read("""
                红河州2026年预期目标与十五五开局
                2026年是“十五五”开局之年。
                一、2026年主要预期目标
                指标	2026年目标	2025年实际
                地区生产总值增长	5%以上	5.3%
                二、十五五主要指标
                指标	2025年	2030年
                常住人口城镇化率（%）	50	55
                三、十五五特色指标
                指标	目标值
                研发强度	>3%(2025年为2.5%左右)
                四、1-4月数据
                指标	数值	同比
                接待游客	1200万人次	+5%
                """);
        assertThat(r.targets())
                .extracting(Target::plan, Target::nameZh, Target::bound, Target::targetYear, Target::targetValue)
                .containsExactly(
                        tuple("532500-annual-2026", "地区生产总值增长", Bound.AT_LEAST, 2026, 5.0),
                        tuple("532500-15", "常住人口城镇化率", Bound.EXACT, 2030, 55.0),
                        tuple("532500-15", "研发强度", Bound.AT_LEAST, 2030, 3.0));
        assertThat(r.problems())
                .as("this year's figures so far are said to be unread")
                .singleElement()
                .asString()
                .startsWith("plan.txt:13: ");
    }

    @Test
    void shouldNotTakeATableOfStatisticsUnderAPlanTitleForItsTargets() throws IOException {
        // a table of this year's figures so far has no column of targets, bases or outcomes
        CatalogueImporter.Result r = read("""
                红河州"十五五"文旅发展规划
                一、2026年1-4月文旅数据
                指标	数值	同比	备注
                接待游客	1200万人次	+5%	—
                """);
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems())
                .containsExactly("plan.txt:3: the table has no column of targets, bases or outcomes (目标, 2030年, 基期):"
                        + " its figures are not read as the plan's");
    }

    /**
     * A digest's table beside the last period's results: a row whose target columns print only a dash lists a figure of
     * the start and sets nothing, so it is no target; one that sets a goal in words is one.
     */
    @Test
    void shouldTakeNoTargetFromARowWhoseTargetIsADash() throws IOException {
        CatalogueImporter.Result r = read("""
                # 江门市十四五/十五五规划目标对照
                | 指标 | 十四五收官（2025 年实际） | 十五五目标 | 说明 |
                |------|------|------|------|
                | 人均 GDP | 48,547 元 | — | — |
                | 森林覆盖率 | 44.37% | — | 石漠化治理 |
                | 常住人口城镇化率 | 75.4% | 78% | — |
                | 地区生产总值增长 | 5.0% | 保持在合理区间 | — |
                """);
        assertThat(r.targets())
                .extracting(Target::nameZh, Target::kind, Target::targetValue)
                .containsExactly(
                        tuple("常住人口城镇化率", TargetKind.LEVEL, 78.0), tuple("地区生产总值增长", TargetKind.UNSTATED, null));
    }
    /**
     * A comparison table of the last plan's outcome and the next one's goals: a goal dated by a bracket
     * whose year is printed with spaces (（2026 年）), a class in place of a figure (千亿级), an outcome
     * printing only its magnitude (720.42 亿 for 亿元), and a growth of one year named as no yearly average.
     */
    @Test
    void shouldReadAComparisonTablesDatedGoalsClassesAndShortenedUnits() throws IOException {
        CatalogueImporter.Result r = read("""
                江门市“十四五”“十五五”规划目标对照
                指标	十四五收官（2025 年实际）	十五五目标	说明
                规上工业增加值增速	12.9%	10% 以上（2026 年）	持续双位数增长
                三七综合产值	220 亿元	千亿级	打造第二个烟草产业
                社会消费品零售总额	720.42 亿（+3.7%）	+4%（2026 年）	消费稳步回暖
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .filteredOn(t -> t.targetValue() != null)
                .extracting(Target::nameZh, Target::kind, Target::bound, Target::targetValue, Target::targetYear)
                .containsExactlyInAnyOrder(
                        tuple("规上工业增加值增速", TargetKind.ANNUAL_GROWTH, Bound.AT_LEAST, 10.0, 2026),
                        tuple("三七综合产值", TargetKind.LEVEL, Bound.AT_LEAST, 1000.0, 2030),
                        tuple("社会消费品零售总额增长", TargetKind.ANNUAL_GROWTH, Bound.EXACT, 4.0, 2026));
    }
}
