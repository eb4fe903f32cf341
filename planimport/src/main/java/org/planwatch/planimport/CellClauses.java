package org.planwatch.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.TargetExpression;

/**
 * A target cell that no cell grammar reads, cut into the clauses a digest writes in it
 * (年均增长5%左右，迈上3万亿元台阶；人均GDP8万元以上): where each clause starts and ends, the year it is for,
 * whether it names its own subject, and whether it states a total over the plan's years. What each
 * clause says is read by {@link QuantifiedClause}.
 */
final class CellClauses {

    /**
     * One clause: {@code printed} as the cell prints it, {@code text} with its year and period taken off;
     * {@code opensSegment} where a ；or the cell's start comes before it.
     */
    record Clause(String printed, String text, int year, boolean nameless, boolean total, boolean opensSegment) {}

    /** Where a cell's statements part: ；and ; between goals of different subjects. */
    private static final Pattern SEGMENTS = Pattern.compile("[;；]");
    /** Where a statement's clauses part: ，and , within one subject's goals. */
    private static final Pattern CLAUSES = Pattern.compile("[,，]");
    /** A clause that opens with its verb or figure names nothing: the row's name is its subject. */
    private static final Pattern NAMELESS = Pattern.compile("^(?:年均|增长|提高|提升|达到|达|稳定在|控制在|保持在|保持|持续保持|突破|超过|不低于|不超过"
            + "|高于|低于|力争|新增|累计|增至|降至|降到|缩小|迈上|跨上|翻一番|翻两番|实现翻番|倍增|[\\d<>≤≥＜＞])");
    /** A name that is only the words a clause opens with (迈上, 年均增长): the clause named nothing. */
    private static final Pattern VERB_ONLY =
            Pattern.compile("^(?:年均|增长|增速|提高|提升|达到|达|稳定在|控制在|保持在|保持|持续|突破|超过|力争|争取|增至|降至|降到|缩小|迈上|跨上|实现)+$");
    /** 持续保持50%以上并合理增长: after a bounded figure, 并 opens words on how, not another goal's figure. */
    private static final Pattern AND_AFTER_BOUND =
            Pattern.compile("(?<=\\d[^\\d并]{0,6}(?:以上|以下|以内|左右))并(?=\\p{IsHan})");
    /** 特色指标：非常规天然气产量: the row's class before its name. */
    private static final Pattern CLASS_LABEL = Pattern.compile("^[^:：]{0,8}(?:指标|目标)[:：]");
    /** 2030总量: a year before a part of a name, and a part that is only a measure of the statistic another part names. */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d\\d年?");

