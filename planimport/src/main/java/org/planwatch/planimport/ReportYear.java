package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * The year a report speaks in, the year its 今年 means: a government work report or news of one
 * sets this year's goals (今年经济社会发展的主要预期目标是：…) and names the year only around them.
 * Told, in this order, from the year it calls the first or last of a plan's period (今年是“十五五”开局之年
 * is 2026; of years named so, 2025年是…收官之年 and 2026年是…开局之年, the latest), the year whose goals, work or plan it presents (2026年工作安排, 2026年计划草案, 2026年政府工作
 * 报告, 2026年地方两会; the latest such, but no later than the year after its dateline), and the latest dateline near the
 * top (2026年1月27日), and last the period it sets out to open (奋力实现“十五五”良好开局 is 2026). Empty where the text gives none of these: its 今年 cannot be dated, and what it
 * says of 今年 is not read as any year's.
 */
final class ReportYear {
    /**
     * 今年是“十五五”开局之年, 2026年是“十五五”规划开局起步之年, 2026年是中国共产党成立105周年，是“十五五”开局之年, 作为“十五五”开局之年，…,
     * 今年是“十四五”收官之年.
     */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "(?:(今年|(20\\d\\d)年)(?:是|为)(?:[^。“]{0,24}?[,，、](?:也|又)?是)?|(?<!明年|去年)作为)[^。，,]{0,6}?“?十([一二三四五六七八九])五”?"
                    + "(?:规划)?(?:的)?((?:开局|起步|收官)+)之年");
    /**
     * 2026年经济社会发展主要预期目标, 2026年工作安排, 2026年计划草案, 2026年吉林省政府工作报告, 2026年全国邮政工作会议; not the end of a
     * span or a horizon (（2026—2030年）, 到2030年, 2035年远景目标).
     */
    private static final Pattern PRESENTED_YEAR = Pattern.compile("(?<![到至—\\-~～\\d])(20\\d\\d)年(?!远景)"
            + "[^。，,；;、\\d]{0,12}?(主要预期目标|预期目标|工作安排|重点工作|工作重点|政府工作报告|计划草案|工作任务|民生实事|发展的重点|发展目标|总体要求|两会"
            // a sector's work conference and what it sets: 2026年全国民航工作会议, 2026年主要工作目标, 2026年工作思路
            // (not 2025年中央经济工作会议, held the December before the year it sets)
            + "|(?<!经济)工作会议|工作目标|工作思路)"
            // 设定2026年GDP增长5.5%左右的预期目标: the year's goal with its figure inside
            + "|(?<![到至—\\-~～\\d])(20\\d\\d)年[^。，,；;、]{0,20}?的预期目标");
    /**
     * 奋力实现“十五五”良好开局, 确保“十五五”开好局: a report sets out to open a period in its first year; not one that lays
     * the ground for the opening (为“十五五”良好开局打好基础, said in the year before).
     */
    private static final Pattern OPENS_PERIOD =
            Pattern.compile("(?:实现|确保|推动|力争|争取)[^。，,；;“]{0,4}“?十([一二三四五六七八九])五”?(?:规划)?(?:良好开局|开好局)"
                    + "(?![^。]{0,12}(?:打下|打好|奠定|基础|准备))");

    private static final Pattern NEXT_YEAR = Pattern.compile("明年|来年|下一年");
    /** A dateline: 2026年1月27日, 2026-01-27, 2026/1/27 (not a span of months, 2025年1-11月). */
    private static final Pattern DATELINE = Pattern.compile(
            "(20\\d\\d)(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2}(?!\\d)|/\\d{1,2}/\\d{1,2}|\\.\\d{1,2}\\.\\d{1,2}(?!\\d))");

    /**
     * A date the page labels as its own (发布日期:2022-12-26): it wins over any other near the top, such as the
     * portal's clock above it (2025年05月11日 on every page of the site that day).
     */
    private static final Pattern PUBLISHED = Pattern.compile("(?:发布|发表|发文|成文)(?:日期|时间)\\s*[:：]?\\s*$");

    /** Whether {@code before}, the text before a date on its line, labels it as the page's own (发布日期:). */
    static boolean labelsAsPublished(String before) {
        return PUBLISHED.matcher(before).find();
    }

    private static final int DATELINE_LINES = 20;
    /** The day a report was delivered, under its heading: ——2026年2月9日在深圳市第七届人民代表大会第七次会议上. */
    private static final Pattern DELIVERED = Pattern.compile("(20\\d\\d)年\\d{1,2}月\\d{1,2}日在[^。]{0,40}?人民代表大会");
    /** How far down a page, below its menus, a report's heading may stand. */
    private static final int HEADING_LINES = 120;

    private ReportYear() {}

    /** The year {@code lines} speak in, if they tell it. */
    static Optional<Integer> of(List<String> lines) {
        Optional<Integer> dated = dateline(lines);
        Integer presented = null;
        // 2025年是“十四五”收官之年 in a 2026 report's look back names that year, not the report's: the latest named
        Integer namedInPeriod = null;
        Integer opened = null;
        for (String line : lines) {
            String s = Names.normalize(line);
            Matcher opens = OPENS_PERIOD.matcher(s);
            // 明年要确保“十五五”开好局: a year-end text looking ahead, not the year it speaks in
            if (opened == null
                    && opens.find()
                    && !NEXT_YEAR
                            .matcher(s.substring(s.lastIndexOf('。', opens.start()) + 1, opens.start()))
                            .find()) {
                opened = numbered(opens.group(1)).baseYear() + 1;
            }
            Matcher period = PERIOD_YEAR.matcher(s);
            while (period.find()) {
                if (period.group(2) != null) {
                    int year = Integer.parseInt(period.group(2));
                    namedInPeriod = namedInPeriod == null ? year : Math.max(namedInPeriod, year);
                    continue;
                }
                PlanPeriod named = numbered(period.group(3));
                return Optional.of(period.group(4).contains("收官") ? named.endYear() : named.baseYear() + 1);
            }
            Matcher goals = PRESENTED_YEAR.matcher(s);
            while (goals.find()) {
                int year = Integer.parseInt(goals.group(1) != null ? goals.group(1) : goals.group(3));
                // a report dated 2026 speaks in 2026, or at the year's end in the next: a later year is a horizon
                if (dated.map(d -> year <= d + 1).orElse(true)) {
                    presented = presented == null ? year : Math.max(presented, year);
                }
            }
        }
        if (namedInPeriod != null) {
            return Optional.of(namedInPeriod);
        }
        if (presented != null) {
            return Optional.of(presented);
        }
        // the weakest sign, after any date: a report that gives no other sets out to open the period
        return dated.isPresent() ? dated : Optional.ofNullable(opened);
    }

    /** The five-year period 十{@code numeral}五 names: 五 is the 15th (2026-2030). */
    private static PlanPeriod numbered(String numeral) {
        return PlanPeriod.fiveYear(10 + " 一二三四五六七八九".indexOf(numeral));
    }

    /**
     * The latest date near the top: a page's own date, where earlier ones are events it mentions or
     * the links around it (读懂龙江丨2023年2月9日, 早安研讨会… under a 2026 report).
     */
    private static Optional<Integer> dateline(List<String> lines) {
        Integer latest = null;
        Integer published = null;
        for (String line : lines.subList(0, Math.min(lines.size(), DATELINE_LINES))) {
            // spaces kept: 2026-01-22 08:46 is a date and a time, not 2026-01-2208
            String text = java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC);
            Matcher date = DATELINE.matcher(text);
            while (date.find()) {
                int year = Integer.parseInt(date.group(1));
                latest = latest == null ? year : Math.max(latest, year);
                if (labelsAsPublished(text.substring(0, date.start()))) {
                    published = published == null ? year : Math.max(published, year);
                }
            }
        }
        if (published != null) {
            return Optional.of(published);
        }
        for (String line : lines.subList(0, Math.min(lines.size(), HEADING_LINES))) {
            Matcher delivered = DELIVERED.matcher(Names.normalize(line));
            if (delivered.find()) {
                int year = Integer.parseInt(delivered.group(1));
                latest = latest == null ? year : Math.max(latest, year);
                break;
            }
        }
        return Optional.ofNullable(latest);
    }
}
