package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The year a report's 今年 means, from what the report says of it. */
class ReportYearTest {
    @Test
    void shouldTakeTheYearAReportCallsTheFirstOrLastOfAPlansPeriod() {
        assertThat(ReportYear.of(List.of("会议开幕。", "今年是“十五五”开局之年。"))).contains(2026);
        assertThat(ReportYear.of(List.of("今年是“十四五”规划收官之年。"))).contains(2025);
        assertThat(ReportYear.of(List.of("2026年是实施“十五五”规划的开局之年，任务重。"))).contains(2026);
        assertThat(ReportYear.of(List.of("市长在报告中说,今年是“十五五”开局起步之年。"))).contains(2026);
        assertThat(ReportYear.of(List.of("作为“十五五”开局之年,2026年山东地区生产总值预期增长5%以上。"))).contains(2026);
        // a 2026 report looks back on the year that closed the last period before it names its own
        assertThat(ReportYear.of(List.of("2025年是“十四五”收官之年，成绩来之不易。", "2026年是“十五五”开局之年。")))
                .contains(2026);
        assertThat(ReportYear.of(List.of("2025年是“十四五”收官之年。", "今年是“十五五”开局之年。"))).contains(2026);
        assertThat(ReportYear.of(List.of("设定2026年GDP增长5.5%左右的预期目标。"))).contains(2026);
        assertThat(ReportYear.of(List.of("2025年是“十四五”收官之年。", "2026年是中国共产党成立105周年，是“十五五”开局之年。")))
                .contains(2026);
        // a year-end report looking ahead: next year is the first, this year is not
        assertThat(ReportYear.of(List.of("明年作为“十五五”开局之年，意义重大。"))).isEmpty();
    }

    @Test
    void shouldTakeTheLatestYearWhoseGoalsWorkOrPlanTheReportPresents() {
        assertThat(ReportYear.of(List.of("报告分为2025年工作回顾和2026年工作安排两部分。"))).contains(2026);
        assertThat(ReportYear.of(List.of("审查了2025年计划执行情况及2026年计划草案的报告。"))).contains(2026);
        assertThat(ReportYear.of(List.of("吉林省2026年经济社会发展主要预期目标是：…"))).contains(2026);
        // a reporter's question over the year's work: 2026年宜宾经济社会发展的重点是什么？
        assertThat(ReportYear.of(List.of("2026年某市经济社会发展的重点是什么?今年将围绕八个方面开展工作。"))).contains(2026);
    }

    @Test
    void shouldFallBackOnADatelineNearTheTop() {
        assertThat(ReportYear.of(List.of("发布时间：2026-01-22 08:46", "今年地区生产总值增长5%左右。")))
                .contains(2026);
        assertThat(ReportYear.of(List.of("西安2026年3月10日电"))).contains(2026);
        // the page's own date is the latest near the top; an earlier one is an event or a link beside it
        assertThat(ReportYear.of(List.of("拉萨1月31日电", "读懂龙江丨2023年2月9日,早安研讨会现场", "2026-02-02 10:57:39")))
                .contains(2026);
    }

    @Test
    void shouldTakeTheDateAPageLabelsAsItsOwnOverThePortalsClockAboveIt() {
        assertThat(ReportYear.of(List.of("2025年05月11日", "当前位置: 首页 > 新闻中心", "来源: 发布日期:2022-12-26   打印")))
                .contains(2022);
        assertThat(ReportYear.of(List.of("2026年12月01日 星期二", "发布时间：2026年1月20日"))).contains(2026);
    }

    @Test
    void shouldTakeTheFirstYearOfAPeriodAReportSetsOutToOpenWhereItGivesNoOtherYear() {
        // a city's news of its report: 20日 and 今年, and the period its work is to open
        assertThat(ReportYear.of(List.of("20日,政府工作报告提出了今年全市经济社会发展主要预期目标。", "推动经济实现质的有效提升和量的合理增长,奋力实现“十五五”良好开局。")))
                .contains(2026);
        assertThat(ReportYear.of(List.of("今年要确保“十五五”开好局、起好步。"))).contains(2026);
        // the year before lays the ground for the opening: not its year
        assertThat(ReportYear.of(List.of("今年要实现“十四五”圆满收官，为“十五五”良好开局打好基础。"))).isEmpty();
        // a year-end meeting looking ahead to next year's opening: not the year it speaks in
        assertThat(ReportYear.of(List.of("会议强调，明年要确保“十五五”开好局、起好步。"))).isEmpty();
        // any date near the top says more than what the text sets out to do
        assertThat(ReportYear.of(List.of("2027年1月15日", "巩固拓展实现“十五五”良好开局的成果。"))).contains(2027);
    }

    @Test
    void shouldTellNoYearWhereTheReportGivesNone() {
        // 20日 with no year, and 2025年 only as the past: which year 今年 is cannot be told
        assertThat(ReportYear.of(List.of("20日，市政府工作报告提出今年地区生产总值增长5.5%左右。", "2025年全市增长5%。")))
                .isEmpty();
    }

    @Test
    void shouldNotTakeAPlansHorizonOrASpanOfMonthsForTheReportsYear() {
        // the end of a span, a horizon, a year past the one after the dateline: none is the year spoken in
        assertThat(ReportYear.of(List.of("《江门市人工智能行动计划（2026—2030年）》提出主要预期目标。"))).isEmpty();
        assertThat(ReportYear.of(List.of("江门，2026年1月20日", "会议部署了2030年重点工作任务。"))).contains(2026);
        assertThat(ReportYear.of(List.of("2025年1-11月，全市规模以上工业增加值增长6%。"))).isEmpty();
        // a date and a time, spaces between: still a dateline
        assertThat(ReportYear.of(List.of("发布时间：2026-01-22 08:46:38"))).contains(2026);
    }
}