    private static final Pattern MEASURE_ONLY = Pattern.compile("^(?:总量|总规模|规模|总额)$");
    /** A year before a clause: 2030年达480亿元. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(?:到|至)?((?:19|20)\\d\\d)\\s*年[:：]?");
    /** A year between a clause's name and its verb: 服务业增加值占GDP比重2030年达50%以上. */
    private static final Pattern YEAR_AFTER_NAME = Pattern.compile("^(?<name>\\p{IsHan}[^\\d,;，；]{1,30}?)(?:到|至)?"
            + "(?<year>(?:19|20)\\d\\d)年(?:底|末)?(?=达到|达|提高到|提升到|增加到|突破|超过|力争|控制在|降至|降到|稳定在|保持在)");
    /** The plan's own period before a clause: “十五五”时期累计90万人次 (a total over it), 到“十五五”末 (its end). */
    private static final Pattern PERIOD_FIRST =
            Pattern.compile("^(?:到|至)?[“\"]?" + PlanPeriod.WORD + "[”\"]?(?<span>时期|期间)?(?:末)?");
    /** 新增1亿千瓦, 累计90万人次: what is added over the plan's years, not the level reached. */
    private static final Pattern ADDED = Pattern.compile("^(?:累计新增|新增|累计|增加)(?=[\\d约])");
    /** 新增新能源装机5000万千瓦以上: a name that says its figure is what the period adds. */
    private static final Pattern ADDED_NAME = Pattern.compile("^(?:累计新增|新增)(?=\\p{IsHan})");
    /** 建成150个左右, 每年5000万人次以上: a verb before the count of what the row names, not a name of its own. */
    private static final Pattern COUNT_VERB =
            Pattern.compile("^(?:力争|争取)?(?:建成|建设|建强|培育|打造|选派|实现|每年)(?:超过|达到|达)?(?=[\\d约])");
    /** 力争300亿立方米: the plan's voice before the figure of what the row names. */
    private static final Pattern VOICE_BEFORE_FIGURE = Pattern.compile("^(?:力争|争取|确保)(?=[\\d约])");
    /** 总量迈上2万亿元台阶 under 地区生产总值: the row's own amount, named by its measure alone. */
    private static final Pattern OWN_MEASURE = Pattern.compile("^(?:总量|总规模)(?=迈上|跨上|达到|达|突破|超过)");
    /** 迈上3万亿元台阶: the step is the figure itself. */
    private static final Pattern STEP = Pattern.compile("(?<=\\d[^\\d]{0,6}?)(?:新的?)?台阶$");
    /** A bracket after a figure holds a clause of its own: 突破6000公里(高铁2700公里), 1000亿斤(约束性；…). */
    private static final Pattern BRACKET_AFTER_FIGURE = Pattern.compile("(\\d[^\\d()（）;；,，]{0,6})[(（]([^()（）]*)[)）]");
    /** A bracket that only dates the figure before it: (2024年数据), (2025年). */
    private static final Pattern YEAR_ONLY =
            Pattern.compile("^\\s*((?:19|20)\\d\\d)\\s*(?:年(?:底|末)?)?\\s*(数据|统计|值|实际|预计)?\\s*$");
    /** What parts the clauses of a cell of several goals. */
    private static final Pattern ONE_OF_SEVERAL = Pattern.compile("[;；,，、]");
    /** A cell's closing bracket after a figure: 12%(2028年). */
    private static final Pattern DATED_CELL = Pattern.compile("\\d[^\\d()]{0,6}\\(([^()]*)\\)$");
    /** The year a dated bracket gave the clause it closes, kept at the clause's end until the clause is read. */
    private static final Pattern DATED_END = Pattern.compile("⟨((?:19|20)\\d\\d)⟩$");
    /** Where a pause between two figured goals falls: 新能源发电装机5500万千瓦以上、储能规模500万千瓦以上. */
    private static final Pattern FIGURE_BEFORE_PAUSE = Pattern.compile("\\d[^\\d、]{0,6}$");
    /** What a growth's name adds to its statistic's: 研发经费支出年均增长 is about 研发经费支出. */
    private static final Pattern GROWTH_WORDS = Pattern.compile("(?:年均)?(?:增长率|增长|增速|涨幅)$");

    /** A bracket that opens with the goal's attribute, after words: (预期性), (预期性，2025年为10%). */
    private static final Pattern ATTRIBUTE_BRACKET =
            Pattern.compile("(?<=[^\\d%])\\((?:约束性|预期性)(?:[,;，；]([^()]*))?\\)");
    /**
     * A bracket of a base (2025年1347万吨) or of an attribute (约束性) inside a clause: a note, not the goal; a
     * dated goal in brackets (2030年达到1400万吨) is not one.
     */
    private static final Pattern NOTE = Pattern.compile("[(（](?:(?:19|20)\\d\\d年(?![^()（）]*(?:达到|达|提高|提升|突破|超过|力争|争取"
            + "|控制|降至|降到|增至|增加到|保持|稳定在))[^()（）]{0,16}|约束性|预期性)[)）]");

    private CellClauses() {}

    /** {@code clause} without its notes in brackets (能源综合生产能力、粮食综合生产能力(2025年1347万吨)完成国家下达目标). */
    static String withoutNotes(String clause) {
        return NOTE.matcher(clause).replaceAll("");
    }

