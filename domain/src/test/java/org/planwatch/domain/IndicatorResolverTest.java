package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorResolverTest {
    private final IndicatorResolver resolver = new IndicatorResolver(IndicatorDictionary.bundled());

    @Test
    void shouldResolveADictionaryNameToItsIndicator() {
        assertThat(resolver.resolve("", "每千人口拥有医疗卫生机构床位数", "张").code()).isEqualTo("hospital_beds_per_1000");
        assertThat(resolver.reviewOf("hospital_beds_per_1000")).isEmpty();
    }

    @Test
    void shouldAcceptAUnitPerTheDenominatorItsNameStates() {
        Indicator beds = resolver.resolve("", "每千人口拥有医疗卫生机构床位数", "张");
        assertThat(beds.printsIn("张/千人")).isTrue();
        assertThat(beds.printsIn("张")).isTrue();
        assertThat(beds.printsIn("张/万人"))
                .as("a denominator the name does not state")
                .isFalse();
        assertThat(beds.printsIn("人/千人")).as("a count the indicator is not in").isFalse();
    }

    @Test
    void shouldGenerateTheSameCodeOnEveryRunFromTheNormalisedName() {
        // pinned: a generated code is a key in Kafka and in users' files, so it may never change
        assertThat(IndicatorResolver.codeOf("引进创新创业团队")).isEqualTo("x_87257a8816");
        assertThat(IndicatorResolver.codeOf("城镇新增就业人数（万人）"))
                .isEqualTo(IndicatorResolver.codeOf("城镇新增就业人数(万人)"))
                .isEqualTo(IndicatorResolver.codeOf("城镇新增就业人数 （ 万人 ）"))
                .isEqualTo(IndicatorResolver.codeOf("城镇新增就业人数"));
        assertThat(IndicatorResolver.codeOf("每万人口高价值发明专利拥有量（%）"))
                .isEqualTo(IndicatorResolver.codeOf("每万人口高价值发明专利拥有量(%)"))
                .isEqualTo(IndicatorResolver.codeOf("每万人口高价值发明专利拥有量"));
        assertThat(IndicatorResolver.codeOf("ＰＭ２．５年均浓度"))
                .as("full-width forms")
                .isEqualTo(IndicatorResolver.codeOf("PM2.5年均浓度"));
        assertThat(IndicatorResolver.codeOf("“双一流”学科数"))
                .as("quotation marks")
                .isEqualTo(IndicatorResolver.codeOf("双一流学科数"));
        assertThat(IndicatorResolver.codeOf("【数字经济】核心产业增加值")).isEqualTo(IndicatorResolver.codeOf("(数字经济)核心产业增加值"));
        assertThat(IndicatorResolver.codeOf("居民消费价格指数(以上年为100)"))
                .as("a bracket that is not a unit stays")
                .isNotEqualTo(IndicatorResolver.codeOf("居民消费价格指数"));
    }

    @Test
    void shouldGenerateAnIndicatorOfThePrintedNameAndUnitFlaggedForReview() {
        Indicator i = resolver.resolve("", "幸福指数（%）", "%");
        assertThat(i.code()).isEqualTo(IndicatorResolver.codeOf("幸福指数")).matches("x_[0-9a-f]{10}");
        assertThat(i.names()).containsExactly("幸福指数（%）");
        assertThat(i.units()).containsExactly("%");
        assertThat(i.path()).isEqualTo(PathForm.LINEAR);
        assertThat(i.department()).isNull();
        assertThat(resolver.reviewOf(i.code())).isEqualTo("indicator-not-in-dictionary;direction-inferred");
    }

    @Test
    void shouldQualifyASubIndicatorsGeneratedCodeByItsParent() {
        assertThat(resolver.resolve("新建住房", "其中：农村", "套").code())
                .isEqualTo(IndicatorResolver.codeOf("新建住房/其中：农村"))
                .isNotEqualTo(IndicatorResolver.codeOf("其中：农村"));
    }

    @Test
    void shouldReadAGeneratedReductionRateAsAFallToBeMade() {
        Indicator fall = resolver.resolve("", "单位地区生产总值建设用地使用面积下降率", "%");
        assertThat(fall.path()).isEqualTo(PathForm.REDUCTION);
        assertThat(fall.direction()).as("the larger the fall, the better").isEqualTo(Direction.HIGHER_IS_BETTER);
        Indicator level = resolver.resolve("", "单位地区生产总值建设用地使用面积", "平方米/万元");
        assertThat(level.path()).isEqualTo(PathForm.COMPOUND);
        assertThat(level.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(resolver.resolve("", "生产安全事故死亡人数下降", "起").path())
                .as("a count, not a rate in %")
                .isEqualTo(PathForm.COMPOUND);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "单位地区生产总值能源消耗降低, LOWER_IS_BETTER",
        "婴儿死亡率, LOWER_IS_BETTER",
        "城镇调查失业率, LOWER_IS_BETTER",
        "亿元GDP生产安全事故死亡人数, LOWER_IS_BETTER",
        "化学需氧量排放总量减少, LOWER_IS_BETTER",
        "细颗粒物(PM2.5)年均浓度, LOWER_IS_BETTER",
        "单位工业增加值用水量, LOWER_IS_BETTER",
        "政府负债率控制在警戒线以内, LOWER_IS_BETTER",
        "粮食综合生产能力保持稳定, BAND",
        "耕地保有量保持, BAND",
        "引进创新创业团队, HIGHER_IS_BETTER",
        "研究与试验发展经费投入强度, HIGHER_IS_BETTER",
        "森林覆盖率, HIGHER_IS_BETTER",
    })
    void shouldInferWhichWayIsBetterFromTheWording(String name, Direction direction) {
        assertThat(IndicatorResolver.directionOf(name)).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0} | {1}: {2}")
    @CsvSource({
        "社会物流总费用与地区生产总值的比率, 降至13.6%, LOWER_IS_BETTER",
        "城市生活垃圾填埋量, 控制在300万吨以内, LOWER_IS_BETTER",
        "普通高中班额, 不超过45人, LOWER_IS_BETTER",
        "区域养老服务中心服务覆盖率, 不低于75%, HIGHER_IS_BETTER",
        "3岁以下婴幼儿托位数, 每千人4.5个, HIGHER_IS_BETTER",
        "单位地区生产总值建设用地使用面积下降率, 下降到8%, HIGHER_IS_BETTER",
        "城镇调查失业率, 5.5%以内, LOWER_IS_BETTER",
        "森林覆盖率, 降至（笔误）25%, HIGHER_IS_BETTER",
    })
    void shouldTakeWhichWayIsBetterFromTheTargetsWordingForAnIndicatorTheDictionaryLacks(
            String name, String wording, Direction direction) {
        Indicator indicator = resolver.resolve("", name, "%");
        assertThat(IndicatorResolver.directionOf(indicator, wording)).isEqualTo(direction);
    }

    @Test
    void shouldTakeAnUnknownNameEndingInItsGrowthForAGrowthRateInPercent() {
        // 冰雪经济总产出增长 | 年均6%左右: the yearly growth of what the name counts, chained over the years
        Indicator growth = resolver.resolve("", "冰雪经济总产出增长", "%");
        assertThat(growth.isGrowthRate()).isTrue();
        assertThat(growth.growthOf()).isEqualTo(IndicatorResolver.codeOf("冰雪经济总产出"));
        assertThat(resolver.resolve("", "冰雪经济总产出增长", "亿元").isGrowthRate())
                .as("a figure in yuan is an amount, whatever the name says")
                .isFalse();
    }

    @Test
    void shouldReadADashInTheAttributeColumnAsNoneStated() {
        assertThat(Attribute.of("—")).isEqualTo(Attribute.UNSTATED);
        assertThat(Attribute.of("约束性")).isEqualTo(Attribute.BINDING);
    }
}
