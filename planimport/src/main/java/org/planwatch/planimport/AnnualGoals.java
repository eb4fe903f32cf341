package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * This year's goals in a report: a government work report, or news of one, sets them (今年经济社会
 * 发展的主要预期目标是：地区生产总值增长5.5%左右，…) beside its account of last year and of the plan's
 * period, often in the same words. The year is the one the report speaks in ({@link ReportYear}, or
 * the user's --year); a sentence is this year's when it says 今年, names that year alone, or stands
 * under a line that announced this year's goals or work, and never when it looks elsewhere (去年,
 * 明年, 今年1-9月, 今年以来, a five-year period, a span of years).
 */
final class AnnualGoals {
    /** What announces goals or work: 主要预期目标, 今年重点做好11项工作, 三、2026年部分重点工作, 2026年…总体要求, …的目标. */
    private static final String WORK =
            "[^。]{0,25}?(?:目标|总体要求|重点工作|工作安排|重点做好|工作重点|工作任务|方面工作|开展工作|项工作|大工作|民生实事|民生工程|民生项目|重点任务|工作思路)";
    /** 今年 as this year, not a time within it (今年1-9月, 今年前三季度, 今年上半年) nor a look back over it (今年以来). */
    private static final String THIS_YEAR = "(?:今年(?!\\d|[一二三四]季度|[一二三四五六七八九十]{1,2}月|前|上半|下半|以来)|本年度)";
    /** 完成年度投资500亿元, 全年新增就业: in a report, the year it speaks in, where nothing says another time. */
    private static final Pattern THE_YEARS_OWN = Pattern.compile("(?<![分各跨上下一\\d])年度(?=投资|目标|任务|计划)|全年(?!平均|累计)");

    private static final Pattern THIS_YEAR_ONLY = Pattern.compile(THIS_YEAR);
    /** 今年的政府工作报告提出: this year's report, and so its goals, quoted (a dated 2026年…政府工作报告 may be past). */
    private static final Pattern THIS_YEARS_WORK = Pattern.compile(THIS_YEAR + "(?:" + WORK + "|的?政府工作报告)");

    private static final Pattern EXPECTED_GOALS = Pattern.compile("预期目标");
    /**
     * A line about another time than this year: 去年, 明年, 过去, 以来, a five-year period, 到2030年, a
     * span (2026—2030年), a report's contents (…工作回顾…), this year so far (今年1-9月): it announces
     * nothing of this year's goals.
     */
    private static final Pattern ELSEWHERE =
            Pattern.compile("去年|明年|上年|过去|以来|回顾|" + PlanPeriod.WORD + "|到20\\d\\d|20\\d\\d年?[—\\-~～至到]20\\d\\d"
                    // this year so far: 今年1-9月, 前三季度, 上半年, 截至…
                    + "|今年(?=\\d|[一二三四]季度|[一二三四五六七八九十]{1,2}月|前|上半|下半)|前三季度|上半年|截至");
    /** 2026年经济社会发展主要预期目标: the goals of the year named (not 到2030年, not across a comma). */
    private static final Pattern NAMED_YEARS_GOALS = Pattern.compile("(?<!到)(20\\d\\d)年[^。；;,，:：]{0,25}?预期目标");
    /** Goals that are met, not set: 2025年主要预期目标顺利完成. */
    private static final Pattern MET = Pattern.compile("预期目标[^,，;；:：]{0,6}(完成|实现|超额)");

    /** 赤字率拟按4%安排，赤字规模比上年增加…: a budget drawn up sizes itself against last year's; it speaks of this one. */
    private static final Pattern BUDGET_AGAINST_LAST_YEAR = Pattern.compile("(拟按?[^。]*安排[^。]*)比上年");

