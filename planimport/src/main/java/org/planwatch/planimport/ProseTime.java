package org.planwatch.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * When a sentence of a plan's running text is about: the year it sets a target for, or the past it
 * reports. Plans open with what the last period achieved in the same words they set targets in
 * (全市地区生产总值达到3600亿元), so the time decides: a sentence with {@code 到YYYY年} is about that
 * year, and about the past if that year is the plan's base year or earlier; a sentence that names
 * only such years (比2020年增长, 2025年达到), or an earlier period (“十四五”期间, in a 十五五 plan), or
 * says it looks back (已, 以来, 过去), or stands in a chapter on the plan's starting point (发展基础,
 * 发展回顾) reports the past; a sentence that names no time at all is about the plan's end year.
 */
final class ProseTime {
    /** 到2030年; not a year a figure is measured against (达到2012年以来最高水平, 恢复到2019年的水平). */
    static final Pattern TARGET_YEAR = Pattern.compile("到\\s*(20\\d\\d)\\s*年(?!以来|的?水平)");
    /** After a year a sentence opens with, a statistic's name and a verb of reaching with a figure: its goal of that year. */
    private static final String NAMED_GOAL = "\\p{IsHan}[^，,。；;\\d]{1,30}?(?:达到|达|突破|超过|增至|提高到|提升到|降至|降到|稳定在|控制在)约?\\d";
    /**
     * A year between a statistic's name and its figure: 数据和网络安全产业2030年规模2500亿元, 比重2030年达50%以上 (not
     * 2025年的, 2030年前, 2025年4月, 力争2017年达到…, where a voice names the year and no statistic stands before it).
     */
    static final Pattern YEAR_OF_FIGURE = Pattern.compile(
            "(?<=[\\p{IsHan}）)])(?<!力争|争取|确保|预计|计划|将于|将在|要在)(20\\d\\d)年(?=(?:规模|营收|营业收入|产值|总量|收入|增加值)?(?:达到|达|突破|超过)?约?\\d+(?:\\.\\d+)?(?![\\d.月日号季]))");
    /** A sentence that opens with its year: 2030年，… / 2030年关键目标值：… / 2030年目标1.5万亿元 / 2030年…达到… */
    private static final Pattern OPENING_YEAR =
            Pattern.compile("^(力争|争取)?(到|至|在)?(20\\d\\d)年(底|末)?(?:[,，]|的?(?:主要|关键|核心)?(?:预期)?目标值?[:：]?"
                    // 2030年光电子信息产业规模达到1.5万亿元: the year, then what reaches a figure by it
                    + "|(?=" + NAMED_GOAL + "))");
    /** 至2027年底打造…: the end of a year a goal is set for, as 到 sets it (not the end of a span, 2025年至2027年底). */
    private static final Pattern BY_YEAR_END = Pattern.compile("(?<![\\d年])至\\s*(20\\d\\d)\\s*年(?:底|末)");

    /**
     * A year named inside a sentence as its goal's: 希望在2035年…, 展望2035年, 至2030年, 实现2030年…达到
     * (not 在2020年的基础上).
     */
    private static final Pattern GOAL_YEAR = Pattern.compile("(展望|至|在|实现)\\s*(20\\d\\d)\\s*年(?![的]?基础|以来|前)");

    /**
     * A span a sentence sets its targets over, standing as a clause of its own (2021~2030年，…): its
     * end year is the targets'. A plan's title in brackets (2020—2035年) is no such clause.
     */
    private static final Pattern SPAN = Pattern.compile("(20\\d\\d)\\s*[~～\\-—–至到]\\s*(20\\d\\d)\\s*年\\s*[,，]");

    /** The end of a plan's period as prose names it: 到“十五五”时期末, 十四五末. */
    static final String PERIOD_END = "(?:到|至)?“?" + PlanPeriod.WORD + "”?(?:时期末|期末|末)";

    private static final Pattern OWN_PERIOD_END = Pattern.compile("^(力争|争取)?" + PERIOD_END + "[,，]");
    /** An earlier period named as the measure of this one's target: 与“十四五”…一致, 比“十四五”末. */
    private static final Pattern COMPARED_PERIOD =
            Pattern.compile("(与|同|较|比)“?" + PlanPeriod.WORD + "”?[^,，;；]*(一致|相当|持平|基础上|末)");

    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
    /**
     * A year that opens a clause as that clause's own goal (…，力争2024年江津班列到发量占全市50%，…): a
     * milestone inside the plan's years, not the sentence's time; only what is striven for (力争,
     * 争取) is taken so, since a bare 2024年…达到 may report a year already past.
     */
    static final Pattern CLAUSE_MILESTONE =
            Pattern.compile("(?:^|(?<=[,，;；]))(?:力争|争取)(?:到|在|至)?(20\\d\\d)年(?:底|末)?+(?![的]?基础|以来|前|[,，;；])");

