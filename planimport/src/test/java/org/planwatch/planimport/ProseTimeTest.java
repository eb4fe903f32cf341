package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planwatch.domain.RegionDictionary;

/** When a sentence of running text is about: the past it reports, or the year it sets a goal for. */
class ProseTimeTest {
    private static final Plan PLAN =
            new Plan("440700-15", RegionDictionary.bundled().code("440700").orElseThrow(), 2030, 2025);

    @Test
    void shouldTakeWhatIsAlreadyDoneForThePastButNotAPlanAlreadyIssued() {
        assertThat(ProseTime.of("森林覆盖率已经达到44.6%，人均预期寿命已由78岁提高到80.5岁", PLAN, null, false)
                        .past())
                .isEqualTo("'已' looks back");
        // 已由市政府办公厅印发 says when the plan was published; its goals follow
        assertThat(ProseTime.of("方案已由市政府办公厅印发，明确核心产业规模达到500亿元以上", PLAN, null, false)
                        .past())
                .isNull();
    }

    @Test
    void shouldLetARemarkOnAGoalLookBackWithoutDatingTheGoal() {
        // the goal first, then a remark on it since 1991: the goal stands
        assertThat(ProseTime.of("将今年经济增长目标设定在4.5%至5%，这是自1991年以来最低的目标", PLAN, null, false, true)
                        .past())
                .isNull();
        // an account since 2021 with no goal before it is the past, whatever follows
        assertThat(ProseTime.of("自2021年以来，全市累计新增城镇就业50万人，今年将新增城镇就业8万人", PLAN, null, false, true)
                        .past())
                .isNotNull();
    }

    @Test
    void shouldTakeARecordForThePastButNotAPlacesHistory() {
        // 杭州 2026 work report: a city's history to carry on, its goal after it
        assertThat(ProseTime.of("赓续城市历史文脉，规上文化企业营收力争突破1.4万亿元", PLAN, null, false)
                        .past())
                .isNull();
        assertThat(ProseTime.of("以历史主动精神克难关，服务业增加值突破2万亿元", PLAN, null, false).past())
                .isNull();
        assertThat(ProseTime.of("全市外贸进出口总额创历史新高，达到8000亿元", PLAN, null, false).past())
                .isNotNull();
        assertThat(ProseTime.of("全市城镇调查失业率降至4.5%，处于历史低位", PLAN, null, false).past())
                .isNotNull();
        assertThat(ProseTime.of("高校毕业生留杭就业人数达到12万人，为历史同期最高", PLAN, null, false).past())
                .isNotNull();
    }

    @Test
    void shouldNotTakeAYearAFigureIsMeasuredAgainstForATargetYear() {
        // 青海 2026 work report, in its look back: the year is a record's start, not a goal's year
        assertThat(TextTargets.documentYears(
                        java.util.List.of("人民群众安全感满意度达到2012年以来最高水平。", "客流恢复到2019年的水平。", "到2030年，城镇化率达到67%。")))
                .containsExactly(2030);
    }
}