    /** 主要预期目标是：, 预期目标为: what follows is the list of the goals announced. */
    private static final Pattern GOALS_LISTED = Pattern.compile("预期目标(?:是|为)[:：]?");

    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)年");
    /** A line that is only a year, heading a report's part on it: 2026年——, 2025年: */
    private static final Pattern YEAR_HEADING = Pattern.compile("^(20\\d\\d)年[—\\-－:：]*$");
    /** 2026年，积极稳妥推进碳达峰。: a paragraph of a report that opens its part on the year with the year alone. */
    private static final Pattern YEAR_OPENING = Pattern.compile("^\\s*(20\\d\\d)年[,，]");

    private final Optional<Integer> year;
    /** 2026年…重点工作: the report's own year announcing its work, compiled once for the report. */
    private final Optional<Pattern> yearsWork;

    private AnnualGoals(Optional<Integer> year) {
        this.year = year;
        // 面向2026年，民航将力争完成…: what a sector sets out to do in the year
        this.yearsWork = year.map(y -> Pattern.compile("(?<!\\d)" + y + "年" + WORK + "|面向" + y + "年"));
    }

    /** The goals of a report's year: the one the user gives, else the one its text tells. */
    static AnnualGoals of(List<String> lines, Optional<Integer> given) {
        return new AnnualGoals(given.or(() -> ReportYear.of(lines)));
    }

    /** The year the report speaks in, if it is told. */
    Optional<Integer> year() {
        return year;
    }

    /** Whether a sentence of {@code line} announces this year's goals or work. */
    boolean announced(String line) {
        for (String sentence : sentences(line)) {
            if (!elsewhere(sentence)
                    && (THIS_YEARS_WORK.matcher(sentence).find()
                            || EXPECTED_GOALS.matcher(sentence).find()
                            || yearsWork.filter(p -> p.matcher(sentence).find()).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence of {@code line} speaks of another time than this year (去年, 十五五, 2025年…). */
    boolean speaksOfAnotherTime(String line) {
        return java.util.Arrays.stream(sentences(line)).anyMatch(this::elsewhere);
    }

    private static String[] sentences(String line) {
        return normalized(line).split("[。！？!?]");
    }

    /** A sentence about another time: 去年, 以来, a period (not only the year's place in it), another year. */
    private boolean elsewhere(String sentence) {
        String s = BUDGET_AGAINST_LAST_YEAR.matcher(sentence).replaceAll("$1");
        return ELSEWHERE.matcher(withoutPlaceInPeriod(s)).find() || namesAnotherYear(s);
    }

    /** Whether any line of {@code lines} announces this year's goals or work, or heads a part on this year (2026年). */
    boolean announcedIn(List<String> lines) {
        return lines.stream()
                .anyMatch(l -> announced(l)
                        || (year.isPresent()
                                && (heading(l).equals(year) || opening(l).equals(year))));
    }

    /** The year a paragraph opens with alone (2026年，…), if it does. */
    private static Optional<Integer> opening(String line) {
        Matcher m = YEAR_OPENING.matcher(Names.normalize(line));
        return m.lookingAt() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** The year a line that is only a year heads (2025年——), if it is one. */
    static Optional<Integer> heading(String line) {
        Matcher m = YEAR_HEADING.matcher(Names.normalize(line));
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** Whether {@code sentence} speaks of 今年 (a report that names no year cannot date it). */
    static boolean speaksOfThisYear(String sentence) {
        return THIS_YEAR_ONLY.matcher(Names.normalize(sentence)).find();
    }

    /**
     * The year whose goals {@code sentence} sets, where it sets this year's: the year named with its
     * 预期目标 (this year's or later, not goals met); for 今年, for a sentence that names the report's
     * year alone, for one past the end of the plan at hand, and for one under a line that announced
     * this year's goals or work, the report's year; null where it sets none or looks elsewhere.
     */
    Integer yearOf(String sentence, ProseTime.When when, boolean underAnnouncement, Plan plan) {
        if (when.past() != null) {
            return null;
        }
        String s = BUDGET_AGAINST_LAST_YEAR.matcher(normalized(sentence)).replaceAll("$1");
        // 主要预期目标是：…，碳排放双控达到国家下达“十五五”目标任务的序时进度: the list is this year's, whatever
        // period a goal in it refers to; only what comes before the announcement can date it elsewhere
        Matcher list = GOALS_LISTED.matcher(s);
        String dating = list.find() ? s.substring(0, list.end()) : s;
        if (ELSEWHERE.matcher(withoutPlaceInPeriod(dating)).find()
                && !THIS_YEAR_ONLY.matcher(s).find()) {
            return null;
        }
        Matcher goals = NAMED_YEARS_GOALS.matcher(s);
        if (goals.find()) {
            int named = Integer.parseInt(goals.group(1));
            boolean ahead = year.map(y -> named >= y).orElse(true);
            return ahead && !MET.matcher(s).find() ? named : null;
        }
        if (year.isEmpty()) {
            return null;
        }
        int y = year.get();
        if (THIS_YEAR_ONLY.matcher(s).find() || THE_YEARS_OWN.matcher(s).find()) {
            return y;
        }
        if (when.explicit()) {
            // 2026年，…: this year's, unless a plan of later years holds the sentence (its milestone)
            return when.year() == y && (y > plan.targetYear() || plan.oneYear()) ? y : null;
        }
        Matcher any = ANY_YEAR.matcher(dating);
        boolean named = false;
        while (any.find()) {
            if (Integer.parseInt(any.group(1)) != y) {
                return null; // 2025年… beside it: a look back or another year's goal, ProseTime's to tell
            }
            named = true;
        }
        boolean announces = dating.length() < s.length();
        return named
                        || ((underAnnouncement || announces)
                                && PlanPeriod.namedPeriod(dating).isEmpty())
                ? y
                : null;
    }

    private boolean namesAnotherYear(String s) {
        Matcher any = ANY_YEAR.matcher(s);
        while (any.find()) {
            if (year.isEmpty() || Integer.parseInt(any.group(1)) != year.get()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 作为“十五五”开局之年: the year's place in the period dates the year; it neither speaks of the
     * period nor names its plan.
     */
    static String withoutPlaceInPeriod(String s) {
        return PLACE_IN_PERIOD.matcher(s).replaceAll("");
    }

    private static final Pattern PLACE_IN_PERIOD =
            Pattern.compile("“?" + PlanPeriod.WORD + "”?(?:规划)?(?:的)?(?:开局|起步|收官)+之年");

    private static String normalized(String text) {
        return PlanPeriod.arabicYears(Names.normalize(text));
    }
}
