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
            })
    void shouldWriteFiguresAsPlansPrintThem(String typed, String printed) {
        assertThat(WrittenFigures.plain(typed)).isEqualTo(printed);
    }
}
