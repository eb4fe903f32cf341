package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                "[0.2]|EXACT",
                "[0.6 以上]|AT_LEAST",
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

    @Test
    void shouldRefuseACellItCannotRead() {
        assertThatThrownBy(() -> TargetExpression.parse("大幅提升"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read target expression '大幅提升'");
        assertThatThrownBy(() -> TargetExpression.parse("6 左右 7")).hasMessage("cannot read target expression '6 左右 7'");
    }
}
