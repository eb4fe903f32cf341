package org.planwatch.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a plan's indicator table, read as a typed target: {@code 6 左右} is about 6,
 * {@code 控制在 3.0 以内} at most 3.0, {@code [0.2]} a rise of 0.2 over the period,
 * {@code 完成市下达任务} a number the city will assign later, {@code 5—5.5%} a range. Parsing is
 * strict: a cell that fits no known form is an error, never a guess. Footnote marks after a number
 * ({@code 5.5①}, {@code 5.5注1}, {@code 5.5[1]}) are left out; a base figure in parentheses after
 * the target ({@code 81.5（2025年79）}) is kept apart from it.
 *
 * @param value the number the cell states, signed for changes (降低 0.5 is -0.5); the low end of a
 *     range; null where none
 * @param upper the high end of a {@link Form#RANGE}, or of a five-year total within a range ([25—27]); null otherwise
 * @param bound how the number binds: {@code 左右} about, {@code 以上}/{@code ≥} at least, {@code
 *     以内}/{@code ≤} at most, a range between {@code value} and {@code upper}
 * @param strict true for {@code >} and {@code <}, false for {@code ≥}, {@code ≤}, 以上, 以内
 * @param reference what the number is relative to: the level that assigns a quota (市, 省, 国家),
 *     the base year of a reduction (2015), the area of an average (全国, 全省), a standard's unit
 * @param unit the unit printed after the number ({@code 岁} of {@code 80.5岁}, {@code %} of
 *     {@code 14%}), for the caller to compare with the column's; null where the cell prints none
 * @param from2019 the cell is marked {@code *}: a 2019 figure standing in for the base year
 * @param baseYear the year of a base figure printed in parentheses after the target; null if none,
 *     or where a digest prints the base before an arrow without its year (63%→67.5%)
 * @param baseValue that base figure; null if none
 */
public record TargetExpression(
        TargetExpression.Form form,
        Double value,
        Double upper,
        Bound bound,
        boolean strict,
        String reference,
        String unit,
        boolean from2019,
        Integer baseYear,
        Double baseValue,
        String text) {

    /** Whether the cell states nothing: blank or a dash, neither a figure nor words (保持在合理区间 states a goal in words). */
    public boolean statesNothing() {
        return form == Form.NONE && reference == null;
    }

    /** What a cell asks for. */
    public enum Form {
        /** No value: {@code —}, {@code ——}, {@code -}, {@code /}, empty, {@code 保持在合理区间} (reference 合理区间). */
        NONE,
        /** A level to reach: {@code 8}, {@code 14%}, {@code 提高到81.5岁}, {@code 缩小至2.05}. */
        LEVEL,
        /** About a level, within a tolerance: {@code 6 左右}, {@code 控制在5.5%左右}. */
        ABOUT,
        /** At least: {@code ≥65}, {@code >90}, {@code 11.1以上}, {@code 不低于15%}. */
        FLOOR,
        /** At most: {@code ≤5.2}, {@code <10}, {@code 控制在 3.0 以内}, {@code 不超过5.5%}. */
        CEILING,
        /** Between two numbers: {@code 5—5.5%}, {@code 5~5.5}, {@code 5至5.5}. */
        RANGE,
        /** A change over the plan period: {@code [0.2]}, {@code [-0.5]}, {@code 累计提高1.5个百分点}. */
        CUMULATIVE,
        /** At least a change over the plan period: {@code [0.6 以上]}. */
        CUMULATIVE_FLOOR,
        /** Average annual growth: {@code 年均增长 10 左右}, {@code 年均5左右}, {@code 年均下降2%}. */
        ANNUAL_GROWTH,
        /** A change from the base: {@code 提高1岁}, {@code 降低2个百分点}. */
        CHANGE_FROM_BASE,
        /** A change every year: {@code 力争每年降低0.5个百分点以上}. */
        CHANGE_EVERY_YEAR,
        /** A relative reduction in percent: {@code 下降30%}, {@code 比2015年降低20%}, {@code 累计下降17%}. */
        RELATIVE_REDUCTION,
        /** A national standard's limit: {@code 达到35微克/立方米国家标准}. */
        STANDARD,
        /** Relative to an average: {@code 比全国平均水平高5个百分点}. */
        RELATIVE_TO_AVERAGE,
        /** Below an average: {@code 低于全省平均水平}. */
        BELOW_AVERAGE,
        /** In step with GDP growth of the same region: {@code 与经济增长基本同步}. */
        LINKED_TO_GDP,
        /**
         * In step with another statistic's growth, which {@link #reference()} names: {@code
         * 与居民人均可支配收入年均增长基本同步}.
         */
        LINKED_TO,
        /** Rising in the same proportion as its reference: {@code 同比例提高}. */
        PROPORTIONAL,
        /** Stay stable: {@code 保持稳定}. */
        STABLE,
        /** Keep rising, no year below the one before: {@code 持续提升}, {@code 稳中有升}, {@code 逐步提高}. */
        RISING,
        /** A number the level above assigns later: {@code 完成市下达任务}, {@code 按国家核定目标执行}. */
        QUOTA
    }

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    /**
     * Any unit after a number, captured: up to eight letters, CJK characters or signs ({@code 岁},
     * {@code 亿吨标准煤}, {@code 人/千人}, {@code m2}), never one of the words that bind the number.
     */
    private static final String ANY_UNIT = "((?:(?!左右|以上|以下|以内|及以上|注)[\\p{IsHan}a-z/%‰·])"
            + "(?:(?!左右|以上|以下|以内|及以上|注)[\\p{IsHan}a-z/%‰·]|(?<=[a-z])[23]){0,7})?";
    /** Verbs that lead a level: 提高到 81.5, 达到 3.2%以上, 缩小至 2.05. */
    private static final String TO_LEVEL = "(?:提高|提升|增加|增长|上升|缩小|下降|降低|降|减少|扩大)(?:到|至)|达到|达|保持在|稳定在";
    /** What may follow a number and its unit: 左右, 以上, 以内, 以下. */
    private static final String QUALIFIER = "(左右|以上|及以上|以内|以下)?";

    private static final String RANGE_SIGN = "(?:—|-|–|~|〜|至|到)";

    /**
     * An achievement without a figure, the whole cell: a modal before 实现/完成/建成 (a subject of a few
     * characters may stand between the deadline and it: 2030年前碳达峰目标如期实现), or one of the fixed
     * phrases of coverage and rank. A bare 实现 or 完成 is too common a word to be a goal.
     */
    private static final String WORDED_GOAL = "(?:(?:\\d{4}年)?(?:底)?前)?"
            + "(?:(?:\\p{IsHan}|“|”){2,10}?(?<!任务)(?:目标)?)?(?:如期|全面|基本|确保)(?:实现|完成|建成)(?:达峰)?(?:\\([^\\d()]{1,30}\\))?"
            + "|实现达峰|建成\\([^\\d()]{1,30}\\)|(?:基本|全面)?(?:实现)?全(?:面)?覆盖|位居(?:全国)?前列|(?:稳定|保持)在?全国(?:首位|第一)";

    /**
     * The words that hold a statistic above another or above an average (高于全国, 快于全省, 跑赢全国, 不低于…):
     * one list for the cell grammar here and the clauses of running text and cells.
     */
    public static final String ABOVE = "(?:高于|快于|跑赢|不低于)";

    private record Rule(Pattern pattern, Function<Matcher, TargetExpression> read) {}

    private static Rule rule(String regex, Function<Matcher, TargetExpression> read) {
        return new Rule(Pattern.compile("^" + regex + "$"), read);
    }

    /** A goal in words, the last rule: see {@link #WORDED_GOAL}. */
    private static final Rule WORDED = rule("(?:" + WORDED_GOAL + ")", m -> of(Form.NONE, null, false, m.group()));
    /** A figure that is no year: words printed with one (基本建成（3个）) are not a goal in words alone. */
    private static final Pattern FIGURE_NOT_A_YEAR = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.]|\\s*年)");

    // Order matters only where patterns overlap; each is anchored at both ends.
    private static final List<Rule> RULES = List.of(
            rule("[—\\-–/]{0,2}", m -> of(Form.NONE, null, false, null)),
            rule(
                    NUM + ANY_UNIT + "(\\*)?",
                    m -> of(Form.LEVEL, num(m, 1), false, null).unit(m.group(2)).from2019(m.group(3) != null)),
            // a level with a note: 35 (比全国平均水平高5个百分点)
            rule(
                    NUM + "(%)?\\(([^()]+)\\)",
                    m -> of(Form.LEVEL, num(m, 1), false, m.group(3)).unit(m.group(2))),
            rule(
                    "约" + NUM + ANY_UNIT,
                    m -> of(Form.ABOUT, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "约?" + NUM + ANY_UNIT + "左右",
                    m -> of(Form.ABOUT, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    NUM + ANY_UNIT + "(?:及)?以上",
                    m -> of(Form.FLOOR, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    NUM + ANY_UNIT + "(?:以内|以下)",
                    m -> of(Form.CEILING, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "≥" + NUM + ANY_UNIT,
                    m -> of(Form.FLOOR, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "(?:>|高于|大于)" + NUM + ANY_UNIT,
                    m -> of(Form.FLOOR, num(m, 1), true, null).unit(m.group(2))),
            rule(
                    "≤" + NUM + ANY_UNIT,
                    m -> of(Form.CEILING, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "(?:<|低于|小于)" + NUM + ANY_UNIT,
                    m -> of(Form.CEILING, num(m, 1), true, null).unit(m.group(2))),
            rule(
                    "(?:不低于|不少于|不小于)" + NUM + ANY_UNIT,
                    m -> of(Form.FLOOR, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "(?:不超过|不高于|不多于|不大于)" + NUM + ANY_UNIT,
                    m -> of(Form.CEILING, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "(?:突破|超过|超|逾)" + NUM + ANY_UNIT,
                    m -> of(Form.FLOOR, num(m, 1), true, null).unit(m.group(2))),
            rule(
                    "控制在" + NUM + ANY_UNIT + "(以内|以下|左右)?",
                    m -> of("左右".equals(m.group(3)) ? Form.ABOUT : Form.CEILING, num(m, 1), false, null)
                            .unit(m.group(2))),
            rule("达到" + NUM + "(\\S*?)国家标准", m -> of(Form.STANDARD, num(m, 1), false, m.group(2))),
            rule(
                    "(?:" + TO_LEVEL + ")" + NUM + ANY_UNIT + QUALIFIER,
                    m -> level(num(m, 1), m.group(3)).unit(m.group(2))),
            // the cell restates what it is of before the verb: 全社会研发经费投入强度提高到1.6%左右
            rule(
                    "\\p{IsHan}[\\p{IsHan}a-z\\d.]{1,24}?(?:" + TO_LEVEL + ")" + NUM + ANY_UNIT + QUALIFIER,
                    m -> level(num(m, 1), m.group(3)).unit(m.group(2))),
            // a growth written as a signed percentage, as a statistics table prints a year on year change: +4%
            rule(
                    "\\+" + NUM + "%",
                    m -> of(Form.ANNUAL_GROWTH, num(m, 1), false, null).unit("%")),
            // a yearly growth with its bound before the figure: 年均≥6%
            rule(
                    "年均(?:增长|增速)?([≥>])" + NUM + "(%)?",
                    m -> of(Form.ANNUAL_GROWTH, num(m, 2), m.group(1).equals(">"), null)
                            .unit(m.group(3))
                            .bound(Bound.AT_LEAST)),
            rule(
                    NUM + ANY_UNIT + RANGE_SIGN + NUM + ANY_UNIT,
                    m -> range(num(m, 1), num(m, 3), m.group(2), m.group(4))),
            rule(
                    "\\[" + NUM + ANY_UNIT + "\\]",
                    m -> of(Form.CUMULATIVE, num(m, 1), false, null).unit(m.group(2))),
            // more than a five-year total: 〔>10〕
            rule(
                    "\\[([>≥])" + NUM + ANY_UNIT + "\\]",
                    m -> of(Form.CUMULATIVE_FLOOR, num(m, 2), m.group(1).equals(">"), null)
                            .unit(m.group(3))),
            // a level and the part of it a group takes: 3000亿元（其中与京冀725亿元）
            rule(
                    NUM + ANY_UNIT + "\\((其中[^()]+)\\)",
                    m -> of(Form.LEVEL, num(m, 1), false, m.group(3)).unit(m.group(2))),
            // a five-year total and the part of it a group takes: 〔5000〕（其中农民工〔1750〕）
            rule("\\[" + NUM + "\\]" + "\\((其中.+)\\)", m -> of(Form.CUMULATIVE, num(m, 1), false, m.group(2))),
            // the unit after the bracket: 〔50〕万套/间
            rule(
                    "\\[" + NUM + "\\]" + ANY_UNIT,
                    m -> of(Form.CUMULATIVE, num(m, 1), false, null).unit(m.group(2))),
            // a five-year total about a figure or within a range: 【350左右】, ［25—27］
            rule(
                    "\\[约?" + NUM + ANY_UNIT + "左右\\]",
                    m -> of(Form.CUMULATIVE, num(m, 1), false, null)
                            .unit(m.group(2))
                            .bound(Bound.ABOUT)),
            rule(
                    "\\[" + NUM + ANY_UNIT + RANGE_SIGN + NUM + ANY_UNIT + "\\]",
                    m -> cumulativeRange(num(m, 1), num(m, 3), m.group(2), m.group(4))),
            rule(
                    "\\[" + NUM + ANY_UNIT + "(?:及)?以上\\]",
                    m -> of(Form.CUMULATIVE_FLOOR, num(m, 1), false, null).unit(m.group(2))),
            rule(
                    "累计(提高|提升|增加|增长|下降|降低|减少)" + NUM + "(个百分点|[\\p{IsHan}a-z/‰·]{1,8})",
                    m -> of(Form.CUMULATIVE, signed(m.group(1), num(m, 2)), false, null)
                            .unit(m.group(3))),
            rule(
                    "累计(?:下降|降低|减少)" + NUM + "%(以上|左右)?",
                    m -> of(Form.RELATIVE_REDUCTION, num(m, 1), false, null)
                            .unit("%")
                            .bound(qualifier(m.group(2)))),
            // a yearly growth within a range: 年均增长5—5.5%
            rule(
                    "(?:五年)?年均(?:增长|增速)?" + NUM + "%?" + RANGE_SIGN + NUM + "%",
                    m -> num(m, 1) < num(m, 2)
                            ? new TargetExpression(
                                    Form.ANNUAL_GROWTH,
                                    num(m, 1),
                                    num(m, 2),
                                    Bound.RANGE,
                                    false,
                                    null,
                                    "%",
                                    false,
                                    null,
                                    null,
                                    "")
                            : null),
            rule(
                    "(?:年均|每年)(提高|提升|增加|降低|下降)" + NUM + "个百分点(以上|左右)?",
                    m -> of(Form.CHANGE_EVERY_YEAR, signed(m.group(1), num(m, 2)), false, null)
                            .bound(qualifier(m.group(3)))),
            // a ratio to one: 2.1∶1左右 (城乡居民人均可支配收入比)
            rule(NUM + "[:∶]1" + QUALIFIER, m -> level(num(m, 1), m.group(2))),
            // the cell may name what grows before its rate: 全社会研发经费投入年均增长6%左右
            rule(
                    "(?:\\p{IsHan}{2,24}?)?(?:五年)?年均(?:增长|增速|增幅)?约?" + NUM + "(%)?(左右|以上)?",
                    m -> of(Form.ANNUAL_GROWTH, num(m, 1), false, m.group(3))
                            .unit(m.group(2))
                            .bound(qualifier(m.group(3)))),
            rule(
                    "(?:五年)?年均(下降|降低|减少)约?" + NUM + "%(左右|以上)?",
                    m -> of(Form.ANNUAL_GROWTH, signed(m.group(1), num(m, 2)), false, m.group(3))
                            .unit("%")
                            .bound(qualifier(m.group(3)))),
            rule(
                    "(提高|增加|降低|下降)" + NUM + "(岁|个百分点)(以上|左右)?",
                    m -> of(Form.CHANGE_FROM_BASE, signed(m.group(1), num(m, 2)), false, m.group(3))
                            .bound(qualifier(m.group(4)))),
            rule(
                    "力争每年(提高|降低)" + NUM + "个百分点(以上)?",
                    m -> of(Form.CHANGE_EVERY_YEAR, signed(m.group(1), num(m, 2)), false, null)
                            .bound(qualifier(m.group(3)))),
            rule(
                    "(?:(?:比|较)(\\d{4})年)?(?:下降|降低)" + NUM + "%(以上|左右)?",
                    m -> of(Form.RELATIVE_REDUCTION, num(m, 2), false, m.group(1))
                            .bound(qualifier(m.group(3)))),
            rule(
                    // 高1岁, 高5个百分点: a difference in the indicator's own unit
                    "比(全国|全省|全市)平均(?:水平)?(高|低|多|少)" + NUM + "(?:个百分点|岁|年)(以上|左右)?",
                    m -> of(Form.RELATIVE_TO_AVERAGE, signed(m.group(2), num(m, 3)), false, m.group(1))
                            .bound(qualifier(m.group(4)))),
            rule("低于(全国|全省|全市)平均水平", m -> of(Form.BELOW_AVERAGE, null, false, m.group(1))),
            // 高于全国平均水平: the row's statistic held above its average, nothing to add to it (年均增速高于全国平均
            // under a share's row is the share's growth, another indicator: read as a clause, under its own name)
            rule(
                    ABOVE + "(全国|全省|全市)(?:平均水平|平均)",
                    m -> of(Form.RELATIVE_TO_AVERAGE, null, false, m.group(1)).bound(Bound.AT_LEAST)),
            // the cell is normalised (no spaces, lower case): 与 GDP 增长同步 is 与gdp增长同步; 增长与gdp同步 the same
            rule(
                    "(?:增长|增速)?与(?:经济|gdp|地区生产总值|国内生产总值)(?:增长|增速)?(?:基本|保持)?同步",
                    m -> of(Form.LINKED_TO_GDP, null, false, "GDP")),
            rule(
                    "(?:年均)?(?:增长|增速)?高于(?:经济|gdp|地区生产总值|国内生产总值)(?:年均)?(?:增长|增速)",
                    m -> of(Form.LINKED_TO_GDP, null, false, "GDP").bound(Bound.AT_LEAST)),
            rule(
                    "与([^\\d与]{2,30}?)(?:年均)?(?:增长|增速)(?:基本|保持)?同步",
                    m -> of(Form.LINKED_TO, null, false, m.group(1) + "增长")),
            rule("同比例提高", m -> of(Form.PROPORTIONAL, null, false, null)),
            rule("(?:保持|基本|总体)稳定", m -> of(Form.STABLE, null, false, null)),
            // 与上年持平: held at the year before's level
            rule("(?:与上年|同比)?(?:基本|总体)?持平", m -> of(Form.STABLE, null, false, null)),
            // 保持在合理区间、各年度视情提出: the plan sets no number; each year's government work report does
            // (2026: 4.5%-5%), so there is nothing of the plan's to judge against (not a band around the base)
            rule("保持在?合理区间(?:[、,;].{0,20})?", m -> of(Form.NONE, null, false, "合理区间")),
            // 城镇新增就业 | 保持相当规模、各年度视情提出: the same, a size held without a figure
            rule("(?:保持相当规模|(?:各年度)?视情提出)(?:[、,;].{0,20})?", m -> of(Form.NONE, null, false, "视情提出")),
            // 应保尽保: everyone eligible is covered, a rule rather than a figure to judge a reading against
            rule("应(保|纳|助|享|救|补)尽\\1", m -> of(Form.NONE, null, false, m.group())),
            rule("持续(?:提升|提高|增长)", m -> of(Form.RISING, null, false, null)),
            rule("稳中有升|(?:逐步|稳步|不断)(?:提升|提高|增长)", m -> of(Form.RISING, null, false, null)),
            // 完成省下达目标, 完成省定目标, 完成经国家审核衔接后确定的目标: the level above sets the figure
            rule(
                    // 完成国家分解/审核确定目标: the ways the level above sets it, one or two of them
                    "(?:基本|确保)?完成(?:经)?(市|省|国家)(?:(?:下达|分解|定|确定|核定|审核[^，。/、]{0,8}确定|审核)[/、和]?){1,2}(?:的)?(?:任务|目标)",
                    m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("达到(国家|省|市)(?:要求|标准|下达目标)", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("落实(市|省|国家)下达(?:的)?规模", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("按(国家|省|市)核定目标执行", m -> of(Form.QUOTA, null, false, m.group(1))),
            rule("(市|省|国家)未下达.*", m -> of(Form.QUOTA, null, false, m.group(1))),
            // 耕地保有量 | 保持在国家下达目标内（正文表述838.7万亩以上）: within the quota, whatever the prose restates
            rule(
                    "(?:保持在|控制在|不突破)(市|省|国家)下达(?:的)?(?:目标|任务|指标)(?:内|以内|之内|范围内)?(?:\\(.*)?",
                    m -> of(Form.QUOTA, null, false, m.group(1))),
            // a goal in words, no figure to judge a reading against: 2030年前碳达峰如期实现, 全覆盖, 基本建成,
            // 位居前列, 稳定在全国首位; the row is the plan's all the same, kept with its words for a person to read
            WORDED);

    /** Circled numbers and superscript digits: footnote marks, unless a letter's power (m²). */
    private static final Pattern FOOTNOTE_MARK =
            Pattern.compile("(?<![a-zA-Z])[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079\\u2460-\\u2473\\u2776-\\u277F]+");
    /**
     * A footnote after a figure: 注1, 注①, or [1] behind something (a bare [1] is a cumulative change), at
     * the cell's end or inside its closing bracket: 2.05(2025年基期值2.27[专栏1]).
     */
    private static final Pattern TRAILING_NOTE =
            Pattern.compile("(?<=[\\d%\\p{IsHan}a-z])(?:注\\d{1,2}|\\[\\d{1,2}\\]|\\[(?:专栏|表|注)\\d{1,2}\\])(?=\\)?$)");
    /** A base figure after the target: 81.5(2025年79), 81.5(2025年:79岁), 81.5(2025年为79), 2.05(2025年基期值2.27). */
    private static final Pattern BASE_AFTER =
            Pattern.compile("^(.+?)\\((\\d{4})年(?:为|:|约|预计|基数|基期值?|基准值?)*" + NUM + ANY_UNIT + "(?:左右)?\\)$");
    /** Two targets in one cell: 0.7人/1.6人, 5.5左右/6以上, 年均提高1个百分点以上，达到63%. */
    private static final Pattern SEPARATOR = Pattern.compile("/|;|,");

    /**
     * Reads a cell.
     *
     * @throws IllegalArgumentException naming the cell, when it fits no known form or states more
     *     than one target (read those with {@link #parseAll})
     */
    public static TargetExpression parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        TargetExpression e = totalled(text, read(text, normalize(text)));
        if (e != null) {
            return e;
        }
        List<TargetExpression> several = several(text);
        if (several.size() > 1) {
            throw new IllegalArgumentException("target expression '" + text + "' states " + several.size()
                    + " targets in one cell; read them one by one");
        }
        throw new IllegalArgumentException("cannot read target expression '" + text + "'");
    }

    /**
     * Reads a cell that may state several targets, one after another with {@code /} or {@code ;}
     * between them ({@code 0.7人/1.6人}); a cell of one target gives a list of one.
     *
     * @throws IllegalArgumentException naming the cell, when it or one of its parts fits no form
     */
    public static List<TargetExpression> parseAll(String cell) {
        String text = cell == null ? "" : cell.strip();
        TargetExpression one = totalled(text, read(text, normalize(text)));
        if (one != null) {
            return List.of(one);
        }
        List<TargetExpression> several = several(text);
        if (several.size() > 1) {
            return several;
        }
        throw new IllegalArgumentException("cannot read target expression '" + text + "'");
    }

    /** The parts of a cell cut at its separators, each a target with a number; empty if any is not. */
    private static List<TargetExpression> several(String text) {
        String whole = normalize(text);
        whole = withoutNote(whole); // 59.5%/≥2.63%（约束性）: the note is on both
        String[] parts = SEPARATOR.split(whole, -1);
        if (parts.length < 2) {
            return List.of();
        }
        List<TargetExpression> read = new ArrayList<>();
        for (String part : parts) {
            TargetExpression e = read(part, part);
            if (e == null || e.value() == null) {
                return List.of();
            }
            read.add(e);
        }
        return read;
    }

    /** A figure held as a yearly average: ＜5.5（年均） is the level ＜5.5, each year of the period. */
    private static final Pattern YEARLY_NOTE = Pattern.compile("^(.+?)\\((?:年均|每年|各年)\\)$");

    /**
     * A note in brackets after the figure that says what kind of goal it is, not what it is:
     * 5%左右（预期性）, 4.5%—5%（五年平均，预期性）, 69.5%左右（2030）, 10万PFLOPS（2025年约2万）.
     */
    private static final Pattern NOTE_AFTER = Pattern.compile("^(.+?)\\(([^()]+)\\)$");

    /** [9]（5年累计）: a note that only says the bracket's figure is the period's total binds nothing more. */
    private static final Pattern PERIOD_TOTAL = Pattern.compile("(?:\\d|五)年(?:累计|合计|总计)|累计");

    /**
     * What a note may not say: a bound, a part or a figure of its own would change what the cell asks, as would
     * what it counts in or leaves out (含, 不含).
     */
    private static final Pattern BINDING_NOTE =
            Pattern.compile("以上|以内|以下|左右|不低于|不超过|不少于|不高于|高于|低于|[≥≤<>]|其中|分别|累计|含|\\[");

    /** Whether a note in brackets after a goal's figure changes what the goal asks ({@link #BINDING_NOTE}). */
    public static boolean bindsTheGoal(String note) {
        return BINDING_NOTE.matcher(note).find();
    }

    /**
     * The base figure before an arrow and the target after it, as digests print a row: 63%→67.5%,
     * 64.54%（2025）→69.5%左右（2030）, 5%→>7%.
     */
    private static final Pattern ARROW = Pattern.compile("^(?:(\\d{4})年)?约?" + NUM
            + "(?:[\\p{IsHan}a-z/%‰·]{0,8})(?:\\((\\d{4})年?\\))?(?:→|->|—>)(?:\\d{4}年)?(.+)$");

    /** 约束性 or 预期性 where a cell's note says so ({@code 800亿斤（约束性）}); empty where it does not. */
    public static java.util.Optional<String> notedAttribute(String cell) {
        Matcher m = NOTE_AFTER.matcher(normalize(cell == null ? "" : cell));
        if (m.matches()) {
            for (String part : m.group(2).split("[,;、]")) {
                if (part.startsWith("约束性") || part.startsWith("预期性")) {
                    return java.util.Optional.of(part.substring(0, 3));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The name a cell restates before its verb: 全社会研发经费投入强度 of 2030年全社会研发经费投入强度达3.2%左右. */
    private static final Pattern RESTATED =
            Pattern.compile("^(\\p{IsHan}[\\p{IsHan}a-z\\d.]{1,24}?)(?:" + TO_LEVEL + ")[<>≤≥]?\\d");

    /**
     * The statistic a target cell names again before its verb, fuller than a digest's short row name
     * (研发强度 | 2030年全社会研发经费投入强度达3.2%左右); empty where the cell opens with its verb or figure.
     */
    public static java.util.Optional<String> restatedName(String cell) {
        Matcher m = RESTATED.matcher(normalize(cell == null ? "" : cell));
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The cell by the first rule that fits it, null if none does. */
    private static TargetExpression read(String text, String normal) {

        Matcher base = BASE_AFTER.matcher(normal);
        if (base.matches()) {
            TargetExpression target = read(text, base.group(1));
            if (target != null && target.value() != null && target.baseYear() == null) {
                return target.base(Integer.valueOf(base.group(2)), Double.valueOf(base.group(3)));
            }
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(normal);
            if (m.matches()) {
                TargetExpression e = rule.read().apply(m);
                if (e == null
                        || (rule == WORDED && FIGURE_NOT_A_YEAR.matcher(text).find())) {
                    continue;
                }
                return new TargetExpression(
                        e.form, e.value, e.upper, e.bound, e.strict, e.reference, e.unit, e.from2019, null, null, text);
            }
        }
        // ＜5.5（年均）, which no rule with a note reads: the level, held each year
        Matcher yearly = YEARLY_NOTE.matcher(normal);
        if (yearly.matches()) {
            return read(text, yearly.group(1));
        }
        String unnoted = withoutNote(normal);
        if (!unnoted.equals(normal)) {
            return read(text, unnoted);
        }
        Matcher arrow = ARROW.matcher(normal);
        if (arrow.matches()) {
            TargetExpression target = read(text, arrow.group(4));
            String year = arrow.group(1) != null ? arrow.group(1) : arrow.group(3);
            if (target != null && target.value() != null && target.baseValue() == null) {
                return target.base(year == null ? null : Integer.valueOf(year), Double.valueOf(arrow.group(2)));
            }
        }
        return null;
    }

    /** Footnote marks out, full-width forms to ASCII, spaces out, one way of writing each sign. */
    static String normalize(String text) {
        // before NFKC, which would make ① and ² digits of the number
        String s = FOOTNOTE_MARK.matcher(text).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC); // ％ ＞ ［ ］ （ ） to ASCII
        s = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        s = s.replace('【', '[').replace('】', ']').replace('〔', '[').replace('〕', ']');
        s = s.replace('≧', '≥').replace('≦', '≤').replace(">=", "≥").replace("<=", "≤");
        s = s.replace('～', '~').replace("——", "—");
        // “十五五”年均增长5.0左右: the period a cell names is its column's; the figure follows
        s = s.replaceFirst("^[“\"]?十[三四五六七]五[”\"]?(?:时期|期间)?(?=\\D)", "");
        // 到2030年达67%左右 in a target column: the year is the column's
        // (not before an arrow, whose first year is the base's: 2025年约40%→2030年45%)
        if (!s.contains("→") && !s.contains("->")) {
            s = s.replaceFirst("^(?:到|至)?\\d{4}年(?:底|末)?[:,]?(?=[达提增降突超稳控保力争\\d<>≤≥\\p{IsHan}])(?!年|均)", "");
        }
        // 预计2.65% in a base column: the figure is an estimate of the base year's, a figure all the same
        s = s.replaceFirst("^(?:预计|预估|初步统计|初步核算)(?=[\\d<>≤≥约])", "");
        // 力争达到5%左右: striving is the plan's voice; the figure is the target
        s = s.replaceFirst("^(?:力争|争取)(?:达到)?(?=[\\d<>≤≥])", "");
        // 4.5-5，努力争取更好结果: an exhortation after the figure binds nothing; 9万元左右，增长与GDP同步 is a
        // second goal, not an exhortation (the cell is then read clause by clause)
        s = s.replaceFirst("(?<=[\\d%左右上内下])[,，;；](?![^\\d]*(?:同步|" + ABOVE + "))[^\\d]+$", "");
        // 千亿级 (of the thousand-亿 class): at least the class's floor, as 1000亿元以上 says it
        Matcher scale = SCALE_CLASS.matcher(s);
        if (scale.matches()) {
            s = switch (scale.group(1)) {
                        case "百" -> "100";
                        case "千" -> "1000";
                        default -> "1万";
                    }
                    + "亿元以上";
        }
        // ［完成国家审核衔接后确定的目标］: a bracket around words marks a five-year column, not a figure
        if (s.matches("\\[[^\\d\\]]+]")) {
            s = s.substring(1, s.length() - 1);
        }
        String noted = TRAILING_NOTE.matcher(s).replaceFirst("");
        return noted.isEmpty() ? s : noted;
    }

    /** A class of size in place of a figure: 千亿级, 迈上万亿级, 打造百亿级产业集群. */
    private static final Pattern SCALE_CLASS =
            Pattern.compile("^(?:迈入|迈上|达到|突破|跻身|打造|形成|成为)?(百|千|万)亿元?级(?:产业(?:集群)?|台阶)?$");

    /** Words of a level held through the period: 稳定在, 保持, 不低于, 控制在 (not an amount that adds up). */
    private static final Pattern HELD = Pattern.compile("稳定|保持|不低于|不少于|不超过|不高于|控制|以内|以下");

    /**
     * Whether {@code text} holds a level through the years it names (“十五五”期间稳定在1.4万亿斤以上), which
     * no wording of a period makes a total of them.
     */
    public static boolean holdsALevel(String text) {
        return HELD.matcher(text == null ? "" : text).find();
    }

    /** A cell that opens with the plan's period as a span: “十五五”时期力争达到6万亿元. */
    private static final Pattern OVER_PERIOD = Pattern.compile("^[“\"]?十[三四五六七]五[”\"]?(?:时期|期间)");

    /**
     * An amount a cell states over the plan's years (“十五五”时期力争达到6万亿元 of investment) is their total,
     * not the last year's level; a rate or a share over them stays a level.
     */
    private static TargetExpression totalled(String text, TargetExpression e) {
        if (e == null
                || !OVER_PERIOD.matcher(text).find()
                || holdsALevel(text)
                || e.unit() == null
                || e.unit().isEmpty()
                || e.unit().equals("%")) {
            return e;
        }
        Form total = switch (e.form()) {
            case LEVEL, ABOUT -> Form.CUMULATIVE;
            case FLOOR -> Form.CUMULATIVE_FLOOR;
            default -> null;
        };
        return total == null
                ? e
                : new TargetExpression(
                        total,
                        e.value,
                        e.upper,
                        e.bound,
                        e.strict,
                        e.reference,
                        e.unit,
                        e.from2019,
                        e.baseYear,
                        e.baseValue,
                        e.text);
    }

    private static TargetExpression of(Form form, Double value, boolean strict, String reference) {
        Bound bound = switch (form) {
            case ABOUT -> Bound.ABOUT;
            case FLOOR, CUMULATIVE_FLOOR -> Bound.AT_LEAST;
            case CEILING, STANDARD -> Bound.AT_MOST;
            default -> Bound.EXACT;
        };
        return new TargetExpression(form, value, null, bound, strict, reference, null, false, null, null, "");
    }

    /** A level a verb leads to, bound by the word behind it. */
    private static TargetExpression level(double value, String qualifier) {
        if (qualifier == null) {
            return of(Form.LEVEL, value, false, null);
        }
        return switch (qualifier) {
            case "左右" -> of(Form.ABOUT, value, false, null);
            case "以上", "及以上" -> of(Form.FLOOR, value, false, null);
            default -> of(Form.CEILING, value, false, null);
        };
    }

    /** Low to high with one unit, printed once or on both ends; null (no reading) otherwise. */
    private static TargetExpression range(double low, double high, String lowUnit, String highUnit) {
        if (low >= high || (lowUnit != null && highUnit != null && !lowUnit.equals(highUnit))) {
            return null;
        }
        String unit = highUnit != null ? highUnit : lowUnit;
        return new TargetExpression(Form.RANGE, low, high, Bound.RANGE, false, null, unit, false, null, null, "");
    }

    /** A five-year total within a range: the range's ends, as a change over the period. */
    private static TargetExpression cumulativeRange(double low, double high, String lowUnit, String highUnit) {
        TargetExpression r = range(low, high, lowUnit, highUnit);
        return r == null
                ? null
                : new TargetExpression(
                        Form.CUMULATIVE, low, high, Bound.RANGE, false, null, r.unit, false, null, null, "");
    }

    /** {@code normal} without a note in brackets at its end that binds nothing; {@code normal} itself where it has none. */
    private static String withoutNote(String normal) {
        Matcher noted = NOTE_AFTER.matcher(normal);
        // 300万人（5年累计） is a total the cell does not bracket: its note binds, and stays
        return noted.matches()
                        && (!BINDING_NOTE.matcher(noted.group(2)).find()
                                || (PERIOD_TOTAL.matcher(noted.group(2)).matches()
                                        && noted.group(1).startsWith("[")))
                ? noted.group(1)
                : normal;
    }

    /** This target with the base figure its cell prints beside it. */
    private TargetExpression base(Integer year, Double figure) {
        return new TargetExpression(form, value, upper, bound, strict, reference, unit, from2019, year, figure, text);
    }

    private TargetExpression bound(Bound b) {
        return new TargetExpression(
                form, value, upper, b, strict, reference, unit, from2019, baseYear, baseValue, text);
    }

    private TargetExpression unit(String u) {
        return new TargetExpression(
                form, value, upper, bound, strict, reference, u, from2019, baseYear, baseValue, text);
    }

    private TargetExpression from2019(boolean marked) {
        return new TargetExpression(
                form, value, upper, bound, strict, reference, unit, marked, baseYear, baseValue, text);
    }

    private static Bound qualifier(String word) {
        if (word == null) {
            return Bound.EXACT;
        }
        return word.equals("左右") ? Bound.ABOUT : Bound.AT_LEAST;
    }

    private static double num(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }

    private static double signed(String verb, double n) {
        return switch (verb) {
            case "降低", "下降", "低", "少", "减少" -> -n;
            default -> n;
        };
    }
}
