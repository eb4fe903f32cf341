package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenFiguresTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "新增城区学位 8,800 个|新增城区学位 8800 个",
                "总投资 1,200,000 万元|总投资 1200000 万元",
                "绿色铝产值增长 20%+；|绿色铝产值增长 20%以上；",
                "创业担保贷款 3.4 亿元+|创业担保贷款 3.4 亿元以上",
                "三七综合产值目标 500 亿+（2026年）|三七综合产值目标 500 亿以上（2026年）",
                // not a figure's: years listed, small counts, names that join two things
                "2024,2025年|2024,2025年",
                "5,6,7月|5,6,7月",
                "打造1+9国家级开放创新平台|打造1+9国家级开放创新平台",
                "数字+文旅融合|数字+文旅融合",
                "较上年+5.3%|较上年+5.3%",
                "推进“5G+”应用|推进“5G+”应用",
                // an arrow from the base to the target: what is reached; never one between years
                "常住人口城镇化率 67.9% → 71%|常住人口城镇化率 达到71%",
                "占 GDP 比重 10.5%(2024 年)→ 12.5%(2030 年)|占 GDP 比重 达到12.5%(2030 年)",
                // a sign after the arrow bounds the target: more than 22, at most 9.5
                "拥有量 16 件 → >22 件|拥有量 超过22 件",
                "能耗 10.2 → ≤9.5 吨|能耗 不超过9.5 吨",
                "主要量化指标（2025年基期值→2030年目标值）|主要量化指标（2025年基期值→2030年目标值）",
                "2025年→2030年|2025年→2030年",
                "2025→2030|2025→2030",
                // the figures of several goals, parted by commas after 分别; one figure after 分别 is one
                "三地常住人口分别达到120,150,180万人|三地常住人口分别达到120,150,180万人",
                "两地分别达到1,200亿元和1,500亿元|两地分别达到1200亿元和1500亿元",
                "两市分别增长6%和7%,常住人口达到1,200万人|两市分别增长6%和7%,常住人口达到1200万人",
            })
    void shouldWriteFiguresAsPlansPrintThem(String typed, String printed) {
        assertThat(WrittenFigures.plain(typed)).isEqualTo(printed);
    }
}