    /** A digest's bracket after a figure that files it among results: 年均增长超过10%(十四五成就). */
    private static final Pattern MARKED_DONE = Pattern.compile("[(（][^()（）]{0,8}(?:成就|成效|实绩|完成情况|已完成|实际完成)[)）]");

    /**
     * Words that look back; 已 of a plan issued (已由市政府办公厅印发, 已经审议通过) says when it was published, not what was
     * done, and 目标已经明确 that goals are made known, ahead.
     */
    private static final Pattern LOOKS_BACK = Pattern.compile(
            "已(?!经?(?:由[^，。,;；]{0,15})?(?:印发|审议通过|发布|出台|明确|确定))|以来|过去|回顾|上年|去年|同比|创历史|历史(?:新高|新低|最|上|同期|低位|高位|较好|较高|较低|性)|实际完成|完成情况|累计完成|取得了|所取得|取得的");
    /** A part of a sentence between semicolons. */
    private static final Pattern SEMICOLON = Pattern.compile("[;；]");
    /** A part that speaks of what is ahead with a figure: 计划建设100公里农村公路. */
    private static final Pattern AHEAD_PART = Pattern.compile("(将|计划|力争|争取|今年)[^;；]*\\d");

    /**
     * Whether the look back at {@code at} is an aside without figures between parts that plan ahead
     * (…今年将完成…1.5万平方米；…目前已经完成了初步设计方案；计划建设100公里农村公路): it dates only itself.
     */
    private static boolean figurelessAside(String sentence, int at) {
        String[] parts = SEMICOLON.split(sentence, -1);
        int start = 0;
        for (String part : parts) {
            int end = start + part.length();
            if (at >= start && at < end) {
                if (part.matches(".*\\d.*")) {
                    return false;
                }
                String others =
                        sentence.substring(0, start) + "；" + sentence.substring(Math.min(end + 1, sentence.length()));
                return AHEAD_PART.matcher(others).find();
            }
            start = end + 1;
        }
        return false;
    }

    /** A later clause that speaks of what is ahead: the look back before it is not its time. */
    private static final Pattern AHEAD_AFTER = Pattern.compile("[,，;；][^,，;；]*(将|力争|争取)[^,，;；]*\\d");
    /**
     * An earlier clause that sets a goal ahead with its figure (将今年…增长目标设定在4.5%至5%，这是自1991年以来最低):
     * the look back after it comments on the goal, it does not date it.
     */
    private static final Pattern AHEAD_BEFORE = Pattern.compile("(?:今年|将|力争|争取)[^,，;；]*目标[^,，;；]*\\d[^,，;；]*[,，;；]"
            // 赤字率拟按4%左右安排，赤字规模比上年增加…: a budget drawn up, then its size against last year's
            + "|拟按?[^,，;；]*\\d[^,，;；]*安排[,，;；]"
            // 主要预期目标是：…，粮食产量1300亿斤以上、力争比去年实现更多增长: a list of goals, compared with last year
            + "|预期目标(?:是|为)[:：]?[^。]*\\d");
    /** A chapter or section heading: 第一章, 第二节, 一、, # …; (一) and 1. are smaller and do not end a chapter. */
    private static final Pattern CHAPTER =
            Pattern.compile("^\\s*(#+\\s*)?(\\*\\*)?\\s*(第[一二三四五六七八九十百\\d]+[章节篇]|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、).*");

    /**
     * A numbered item that is a sentence, not a heading: it ends as one (一、实现城镇新增就业8500人，劳务输转
     * 11.36万人以上。) or holds a full stop before more text.
     */
    private static final Pattern LIST_ITEM = Pattern.compile("[。；;]\\s*(\\*\\*)?\\s*$|。.");

    /** A heading whose topic is the starting point: it ends with the word (塑造发展环境新优势 is no account of the past). */
    private static final Pattern PAST_CHAPTER =
            Pattern.compile(".*(发展基础|现实基础|工作基础|回顾|成就|成效|成绩|进展|形势|发展环境|外部环境|背景|现状|完成情况)[\\s.…\\d*]*"
                    // 2026年最新进展（截至6月）: the time it reports to, in brackets
                    + "(?:[(（][^()（）]{0,12}[)）])?[\\s*]*$");

    /**
     * What a sentence is about.
     *
     * @param year the year it sets targets for; null if it sets none
     * @param explicit whether the sentence or its paragraph names the year ({@code 到2030年}); a
     *     sentence that does not must bear a target's verb or bound to state one
     * @param past why it reports the past; null if it does not
     */
    record When(Integer year, boolean explicit, String past) {
        static When target(int year, boolean explicit) {
            return new When(year, explicit, null);
        }

