package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planwatch.domain.TargetExpression.Form;

/** Every form of target the plan documents' tables use, as printed there (spaces and all). */
class TargetExpressionTest {

    @ParameterizedTest(name = "''{0}'' is {1} {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "8|LEVEL|8.0",
                "13.16|LEVEL|13.16",
                "14%|LEVEL|14.0",
                "-35.04|LEVEL|-35.04",
                "6 左右|ABOUT|6.0",
                "5.0左右|ABOUT|5.0",
                "4.7 左右|ABOUT|4.7",
                "11.1以上|FLOOR|11.1",
                "6.5%以上|FLOOR|6.5",
                "2.25 以上|FLOOR|2.25",
                "≥65|FLOOR|65.0",
                "≥12.58|FLOOR|12.58",
                "≤5.2|CEILING|5.2",
                "≤15.0|CEILING|15.0",
                "控制在 3.0 以内|CEILING|3.0",
                "控制在 3.0%以下|CEILING|3.0",
                "[0.2]|CUMULATIVE|0.2",
                "[16659]|CUMULATIVE|16659.0",
                "[-0.5]|CUMULATIVE|-0.5",
                "[0.6 以上]|CUMULATIVE_FLOOR|0.6",
                "[0.6以 上]|CUMULATIVE_FLOOR|0.6",
                "年均增长 10 左右|ANNUAL_GROWTH|10.0",
                "五年年均增长 6.5%以上|ANNUAL_GROWTH|6.5",
                "提高1岁|CHANGE_FROM_BASE|1.0",
                "降低 2 个百分点|CHANGE_FROM_BASE|-2.0",
                "力争每年降低0.5个百分点以上|CHANGE_EVERY_YEAR|-0.5",
                "力争每年降低 0.5 个百分点以上|CHANGE_EVERY_YEAR|-0.5",
                "下降30%|RELATIVE_REDUCTION|30.0",
                "比2015年降低20%|RELATIVE_REDUCTION|20.0",
                "达到35微克/立方米国家标准|STANDARD|35.0",
                "比全国平均水平高5个百分点|RELATIVE_TO_AVERAGE|5.0",
                "低于全省平均水平|BELOW_AVERAGE|null",
                "高于全国平均水平|RELATIVE_TO_AVERAGE|null",
                "比全国平均水平高1岁|RELATIVE_TO_AVERAGE|1.0",
                "快于全省平均水平|RELATIVE_TO_AVERAGE|null",
                "完成国家分解/审核确定目标|QUOTA|null",
                "与经济增长基本同步|LINKED_TO_GDP|null",
                "同比例提高|PROPORTIONAL|null",
                "保持稳定|STABLE|null",
                "持续提升|RISING|null",
                "完成市下达任务|QUOTA|null",
                "完成省下达任务|QUOTA|null",
                "基本完成省下达目标|QUOTA|null",
                "落实省下达规模|QUOTA|null",
                "按国家核定目标执行|QUOTA|null",
                "省未下达任务|QUOTA|null",
                "完成省定目标|QUOTA|null",
                "力争达到5%左右|ABOUT|5.0",
                "提高 1 个百分点以上|CHANGE_FROM_BASE|1.0",
                "［完成国家审核衔接后确定的目标］|QUOTA|null",
                "“十五五”年均增长5.0左右|ANNUAL_GROWTH|5.0",
                "完成经国家审核衔接后确定的目标|QUOTA|null",
                "达到国家要求|QUOTA|null",
                "与 GDP 增长同步|LINKED_TO_GDP|null",
                "与经济增长保持同步|LINKED_TO_GDP|null",
                "高于 GDP 增长|LINKED_TO_GDP|null",
                "35 (比全国平均水平高5个百分点)|LEVEL|35.0",
                ">20000亿元|FLOOR|20000.0",
                "—|NONE|null",
                "-|NONE|null",
            })
    void shouldReadEveryFormThePlansUse(String cell, Form form, Double value) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(form);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.text()).isEqualTo(cell.strip());
    }

    @Test
    void shouldTellStrictBoundsFromInclusiveOnes() {
        assertThat(TargetExpression.parse(">90").strict()).isTrue();
        assertThat(TargetExpression.parse("<10").strict()).isTrue();
        assertThat(TargetExpression.parse("<10").form()).isEqualTo(Form.CEILING);
        assertThat(TargetExpression.parse("≥90").strict()).isFalse();
        assertThat(TargetExpression.parse("控制在 3.0 以内").strict()).isFalse();
    }

    @Test
    void shouldKeepWhatANumberIsRelativeTo() {
        assertThat(TargetExpression.parse("完成市下达任务").reference()).isEqualTo("市");
        assertThat(TargetExpression.parse("按国家核定目标执行").reference()).isEqualTo("国家");
        assertThat(TargetExpression.parse("比2015年降低20%").reference()).isEqualTo("2015");
        assertThat(TargetExpression.parse("比全国平均水平高5个百分点").reference()).isEqualTo("全国");
        assertThat(TargetExpression.parse("达到35微克/立方米国家标准").reference()).isEqualTo("微克/立方米");
        assertThat(TargetExpression.parse("年均增长 10 左右").reference()).isEqualTo("左右");
    }

    @ParameterizedTest(name = "''{0}'' binds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "6.15|EXACT",
                "6 左右|ABOUT",
                "≥90|AT_LEAST",
                ">85|AT_LEAST",
                "11.1以上|AT_LEAST",
                "≤14.5|AT_MOST",
                "控制在 3.0 以内|AT_MOST",
                "高于 GDP 增长|AT_LEAST",
                "[0.2]|EXACT",
                "[0.6 以上]|AT_LEAST",
                "【350左右】|ABOUT",
                "［25—27］|RANGE",
                "4.5-5，努力争取更好结果|RANGE",
                "年均增长 10 左右|ABOUT",
                "五年年均增长 6.5%以上|AT_LEAST",
                "年均增长 9|EXACT",
                "力争每年降低0.5个百分点以上|AT_LEAST",
                "下降30%|EXACT",
                "达到35微克/立方米国家标准|AT_MOST",
            })
    void shouldTellHowTheNumberBinds(String cell, Bound bound) {
        assertThat(TargetExpression.parse(cell).bound()).isEqualTo(bound);
    }

    @Test
    void shouldReadAFiveYearTotalAboutAFigureOrWithinARange() {
        TargetExpression about = TargetExpression.parse("【350左右】");
        assertThat(about.form()).isEqualTo(TargetExpression.Form.CUMULATIVE);
        assertThat(about.value()).isEqualTo(350.0);
        TargetExpression range = TargetExpression.parse("［25—27］");
        assertThat(range.form()).isEqualTo(TargetExpression.Form.CUMULATIVE);
        assertThat(range.value()).isEqualTo(25.0);
        assertThat(range.upper()).isEqualTo(27.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TargetExpression.parse("[5-5]"))
                .as("a range that is not one")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheNoteBesideALevel() {
        assertThat(TargetExpression.parse("35 (比全国平均水平高5个百分点)").reference()).isEqualTo("比全国平均水平高5个百分点");
    }

    @Test
    void shouldMarkAFigureOf2019() {
        TargetExpression e = TargetExpression.parse("71.5*");
        assertThat(e.form()).isEqualTo(Form.LEVEL);
        assertThat(e.value()).isEqualTo(71.5);
        assertThat(e.from2019()).isTrue();
        assertThat(TargetExpression.parse("71.5").from2019()).isFalse();
    }

    @Test
    void shouldReadFullWidthSigns() {
        assertThat(TargetExpression.parse("＞８５").form()).isEqualTo(Form.FLOOR);
        assertThat(TargetExpression.parse("［０.２］").value()).isEqualTo(0.2);
        assertThat(TargetExpression.parse("6.5％以上").value()).isEqualTo(6.5);
    }

    /** The forms of the 15th plans' tables (2026-2030): units in cells, verbs, ranges, bounds in words. */
    @ParameterizedTest(name = "''{0}'' is {1} {2} in ''{3}''")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "80.5岁|LEVEL|80.5|岁",
                "1.67 亿吨标准煤|LEVEL|1.67|亿吨标准煤",
                "81.5%|LEVEL|81.5|%",
                "3.5万亿元|LEVEL|3.5|万亿元",
                "4.5人/千人|LEVEL|4.5|人/千人",
                "120万m²|LEVEL|120.0|万m2",
                "年均5左右|ANNUAL_GROWTH|5.0|null",
                "年均增长5%左右|ANNUAL_GROWTH|5.0|%",
                "年均增速6%以上|ANNUAL_GROWTH|6.0|%",
                "年均下降2%|ANNUAL_GROWTH|-2.0|%",
                "提高到81.5岁|LEVEL|81.5|岁",
                "提高到81.5|LEVEL|81.5|null",
                "达到81.5|LEVEL|81.5|null",
                "达到3.2%以上|FLOOR|3.2|%",
                "缩小至2.05|LEVEL|2.05|null",
                "降至10%以下|CEILING|10.0|%",
                "控制在5.5%以内|CEILING|5.5|%",
                "控制在5.5%左右|ABOUT|5.5|%",
                "不低于15%|FLOOR|15.0|%",
                "不少于5.5个|FLOOR|5.5|个",
                "不超过5.5%|CEILING|5.5|%",
                "不高于10|CEILING|10.0|null",
                "超过90%|FLOOR|90.0|%",
                "超 100 家|FLOOR|100.0|家",
                "逾50亿元|FLOOR|50.0|亿元",
                "+4%|ANNUAL_GROWTH|4.0|%",
                ">80|FLOOR|80.0|null",
                "80以上|FLOOR|80.0|null",
                "80%以上|FLOOR|80.0|%",
                "80岁及以上|FLOOR|80.0|岁",
                "约80万人|ABOUT|80.0|万人",
                "[17]|CUMULATIVE|17.0|null",
                "【17】|CUMULATIVE|17.0|null",
                "〔5.60〕|CUMULATIVE|5.6|null",
                "[13.5%]|CUMULATIVE|13.5|%",
                "累计提高1.5个百分点|CUMULATIVE|1.5|个百分点",
                "累计下降0.5个百分点|CUMULATIVE|-0.5|个百分点",
                "累计下降17%|RELATIVE_REDUCTION|17.0|%",
                "下降13.5%|RELATIVE_REDUCTION|13.5|null",
                "保持稳定|STABLE|null|null",
                "基本稳定|STABLE|null|null",
                "保持在合理区间|NONE|null|null",
                "保持在合理区间、各年度视情提出|NONE|null|null",
                "稳中有升|RISING|null|null",
                "逐步提高|RISING|null|null",
                "——|NONE|null|null",
                "/|NONE|null|null",
            })
    void shouldReadTheFormsOfTheFifteenthPlans(String cell, Form form, Double value, String unit) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(form);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.unit()).isEqualTo(unit);
        assertThat(e.text()).isEqualTo(cell.strip());
    }

    @ParameterizedTest(name = "''{0}'' binds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "提高到81.5岁|EXACT",
                "达到3.2%以上|AT_LEAST",
                "控制在5.5%左右|ABOUT",
                "不低于15%|AT_LEAST",
                "不超过5.5%|AT_MOST",
                "年均增长5%左右|ABOUT",
                "累计下降17%|EXACT",
                "80岁以上|AT_LEAST",
            })
    void shouldTellHowTheNumberOfAFifteenthPlanCellBinds(String cell, Bound bound) {
        assertThat(TargetExpression.parse(cell).bound()).isEqualTo(bound);
    }

    @ParameterizedTest(name = "''{0}'' is {1} to {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "5—5.5%|5.0|5.5|%",
                "5-5.5|5.0|5.5|null",
                "5~5.5|5.0|5.5|null",
                "5～5.5%|5.0|5.5|%",
                "5至5.5|5.0|5.5|null",
                "5%-5.5%|5.0|5.5|%",
                "3—5家|3.0|5.0|家",
            })
    void shouldKeepBothEndsOfARange(String cell, double low, double high, String unit) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(Form.RANGE);
        assertThat(e.bound()).isEqualTo(Bound.RANGE);
        assertThat(e.value()).isEqualTo(low);
        assertThat(e.upper()).isEqualTo(high);
        assertThat(e.unit()).isEqualTo(unit);
    }

    @Test
    void shouldRefuseARangeThatRunsBackwardsOrChangesUnit() {
        assertThatThrownBy(() -> TargetExpression.parse("5.5-5")).hasMessage("cannot read target expression '5.5-5'");
        assertThatThrownBy(() -> TargetExpression.parse("5岁-6%")).hasMessage("cannot read target expression '5岁-6%'");
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5.5①|5.5",
                "5.5²|5.5",
                "5.5注1|5.5",
                "5.5*|5.5",
                "5.5[1]|5.5",
                "81.5%[2]|81.5",
            })
    void shouldLeaveOutAFootnoteMarkAfterTheNumber(String cell, double value) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(Form.LEVEL);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.text()).isEqualTo(cell);
    }

    @Test
    void shouldReadABareBracketedNumberAsACumulativeChangeNotAFootnote() {
        assertThat(TargetExpression.parse("[1]").form()).isEqualTo(Form.CUMULATIVE);
        assertThat(TargetExpression.parse("[1]").value()).isEqualTo(1.0);
    }

    @Test
    void shouldKeepABaseFigurePrintedAfterTheTarget() {
        TargetExpression e = TargetExpression.parse("81.5（2025年79）");
        assertThat(e.form()).isEqualTo(Form.LEVEL);
        assertThat(e.value()).isEqualTo(81.5);
        assertThat(e.baseYear()).isEqualTo(2025);
        assertThat(e.baseValue()).isEqualTo(79.0);
        TargetExpression floor = TargetExpression.parse("3.2%以上（2025年：2.7%）");
        assertThat(floor.form()).isEqualTo(Form.FLOOR);
        assertThat(floor.baseValue()).isEqualTo(2.7);
    }

    @Test
    void shouldReadThePlanWideGrowthBandWithoutANumber() {
        // no number of the plan's: the range is set each year by the government work report
        TargetExpression e = TargetExpression.parse("保持在合理区间、各年度视情提出");
        assertThat(e.form()).isEqualTo(Form.NONE);
        assertThat(e.value()).isNull();
        assertThat(e.reference()).isEqualTo("合理区间");
    }

    @Test
    void shouldReadACellThatSetsNoFigureAsNoTarget() {
        // 城镇新增就业 | 保持相当规模、各年度视情提出 and 补贴覆盖率 | 应保尽保: a rule, not a figure to judge against
        assertThat(TargetExpression.parse("保持相当规模、各年度视情提出").form()).isEqualTo(Form.NONE);
        assertThat(TargetExpression.parse("应保尽保").form()).isEqualTo(Form.NONE);
        assertThat(TargetExpression.parse("应保尽保").reference()).isEqualTo("应保尽保");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2030年前如期实现",
                "2030 年前碳达峰如期实现",
                "碳达峰目标如期实现",
                "全覆盖",
                "基本实现全覆盖",
                "基本建成",
                "建成（诚信透明、方法统一、与国际接轨）",
                "实现达峰",
                "位居前列",
                "稳定在全国首位"
            })
    void shouldKeepAGoalInWordsAsWordsWithoutAFigure(String cell) {
        // provincial digests' main indicators (碳达峰 | 2030年前如期实现): the plan's row, nothing to measure
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(Form.NONE);
        assertThat(e.value()).isNull();
        assertThat(e.statesNothing()).isFalse();
    }

    @Test
    void shouldReadAQuotaHeldWithinWhateverTheProseRestatesInBrackets() {
        TargetExpression e = TargetExpression.parse("保持在国家下达目标内(正文表述838.7万亩以上,约束性)");
        assertThat(e.form()).isEqualTo(Form.QUOTA);
        assertThat(e.value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"建成（5个）", "基本建成（3个）"})
    void shouldNotTakeWordsWithAFigureInTheirBracketForWordsAlone(String cell) {
        // the figure is a goal of its own, for the cell's clauses to read, not a note on words
        Throwable unread = org.assertj.core.api.Assertions.catchThrowable(() -> TargetExpression.parse(cell));
        if (unread == null) {
            assertThat(TargetExpression.parse(cell).form()).isNotEqualTo(Form.NONE);
        } else {
            assertThat(unread).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "实现",
                "完成",
                "建成",
                "高标准农田建成",
                "力争实现",
                "实现翻番",
                // a task handed down is the level above's to measure
                "规划任务全面完成"
            })
    void shouldNotTakeACommonVerbForAGoalInWords(String cell) {
        assertThatThrownBy(() -> TargetExpression.parse(cell)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadALevelHeldAsAYearlyAverage() {
        TargetExpression e = TargetExpression.parse("＜5.5（年均）");
        assertThat(e.form()).isEqualTo(Form.CEILING);
        assertThat(e.value()).isEqualTo(5.5);
        assertThat(e.text()).isEqualTo("＜5.5（年均）");
    }

    @Test
    void shouldNameTheStatisticAGrowthMovesInStepWith() {
        TargetExpression e = TargetExpression.parse("与居民人均可支配收入年均增长基本同步");
        assertThat(e.form()).isEqualTo(Form.LINKED_TO);
        assertThat(e.reference()).isEqualTo("居民人均可支配收入增长");
        // the economy's growth keeps its own form
        assertThat(TargetExpression.parse("与经济增长同步").form()).isEqualTo(Form.LINKED_TO_GDP);
    }

    @Test
    void shouldReadEachOfSeveralTargetsInOneCellOnlyWhenAskedTo() {
        List<TargetExpression> two = TargetExpression.parseAll("0.7人/1.6人");
        assertThat(two).extracting(TargetExpression::value).containsExactly(0.7, 1.6);
        assertThat(two).extracting(TargetExpression::unit).containsExactly("人", "人");
        assertThat(TargetExpression.parseAll("5.5左右/6以上"))
                .extracting(TargetExpression::form)
                .containsExactly(Form.ABOUT, Form.FLOOR);
        assertThat(TargetExpression.parseAll("4.5人/千人"))
                .singleElement()
                .satisfies(e -> assertThat(e.unit()).isEqualTo("人/千人"));
        assertThatThrownBy(() -> TargetExpression.parse("5.5左右/6以上"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target expression '5.5左右/6以上' states 2 targets in one cell; read them one by one");
        assertThatThrownBy(() -> TargetExpression.parseAll("5.5左右/大幅提升"))
                .hasMessage("cannot read target expression '5.5左右/大幅提升'");
    }

    @Test
    void shouldStillRefuseWordsThatLookLikeATarget() {
        for (String cell : List.of("大幅提升", "显著提高", "5左右6", "提高到", "年均", "80岁左右以上")) {
            assertThatThrownBy(() -> TargetExpression.parse(cell))
                    .as(cell)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldRefuseACellItCannotRead() {
        assertThatThrownBy(() -> TargetExpression.parse("大幅提升"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read target expression '大幅提升'");
        assertThatThrownBy(() -> TargetExpression.parse("6 左右 7")).hasMessage("cannot read target expression '6 左右 7'");
    }

    /**
     * How digests and news tables of the 15th plans print a cell (the provincial outlines' summaries
     * in plans16): a note in brackets after the figure, the base before an arrow, the year before the
     * verb, an estimate in the base column, a ratio to one.
     */
    @ParameterizedTest(name = "''{0}'' is {1} {2} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "5%左右(预期性;2025年增5.6%)|ABOUT|5.0|null|ABOUT",
                "800亿斤(约束性)|LEVEL|800.0|null|EXACT",
                "4.5%—5%(五年平均,预期性)|RANGE|4.5|5.0|RANGE",
                "年均增长9.5%(按不变价格计算)|ANNUAL_GROWTH|9.5|null|EXACT",
                "年均 6% 左右(特色指标)|ANNUAL_GROWTH|6.0|null|ABOUT",
                "年均增长5—5.5%|ANNUAL_GROWTH|5.0|5.5|RANGE",
                "到2030年达67%左右|ABOUT|67.0|null|ABOUT",
                "到2030年达到1.6亿千瓦以上|FLOOR|1.6|null|AT_LEAST",
                "预计2.65%|LEVEL|2.65|null|EXACT",
                "2.1∶1左右|ABOUT|2.1|null|ABOUT",
                "全社会研发经费投入年均增长6%左右(预期性)|ANNUAL_GROWTH|6.0|null|ABOUT",
                "年均增长高于GDP增长|LINKED_TO_GDP|null|null|AT_LEAST",
                "年均提高1个百分点以上|CHANGE_EVERY_YEAR|1.0|null|AT_LEAST",
                "7% 左右(2025 年基数 3032 亿元;预期性)|ABOUT|7.0|null|ABOUT",
                "3000 亿元(其中与京冀 725 亿元)|LEVEL|3000.0|null|EXACT",
                "低于 5.5%|CEILING|5.5|null|AT_MOST",
                "年均≥6%|ANNUAL_GROWTH|6.0|null|AT_LEAST",
                "2030年达9.5%(2025年7.8%)|LEVEL|9.5|null|EXACT",
                "2030 年＞70%(预期性)|FLOOR|70.0|null|AT_LEAST",
                "50%左右 [专栏1]|ABOUT|50.0|null|ABOUT",
                "2030年全社会研发经费投入强度达3.2%左右|ABOUT|3.2|null|ABOUT",
            })
    void shouldReadTheCellsOfDigestTables(String cell, Form form, Double value, Double upper, Bound bound) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(form);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.upper()).isEqualTo(upper);
        assertThat(e.bound()).isEqualTo(bound);
    }

    @Test
    void shouldKeepTheBaseADigestPrintsBeforeAnArrow() {
        TargetExpression plain = TargetExpression.parse("63%→67.5%");
        assertThat(plain.value()).isEqualTo(67.5);
        assertThat(plain.baseValue()).isEqualTo(63.0);
        assertThat(plain.baseYear())
                .as("no year printed: the caller's plan base")
                .isNull();
        TargetExpression dated = TargetExpression.parse("64.54%(2025)→69.5%左右(2030)");
        assertThat(dated.form()).isEqualTo(Form.ABOUT);
        assertThat(dated.value()).isEqualTo(69.5);
        assertThat(dated.baseYear()).isEqualTo(2025);
        assertThat(dated.baseValue()).isEqualTo(64.54);
        TargetExpression years = TargetExpression.parse("2025 年约 40% → 2030 年 45%(预期性)");
        assertThat(years.value()).isEqualTo(45.0);
        assertThat(years.baseYear()).isEqualTo(2025);
        assertThat(years.baseValue()).isEqualTo(40.0);
        assertThat(TargetExpression.parse("5%→>7%").form()).isEqualTo(Form.FLOOR);
        assertThat(TargetExpression.parse("到2030年达10万PFLOPS(2025年约2万)").baseValue())
                .isEqualTo(2.0);
    }

    @Test
    void shouldNotDropANoteThatBindsTheFigure() {
        // a bound or a second figure in the brackets changes what the cell asks: never read as a bare note
        assertThatThrownBy(() -> TargetExpression.parse("5%左右(不低于4%)")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TargetExpression.notedAttribute("800亿斤(约束性)")).contains("约束性");
        assertThat(TargetExpression.notedAttribute("4.5%—5%（五年平均，预期性）")).contains("预期性");
        assertThat(TargetExpression.notedAttribute("800亿斤")).isEmpty();
    }

    @Test
    void shouldReadTwoTargetsSetApartByACommaOrUnderOneNote() {
        List<TargetExpression> two = TargetExpression.parseAll("年均提高1个百分点以上,达到63%");
        assertThat(two).extracting(TargetExpression::form).containsExactly(Form.CHANGE_EVERY_YEAR, Form.LEVEL);
        assertThat(TargetExpression.parseAll("59.5% / ≥2.63%(约束性)"))
                .extracting(TargetExpression::value)
                .containsExactly(59.5, 2.63);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // a special plan's cells: a fall on a named base year, by 较 or with 左右
                "较 2025 年降低 17%|RELATIVE_REDUCTION|17.0|EXACT|null",
                "比 2025 年下降 3%左右|RELATIVE_REDUCTION|3.0|ABOUT|null",
                // a work report's table of this year's goals
                "与上年持平|STABLE|null|EXACT|null",
                // a note that only says the bracket is the period's total
                "[9]（5年累计）|CUMULATIVE|9.0|EXACT|null",
                // a level with a note keeps its percent sign as its unit
                "5.0%(预期性)|LEVEL|5.0|EXACT|%",
                // an amount over the plan's years is their total; a share over them stays a level
                "“十五五”时期力争达到6万亿元|CUMULATIVE|6.0|EXACT|万亿元",
            })
    void shouldReadTheCellsOfSpecialPlansAndWorkReports(
            String cell, Form form, Double value, Bound bound, String unit) {
        TargetExpression e = TargetExpression.parse(cell);
        assertThat(e.form()).isEqualTo(form);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.bound()).isEqualTo(bound);
        assertThat(e.unit()).isEqualTo(unit);
    }

    @Test
    void shouldKeepAShareOrALevelHeldOverThePlansYearsALevel() {
        assertThat(TargetExpression.parse("“十五五”期间保持在45%左右").form()).isEqualTo(Form.ABOUT);
        // held every year, not added up: a floor of each year's level
        assertThat(TargetExpression.parse("“十五五”期间稳定在1.4万亿斤以上").form()).isEqualTo(Form.FLOOR);
        // a total the cell does not bracket keeps its note, and is no level
        assertThatThrownBy(() -> TargetExpression.parse("300万人（5年累计）")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTellTheNameACellRestatesBeforeItsVerb() {
        assertThat(TargetExpression.restatedName("2030年全社会研发经费投入强度达3.2%左右")).contains("全社会研发经费投入强度");
        assertThat(TargetExpression.restatedName("提高到1.6%左右")).isEmpty();
        assertThat(TargetExpression.restatedName("5%左右")).isEmpty();
    }
}
