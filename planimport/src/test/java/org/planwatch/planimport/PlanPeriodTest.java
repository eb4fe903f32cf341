package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The period a title names, by word, span, vision or the year a plan is named by. */
class PlanPeriodTest {
    @ParameterizedTest(name = "{0} -> {1} ({2}-{3})")
    @CsvSource(
            delimiter = '|',
            value = {
                "江门市“十五五”规划|15|2025|2030",
                "第十六个五年规划纲要|16|2030|2035",
                "“十三五”规划|13|2015|2020",
                "行动计划（2024—2027年）|2027|2023|2027",
                "实施方案（2016-2020年）|13|2015|2020",
                "总体规划（2021～2035年）|2035|2020|2035",
                "规划(2026年-2030年)|15|2025|2030",
                "第十五个五年规划和二〇三五年远景目标纲要|15|2025|2030",
                "二〇三五年远景目标纲要|2035|2020|2035",
                "“健康江门2030”规划|2030|2015|2030",
                // one year's goals: from the year before, not a long plan's fifteen years
                "2026年市政府主要工作目标任务分解落实方案|annual-2026|2025|2026",
                "江门市2026年国民经济和社会发展计划|annual-2026|2025|2026",
                "2026年工作要点|annual-2026|2025|2026",
                "江门市2027年数字经济发展行动计划|2027|2012|2027",
            })
    void shouldReadThePeriodATitleNames(String title, String idPart, int baseYear, int endYear) {
        assertThat(PlanPeriod.in(title)).contains(new PlanPeriod(idPart, baseYear, endYear));
    }

    @ParameterizedTest
    @ValueSource(strings = {"江门市养老服务设施布局专项规划（2026年版）", "江门市卫生健康规划", "江门市城市总体规划（2026年修编）"})
    void shouldFindNoPeriodInATitleThatNamesNone(String title) {
        assertThat(PlanPeriod.in(title)).isEmpty();
    }
}