        static When past(String why) {
            return new When(null, false, why);
        }

        static When none() {
            return new When(null, false, null);
        }
    }

    private ProseTime() {}

    /** Whether {@code line} opens a chapter or section; {@link #pastChapter} tells whether a past one. */
    static boolean opensChapter(String line) {
        return CHAPTER.matcher(line).matches() && !LIST_ITEM.matcher(line).find();
    }

    /** Whether a chapter heading opens an account of the past: 发展基础, or a period before the plan's. */
    static boolean pastChapter(String heading, Plan plan) {
        // 二、“十四五”时期发展成就和“十五五”时期主要目标任务 looks back and then ahead: the plan's own period named, it is the plan's
        return PAST_CHAPTER.matcher(heading.replace("**", "").strip()).matches()
                || (earlierPeriod(heading, plan).isPresent()
                        && !PlanPeriod.namesPeriodEnding(Names.normalize(heading), plan.targetYear()));
    }

    /**
     * @param paragraphYear the year an earlier sentence of the paragraph named with 到YYYY年, or null
     * @param inPastChapter whether the sentence stands in a chapter on the plan's starting point
     */
    static When of(String sentence, Plan plan, Integer paragraphYear, boolean inPastChapter) {
        return of(sentence, plan, paragraphYear, inPastChapter, false);
    }

    /**
     * @param visionsAreTargets whether a year after the plan's end is a target of that year (in a
     *     report of a plan, which quotes the vision among the goals) rather than a vision to skip
     */
    static When of(
            String sentence, Plan plan, Integer paragraphYear, boolean inPastChapter, boolean visionsAreTargets) {
        Matcher done = MARKED_DONE.matcher(sentence);
        if (done.find()) {
            // read before normalizing, which takes a trailing bracket off as a unit
            return When.past("'" + done.group() + "' marks it as done");
        }
        String s = PlanPeriod.arabicYears(Names.normalize(sentence));
        Integer named = namedYear(s, plan, visionsAreTargets);
        if (named != null) {
            int y = named;
            if (y <= plan.baseYear()) {
                return When.past("it is about " + y + ", not after the plan's base year " + plan.baseYear());
            }
            // a report of a plan quotes its 2035 vision as one of its goals (为到2035年…翻一番): a target of
            // its own year; the plan's own text sets its vision apart from its targets
            return y > plan.targetYear() && !visionsAreTargets
                    ? When.past("it is about " + y + ", after the plan's end year " + plan.targetYear()
                            + ": a vision, not a target of this plan")
                    : When.target(y, true);
        }
        if (OWN_PERIOD_END.matcher(s).find() && earlierPeriod(s, plan).isEmpty()) {
            return When.target(plan.targetYear(), true);
        }
        // a clause's own milestone (力争2024年…) leaves the sentence to the plan's years; TextTargets gives it its year
        Matcher any = ANY_YEAR.matcher(withoutMilestones(s, plan));
        int latest = 0;
        while (any.find()) {
            int y = Integer.parseInt(any.group(1));
            // 比2025年增加0.8张 in a 15th plan measures from its base; 比2020年 is the past's measure
            // in a paragraph that named its target year (到2025年，…。单位能耗比2020年下降13.5%) any 比YYYY年 is the measure
            boolean measure = any.start() > 0 && "比较".indexOf(s.charAt(any.start() - 1)) >= 0;
            boolean baseline = measure && (y == plan.baseYear() || paragraphYear != null);
            // 将今年…目标设定在4.5%至5%，这是自1991年以来最低: a look back that comments on a goal set before it
            // dates nothing; LOOKS_BACK weighs it
            boolean since = s.startsWith("以来", any.end())
                    && AHEAD_BEFORE.matcher(s.substring(0, any.start())).find();
            if (!baseline && !since) {
                latest = Math.max(latest, y);
            }
        }
        if (latest > 0) {
            if (latest <= plan.baseYear()) {
                return When.past("it names " + latest + ", not after the plan's base year " + plan.baseYear());
            }
            // a report's “十五五”时期…年均增长5%左右，2030年人均GDP…: the plan's own period names the year
            boolean ownPeriod = PlanPeriod.namedPeriod(s)
                    .filter(p -> p.endYear() == plan.targetYear())
                    .isPresent();
            return visionsAreTargets && ownPeriod ? When.target(plan.targetYear(), true) : When.none();
        }
        Optional<PlanPeriod> earlier = earlierPeriod(s, plan);
        if (earlier.isPresent()) {
            return When.past("it is about the period ending " + earlier.get().endYear() + ", before the plan's");
        }
        if (paragraphYear != null) {
            return When.target(paragraphYear, true);
        }
        if (inPastChapter) {
            return When.past("it stands in a chapter on the plan's starting point");
        }
        Matcher back = LOOKS_BACK.matcher(s);
        // 纲要已编制完成，明确了…总体目标，其中GDP将达10万亿元左右: what the later clause says is ahead
        if (back.find()
                && !AHEAD_AFTER.matcher(s.substring(back.end())).find()
                && !AHEAD_BEFORE.matcher(s.substring(0, back.start())).find()
                && !figurelessAside(s, back.start())) {
            return When.past("'" + back.group() + "' looks back");
        }
        return When.target(plan.targetYear(), false);
    }

