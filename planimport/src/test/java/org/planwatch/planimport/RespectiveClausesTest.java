package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 分别 lists written out as one clause per target. */
class RespectiveClausesTest {

    @Test
    void shouldPairEachNameWithItsFigureWhenOneIsARatePerHundredThousand() {
        assertThat(RespectiveClauses.of("婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("婴儿死亡率下降到3.5‰以下", "孕产妇死亡率下降到12/10万以下");
    }

    @Test
    void shouldGiveANameThatNamesNoStatisticTheLastNamesStatisticAfterTheWordsTheyShare() {
        // 甘肃 2026 work report: 及相关 is no pair of names, and 文化及相关产业 shares the last name's statistic
        assertThat(RespectiveClauses.of("文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("文化及相关产业增加值占地区生产总值比重超过2%", "旅游及相关产业增加值占地区生产总值比重超过5%");
    }

    @Test
    void shouldReadTheTownsAndTheCountrysidesFiguresOfOneIncome() {
        // 中新社 on Tibet's 2026 report: 城乡 is two statistics, towns first
        assertThat(RespectiveClauses.of("城乡居民人均可支配收入分别增长7%左右和8%左右", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("城镇居民人均可支配收入增长7%左右", "农村居民人均可支配收入增长8%左右");
    }

    @Test
    void shouldNameEachOfTheThreeSectorsAndTheirYearlyPace() {
        // a province's 十五五 goals: 一二三产 is three statistics, 年均 their pace
        assertThat(RespectiveClauses.of("其中一二三产增加值年均分别增长3.5%左右、6%左右、5%左右", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("其中第一产业增加值年均增长3.5%左右", "第二产业增加值年均增长6%左右", "第三产业增加值年均增长5%左右");
        assertThat(RespectiveClauses.of("第一、二、三产业增加值分别增长3%、5%、6%", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("第一产业增加值增长3%", "第二产业增加值增长5%", "第三产业增加值增长6%");
        // 宁夏 (2026): each sector with its own 产
        assertThat(RespectiveClauses.of("一产、二产、三产增加值分别增长5%左右、5%以上、5%左右", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("第一产业增加值增长5%左右", "第二产业增加值增长5%以上", "第三产业增加值增长5%左右");
    }

    @Test
    void shouldShareTheLastNamesNounWithAWhoseStandingAlone() {
        assertThat(RespectiveClauses.of("城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("城镇常住居民人均可支配收入增长4%左右", "农村常住居民人均可支配收入增长6%左右");
    }

    @Test
    void shouldGiveEachNameListedTheFigureTheyAllHold() {
        // 中新社 on Tibet's 2026 report; 百万吨 is 100万吨 (ChineseFigures), 产量 is every name's
        assertThat(RespectiveClauses.of("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("粮食产量稳定在百万吨以上", "肉蛋奶产量稳定在百万吨以上", "蔬菜产量稳定在百万吨以上");
        assertThat(ChineseFigures.inDigits("粮食产量稳定在百万吨以上")).isEqualTo("粮食产量稳定在100万吨以上");
        // a direction without a figure is each name's own matter, not split here
        assertThat(RespectiveClauses.of("城市品质、营商环境均明显提升", List.of())).hasSize(1);
    }

    @Test
    void shouldGiveEachStatisticListedTheDirectionTheyShare() {
        assertThat(RespectiveClauses.of("高技术制造业增加值、战略性新兴产业产值稳步提升", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("高技术制造业增加值稳步提升", "战略性新兴产业产值稳步提升");
        // things that are no statistics stay one clause, for the reader to pass over
        assertThat(RespectiveClauses.of("营商环境、城市品质持续提升", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("营商环境、城市品质持续提升");
    }

    @Test
    void shouldGiveEveryNameTheOneFigureAndTheSharedMeasure() {
        assertThat(RespectiveClauses.of("氮氧化物、挥发性有机物排放量分别下降8%以上", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("氮氧化物排放量下降8%以上", "挥发性有机物排放量下降8%以上");
    }

    @Test
    void shouldKeepAClauseWhoseNamesAndFiguresDoNotPair() {
        assertThat(RespectiveClauses.of("甲率、乙率、丙率分别达到1%、2%", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("甲率、乙率、丙率分别达到1%、2%");
    }

    @Test
    void shouldPairTheSentencesYearsWithAnAgeGroupsFigures() {
        assertThat(RespectiveClauses.of("5岁以下儿童生长迟缓率分别低于7%和5%", List.of(2022, 2030)))
                .extracting(RespectiveClauses::text, RespectiveClauses::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("5岁以下儿童生长迟缓率低于7%", 2022),
                        org.assertj.core.groups.Tuple.tuple("5岁以下儿童生长迟缓率低于5%", 2030));
    }

    @Test
    void shouldPairTheSentencesYearsWithTwoFiguresWhere分别IsUnsaid() {
        assertThat(RespectiveClauses.of("经常参加体育锻炼人数比例达到37%及以上和40%及以上", List.of(2022, 2030)))
                .extracting(RespectiveClauses::text, RespectiveClauses::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("经常参加体育锻炼人数比例达到37%及以上", 2022),
                        org.assertj.core.groups.Tuple.tuple("经常参加体育锻炼人数比例达到40%及以上", 2030));
        assertThat(RespectiveClauses.of("经常参加体育锻炼人数比例达到37%及以上和40%及以上", List.of()))
                .as("without two years there is nothing to pair the figures with")
                .extracting(RespectiveClauses::year)
                .containsExactly((Integer) null);
    }

    @Test
    void shouldGiveEachNameOfASharedQuotaTheIntensitysHead() {
        assertThat(RespectiveClauses.of("单位地区生产总值能耗和碳排放下降完成国家下达目标", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("单位地区生产总值能耗下降完成国家下达目标", "单位地区生产总值碳排放下降完成国家下达目标");
    }

    @Test
    void shouldGiveEachNameAfterAQuotaTheQuota() {
        // 青海, 山东 (2026): the quota first, then each of what it is of
        assertThat(RespectiveClauses.of("完成国家下达我省碳排放双控和主要污染物减排目标", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("完成国家下达我省碳排放双控", "完成国家下达我省主要污染物减排目标");
        assertThat(RespectiveClauses.of("全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("全面完成国家下达的节能减排降碳约束性指标", "全面完成国家下达的环境质量改善目标");
    }

    @Test
    void shouldGiveEachNameOfAListTheQuotaWhether和JoinsTwoNamesOrStandsInOne() {
        assertThat(RespectiveClauses.of("城镇新增就业、粮食产量和能源消费总量完成省下达目标", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("城镇新增就业完成省下达目标", "粮食产量完成省下达目标", "能源消费总量完成省下达目标");
        assertThat(RespectiveClauses.of("城镇新增就业、空气和水环境质量等完成省定目标", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("城镇新增就业完成省定目标", "空气和水环境质量完成省定目标");
    }

    @Test
    void shouldWriteOutTwoCountsUnderOneVerbWhateverTheirDigits() {
        assertThat(RespectiveClauses.of("创建10-15所优质中职学校和1.5-2万个学位", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("创建10-15所优质中职学校", "创建1.5-2万个学位");
    }

    @Test
    void shouldGiveEachNameTheCountAndKeepAWordWith和Whole() {
        assertThat(RespectiveClauses.of("打造和美乡村示范村、特色精品村各10个", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("打造和美乡村示范村10个", "打造特色精品村10个");
    }
}
