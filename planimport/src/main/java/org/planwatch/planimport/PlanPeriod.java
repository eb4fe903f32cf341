package org.planwatch.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;
import org.planwatch.domain.Target;

/**
 * The years a plan covers, read from its title: a five-year period by name (“十五五”, 第十五个五年),
 * an explicit span ((2026—2030年), 2021～2035年), a 2035 vision (2035年远景目标) or the year a
 * special plan names itself by (健康江门2030). A five-year period is named by its number in a plan
 * id ({@code 15}); anything else by the year it ends ({@code 2030}, {@code 2027}).
 *
 * @param idPart what the plan id says of the period: {@code 15} or {@code 2027}
 * @param baseYear the last year before the plan: what happened then or earlier is a fact, not a target
 * @param endYear the year the plan's targets are for unless a sentence or column names another
 */
public record PlanPeriod(String idPart, int baseYear, int endYear) {
    private static final int LONG_PLAN_YEARS = 15;
    /**
     * The name of a five-year period as prose writes it (十四五, 十五五), a regular expression: the
     * one spelling every rule that meets a period in running text or a cell builds on.
     */
    public static final String WORD = "十[一二三四五六七八九]五";

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    /** 十三五, 十五五; 第十五个五年; the 十 may be written out before the digit only (十三 … 十九). */
    private static final Pattern PERIOD_WORD = Pattern.compile("十([一二三四五六七八九])五(?!年)|第十([一二三四五六七八九])个五年");

    private static final Pattern SPAN =
            Pattern.compile("((?:19|20)\\d\\d)\\s*年?\\s*[-—–－~～至到]+\\s*((?:19|20)\\d\\d)\\s*年?");
    private static final Pattern VISION = Pattern.compile("((?:19|20)\\d\\d)\\s*年?远景目标");
    /** A year a special plan is named by: 健康江门2030, “健康中国2030”. */
    /**
     * A title of one year's goals: 2026年市政府主要工作目标任务分解落实方案, 2026年国民经济和社会发展计划, 2026年
     * 工作要点, 2026年民生工程实施方案 (not a 行动计划, whose years run further).
     */
    private static final Pattern ANNUAL_TITLE = Pattern.compile("(?<!\\d)(20\\d\\d)年度?[^,，。]{0,20}?"
            + "(工作要点|工作目标|目标任务|重点工作|工作任务|政府工作报告|民生工程|民生实事|民生项目|(?:发展|年度)计划(?!.*行动))");