    /**
     * The year normalized sentence {@code s} names as its goal's, in order of how plainly it says so:
     * 到YYYY年, a year it opens with, the end of a span, 至YYYY年底, and, where visions are targets, a
     * goal's year after the plan's base (展望2035年); null if none.
     */
    private static Integer namedYear(String s, Plan plan, boolean visionsAreTargets) {
        Matcher year = TARGET_YEAR.matcher(s);
        if (year.find()) {
            return Integer.valueOf(year.group(1));
        }
        Matcher opening = OPENING_YEAR.matcher(s);
        if (opening.find()) {
            return Integer.valueOf(opening.group(3));
        }
        Matcher span = SPAN.matcher(s);
        if (span.find()) {
            return Integer.valueOf(span.group(2));
        }
        Matcher yearEnd = BY_YEAR_END.matcher(s);
        if (yearEnd.find()) {
            return Integer.valueOf(yearEnd.group(1));
        }
        Matcher goal = GOAL_YEAR.matcher(s);
        if (visionsAreTargets && goal.find() && Integer.parseInt(goal.group(2)) > plan.baseYear()) {
            return Integer.valueOf(goal.group(2));
        }
        Matcher inside = YEAR_OF_FIGURE.matcher(s);
        if (inside.find()) {
            return Integer.valueOf(inside.group(1));
        }
        return null;
    }

    /** Whether {@code sentence} opens with its year ({@link #OPENING_YEAR}: 2026年，…), which then dates every clause. */
    static boolean opensWithYear(String sentence) {
        return OPENING_YEAR
                .matcher(PlanPeriod.arabicYears(Names.normalize(sentence.strip())))
                .lookingAt();
    }

    /**
     * The sentence without the time it opens with or names as 到YYYY年, normalized; {@code null} if it
     * names none: what remains holds the clauses.
     */
    static String afterTime(String sentence) {
        String s = PlanPeriod.arabicYears(Names.normalize(sentence));
        // a span clause first: 2021~2030年，…，二氧化碳排放到2030年左右达到峰值 holds its figures before the 到
        for (Pattern p : new Pattern[] {SPAN, TARGET_YEAR, OPENING_YEAR, OWN_PERIOD_END, BY_YEAR_END, GOAL_YEAR}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return s.substring(m.end());
            }
        }
        return null;
    }

    /**
     * A clause naming a later year as what the sentence prepares for (…，为到2035年人均国内生产总值翻一番打好基础): the
     * sentence is about the plan's own years, and that year dates none of its goals.
     */
    private static final Pattern PURPOSE =
            Pattern.compile("[,，;；]?为(?:到|在)?20\\d\\d年[^。；;]*?(?:打好|打下|奠定|夯实)[^。；;]{0,6}基础");

    /**
     * Whether the sentence names a year beyond the plan only as what it prepares for: the paragraph
     * goes on about the plan's own years, though the sentence, read whole, is about the vision.
     */
    static boolean onlyPreparesFor(String sentence, Plan plan) {
        String s = PlanPeriod.arabicYears(Names.normalize(sentence));
        Matcher purpose = PURPOSE.matcher(s);
        return purpose.find() && of(purpose.replaceAll(""), plan, null, false).past() == null;
    }

    /** {@code s} without the clause milestones that fall within the plan's years. */
    private static String withoutMilestones(String s, Plan plan) {
        Matcher m = CLAUSE_MILESTONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            m.appendReplacement(
                    out, y > plan.baseYear() && y <= plan.targetYear() ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<PlanPeriod> earlierPeriod(String text, Plan plan) {
        // 与“十四五”规划目标保持一致 measures the plan by the last one; it does not report the past
        String t = COMPARED_PERIOD.matcher(Names.normalize(text)).replaceAll("");
        return PlanPeriod.namedPeriod(t).filter(p -> p.endYear() <= plan.baseYear());
    }
}