    /**
     * The statistics a row's name gives the clauses of its cell that name none, in the order they take
     * them: one, or one per part where a slash parts the name (GDP年均增速/2030总量 → GDP年均增速, GDP, a
     * part that is only a measure being of the statistic before it). Its class (特色指标：) is no name.
     */
    static List<String> subjects(String rowName) {
        String name = CLASS_LABEL.matcher(rowName).replaceFirst("");
        String[] parts = name.split("[/／]");
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String own = LEADING_YEAR.matcher(part.strip()).replaceFirst("");
            if (MEASURE_ONLY.matcher(own).matches() && !out.isEmpty()) {
                own = GROWTH_WORDS.matcher(out.get(out.size() - 1)).replaceFirst("");
            }
            if (own.length() < 2) {
                return List.of(name); // not two names: 进/出口, a unit's slash
            }
            out.add(own);
        }
        return out;
    }

    /** Whether what a clause was read as names more than the verb it opens with: 新增风电装机, not 迈上. */
    static boolean namesMoreThanItsVerb(QuantifiedClause q) {
        return !VERB_ONLY.matcher(q.name()).matches();
    }

    /** What {@code subject}, a growth's name (地区生产总值增速), is the growth of; itself if it names none. */
    static String statisticOf(String subject) {
        String statistic = GROWTH_WORDS.matcher(subject).replaceFirst("");
        return statistic.length() < 2 ? subject : statistic;
    }

    /** The clauses of {@code cell} that fall in the plan's years: none of its base year, none beyond its end. */
    static List<Clause> of(String cell, Plan plan) {
        List<Clause> out = new ArrayList<>();
        // not Names.normalize, which takes a trailing bracket off as a name's unit: here it may be a goal
        String written = WrittenFigures.plain(ChineseFigures.inDigits(
                signsInWords(Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", ""))));
        // 高于全国平均(预期性，2025年为10%): the attribute is no clause; what follows it in the bracket is one of its own
        String unattributed = ATTRIBUTE_BRACKET
                .matcher(written)
                .replaceAll(m -> m.group(1) == null ? "" : Matcher.quoteReplacement(";" + m.group(1) + ";"));
        String text = BRACKET_AFTER_FIGURE
                .matcher(AND_AFTER_BOUND.matcher(unattributed).replaceAll(","))
                .replaceAll(m -> {
                    Matcher dated = YEAR_ONLY.matcher(m.group(2));
                    if (!dated.matches()) {
                        return Matcher.quoteReplacement(m.group(1) + ";" + m.group(2) + ";");
                    }
                    return Matcher.quoteReplacement(goalYear(dated, plan)
                            .map(year -> m.group(1) + "⟨" + year + "⟩;")
                            .orElse(";"));
                });
        for (String segment : SEGMENTS.split(text)) {
            boolean opens = true;
            for (String part : pieces(CLAUSES.split(segment))) {
                Matcher datedAfter = DATED_END.matcher(part.strip());
                String printed = datedAfter.replaceFirst("");
                String clause = printed;
                int year = datedAfter.find(0) ? Integer.parseInt(datedAfter.group(1)) : plan.targetYear();
                Matcher dated = YEAR_FIRST.matcher(clause);
                if (dated.find()) {
                    int named = Integer.parseInt(dated.group(1));
                    if (named <= plan.baseYear() || named > plan.targetYear()) {
                        continue; // a base year's figure, or a vision beyond the plan
                    }
                    year = named;
                    clause = clause.substring(dated.end()).strip();
                }
                Matcher inside = YEAR_AFTER_NAME.matcher(clause);
                if (inside.find()) {
                    int named = Integer.parseInt(inside.group("year"));
                    if (named <= plan.baseYear() || named > plan.targetYear()) {
                        continue; // as before its name: a base year's figure, or a vision beyond the plan
                    }
                    year = named;
                    clause = inside.group("name") + clause.substring(inside.end());
                }
                Matcher period = PERIOD_FIRST.matcher(clause);
                boolean overPeriod = false;
                if (period.find()) {
                    Optional<PlanPeriod> named = PlanPeriod.namedPeriod(period.group());
                    if (named.isPresent() && named.get().endYear() <= plan.baseYear()) {
                        continue; // 十四五时期累计… in a 15th plan: the last period's record, no goal of this one
                    }
                    if (named.isPresent() && named.get().endYear() < plan.targetYear()) {
                        year = named.get().endYear(); // “十五五”末 in a plan to 2035: a goal of 2030
                    }
                    overPeriod = period.group("span") != null && !TargetExpression.holdsALevel(clause);
                    clause = clause.substring(period.end());
                }
                Matcher added = ADDED.matcher(clause);
                boolean adds = added.find();
                if (adds) {
                    clause = clause.substring(added.end());
                } else {
                    adds = ADDED_NAME.matcher(clause).find(); // 新增新能源装机5000万千瓦: what is added, by its name
                }
                clause = COUNT_VERB
                        .matcher(VOICE_BEFORE_FIGURE.matcher(clause).replaceFirst(""))
                        .replaceFirst("");
                clause = STEP.matcher(OWN_MEASURE.matcher(clause).replaceFirst(""))
                        .replaceFirst("");
                if (clause.isBlank()) {
                    continue;
                }
                out.add(new Clause(
                        printed, clause, year, NAMELESS.matcher(clause).find(), adds || overPeriod, opens));
                opens = false;
            }
        }
        return out;
    }

    /** The year the closing bracket of a cell of one goal dates it to, where it falls in the plan's years: 12%(2028年). */
    static Optional<Integer> yearInPlan(String cell, Plan plan) {
        Matcher last = DATED_CELL.matcher(
                Normalizer.normalize(cell, Normalizer.Form.NFKC).strip());
        if (!last.find()) {
            return Optional.empty();
        }
        Matcher dated = YEAR_ONLY.matcher(last.group(1));
        if (!dated.matches() || ONE_OF_SEVERAL.matcher(cell).find()) {
            return Optional.empty(); // no date, or one clause's among several (CellClauses.of dates each)
        }
        return goalYear(dated, plan);
    }

    /**
     * The year a bracket that only dates a figure ({@link #YEAR_ONLY}, matched) makes it a goal of: 45%(2028年). None
     * for 54.11%(2024年数据), the base's time, 50%(2035年), a vision beyond the plan, or 12%(2028年实际), a figure
     * reported.
     */
    private static Optional<Integer> goalYear(Matcher dated, Plan plan) {
        int year = Integer.parseInt(dated.group(1));
        return year > plan.baseYear() && year <= plan.targetYear() && dated.group(2) == null
                ? Optional.of(year)
                : Optional.empty();
    }

    /** >6%, ≤5.5%: a bound's sign before a figure, in the words running text bounds it with. */
    static String signsInWords(String text) {
        return text.replaceAll("[≥](?=\\d)", "不低于")
                .replaceAll("[≤](?=\\d)", "不超过")
                .replaceAll("[>](?=\\d)", "超过")
                .replaceAll("[<](?=\\d)", "低于");
    }

    /** The statistic a clause that names its own subject is about, for the nameless clauses after it. */
    static String subjectOf(QuantifiedClause q) {
        return statisticOf(q.name());
    }

    /** The clauses of a statement, each cut again at a pause that closes a figure and opens another goal's. */
    private static List<String> pieces(String[] clauses) {
        List<String> pieces = new ArrayList<>();
        for (String clause : clauses) {
            // 数字化研发设计工具普及率、关键工序数控化率分别达92%、76%: a clause per name, as in running text
            List<RespectiveClauses> each = RespectiveClauses.of(clause.strip(), List.of());
            if (each.size() > 1) {
                each.forEach(c -> pieces.add(c.text()));
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (String part : clause.split("、", -1)) {
                boolean countsFirst = !part.isEmpty()
                        && Character.isDigit(part.charAt(0))
                        && piece.chars().anyMatch(Character::isDigit);
                if (piece.length() > 0
                        && (FIGURE_BEFORE_PAUSE.matcher(piece).find() || countsFirst)
                        && part.chars().anyMatch(Character::isDigit)) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else if (piece.length() > 0) {
                    piece.append('、');
                }
                piece.append(part);
            }
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