    private static final Pattern NAMED_YEAR =
            Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)(?!\\s*年?\\s*[-—–－~～至到])(?!\\s*年?\\s*(版|修订|修编|\\d{1,2}月))");

    /** The five-year period numbered {@code number} (13 for 十三五, 2016-2020). */
    public static PlanPeriod fiveYear(int number) {
        int end = 2020 + Target.PLAN_PERIOD_YEARS * (number - 13);
        return new PlanPeriod(String.valueOf(number), end - Target.PLAN_PERIOD_YEARS, end);
    }

    /** The period ending in {@code year}: a five-year period if one ends then, else the year itself. */
    public static PlanPeriod ending(int year) {
        if (year >= 1990 && (year - 2020) % Target.PLAN_PERIOD_YEARS == 0) {
            return fiveYear(13 + (year - 2020) / Target.PLAN_PERIOD_YEARS);
        }
        return new PlanPeriod(String.valueOf(year), year - Target.PLAN_PERIOD_YEARS, year);
    }

    /** The five-year period whose years hold {@code year}: the 15th (2026-2030) for 2026, the 14th for 2025. */
    public static PlanPeriod holding(int year) {
        int into = Math.floorMod(year - 2020, Target.PLAN_PERIOD_YEARS);
        return ending(into == 0 ? year : year + Target.PLAN_PERIOD_YEARS - into);
    }

    /**
     * The period a title names, if any. A period word wins over a vision named with it
     * (…第十五个五年规划和二〇三五年远景目标纲要 is the 15th plan); a span that is exactly a five-year
     * period is that period.
     */
    public static Optional<PlanPeriod> in(String title) {
        String t = arabicYears(Names.normalize(title));
        Optional<PlanPeriod> word = namedPeriod(t);
        if (word.isPresent()) {
            return word;
        }
        Optional<PlanPeriod> span = spanOf(t);
        if (span.isPresent()) {
            return span;
        }
        Matcher vision = VISION.matcher(t);
        if (vision.find()) {
            return Optional.of(visionOrYear(Integer.parseInt(vision.group(1))));
        }
        Matcher annual = ANNUAL_TITLE.matcher(t);
        if (annual.find()) {
            return Optional.of(oneYear(Integer.parseInt(annual.group(1))));
        }
        Matcher named = NAMED_YEAR.matcher(t);
        if (named.find()) {
            return Optional.of(visionOrYear(Integer.parseInt(named.group(1))));
        }
        return Optional.empty();
    }

    /** The period a span labelled as the plan's states (规划期 2026–2030 年, 规划期限为2026—2030年), if any. */
    public static Optional<PlanPeriod> labelledSpanIn(String text) {
        Matcher label = SPAN_LABEL.matcher(arabicYears(Names.normalize(text)));
        return label.find() ? spanOf(label.group(1)) : Optional.empty();
    }

    /** 规划期, 规划期限, 实施期: what labels a span as the plan's own years. */
    private static final Pattern SPAN_LABEL =
            Pattern.compile("(?:规划期限?|实施期限?|期限)(?:为|是)?[:：]?\\s*((?:19|20)\\d\\d.{0,12})");

    private static Optional<PlanPeriod> spanOf(String normalized) {
        Matcher span = SPAN.matcher(normalized);
        if (span.find()) {
            int start = Integer.parseInt(span.group(1));
            int end = Integer.parseInt(span.group(2));
            if (end > start) {
                PlanPeriod fiveYear = ending(end);
                return Optional.of(
                        end - start == 4 && fiveYear.isFiveYear()
                                ? fiveYear
                                : new PlanPeriod(String.valueOf(end), start - 1, end));
            }
        }
        return Optional.empty();
    }

    /** The five-year period a text names by word (十四五 in a sentence about the past), if any. */
    public static Optional<PlanPeriod> namedPeriod(String text) {
        Matcher m = PERIOD_WORD.matcher(Names.normalize(text));
        if (!m.find()) {
            return Optional.empty();
        }
        String digit = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(fiveYear(10 + java.util.Arrays.asList(NUMERALS).indexOf(digit)));
    }

    /** Whether {@code text} names, by word, the five-year period ending in {@code endYear} (among others). */
    static boolean namesPeriodEnding(String text, int endYear) {
        return allNamed(text).anyMatch(p -> p.endYear() == endYear);
    }

    /** Every five-year period {@code text} names by word, in order. */
    static java.util.stream.Stream<PlanPeriod> allNamed(String text) {
        return PERIOD_WORD.matcher(Names.normalize(text)).results().map(m -> {
            String digit = m.group(1) != null ? m.group(1) : m.group(2);
            return fiveYear(10 + java.util.Arrays.asList(NUMERALS).indexOf(digit));
        });
    }

    public boolean isFiveYear() {
        return idPart.matches("\\d{2}");
    }

    /** Whether this is {@link #oneYear one year's goals}. */
    public boolean isOneYear() {
        return idPart.startsWith("annual-");
    }

    /** One year's goals (a work report's, an annual plan's): {@code annual-2026}, from the year before. */
    public static PlanPeriod oneYear(int year) {
        return new PlanPeriod("annual-" + year, year - 1, year);
    }

    /**
     * A year plans are named by (健康江门2030, 2035年远景目标) is the end of a long plan, not of a
     * five-year period. Such plans print no start: the genre's start fifteen years before (the
     * Healthy China 2030 family counts from 2015; the 2035 visions from 2020) is taken as the base.
     */
    private static PlanPeriod visionOrYear(int year) {
        return new PlanPeriod(String.valueOf(year), year - LONG_PLAN_YEARS, year);
    }

    /** 二〇三五年 as 2035年: some titles write years in Chinese digits. */
    static String arabicYears(String text) {
        Matcher m = Pattern.compile("[〇零一二三四五六七八九]{4}(?=年)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                digits.append(
                        c == '〇' || c == '零'
                                ? 0
                                : java.util.Arrays.asList(NUMERALS).indexOf(String.valueOf(c)));
            }
            m.appendReplacement(out, digits.toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
