package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Departments;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Names;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetExpression;
import org.planwatch.domain.TargetKind;

/**
 * Reads the targets a plan states in running text: "到2025年，…R&D经费支出占GDP的比重达到7.5%以上，
 * 高新技术企业650家左右", in any document, beside its tables or without any. Sentences are cut into
 * clauses; a clause that names an indicator of the dictionary and states one number with its unit
 * is a target. {@link ProseTime} tells the year: the sentence's {@code 到2025年}, or, where the
 * sentence names no time, the plan's end year, and then only a clause with a target's verb or
 * bound (达到, 提高到, 控制在, 以上, 左右…) counts; a sentence about the plan's base year or earlier
 * is a fact, not a target. Every other clause with a number and every sentence about the past is
 * reported as a notice with its line, so that nothing is dropped unseen.
 */
public final class TextTargets {
    /** A bracket closing a clause after its figure, with words and no figure: a note, not part of the goal. */
    private static final Pattern NOTE_AFTER_FIGURE = Pattern.compile("(?<=\\d[^\\d()]{0,6})\\(([^\\d()]{2,30})\\)$");

    private static final Pattern YEAR = ProseTime.TARGET_YEAR;
    /** A document's title, a date or a span of years: none is a figure a target states. */
    private static final Pattern TITLE_OR_DATE = Pattern.compile("《[^》]*》|(?:19|20)\\d\\d\\s*(?:年(?:\\s*\\d{1,2}\\s*月"
            + "(?:\\s*\\d{1,2}\\s*日)?)?|[-—–~～至到]\\s*(?=(?:19|20)\\d\\d))");
    /** A figure with its unit, as targets state them: 93%, 110万人, 3000亿元. */
    private static final Pattern FIGURE =
            Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|‰|[万亿千]|个|家|项|岁|人|元|公里|吨|亩|所|张|座|条|套)");

    private static final Pattern YEAR_RANGE = Pattern.compile("(20\\d\\d)\\s*[-—–－至]\\s*(20\\d\\d)");
    /** Where clauses part: commas, semicolons, and a colon before words (主要目标:全员劳动生产率…), not a ratio's (2.2:1). */
    /** A colon before a figure (森林覆盖率：25.8%, 浓度：<27微克/立方米) joins a name to it; elsewhere it ends a clause. */
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[，；,;：]|:(?![\\d<>≤≥〔\\[])");

    /** A bound's sign right after a name (浓度<27), not after 的 (降到2030年的≤5‰, which reads as it stands). */
    private static final Pattern SIGN_AFTER_NAME = Pattern.compile("(?<=[\\p{IsHan})])(?<!的)[<>≤≥](?=\\d)");

    /** 森林覆盖率:25.8%: a name a colon joins to its figure, as a list of indicators prints it. */
    private static final Pattern NAME_COLON = Pattern.compile("^(\\D[^:]{1,59}?):(?=[<>≤≥〔\\[]?\\d)");

    private static final Pattern LEADING = Pattern.compile(
            "^(\\d{1,2}[.．、](?!\\d)|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|[【(（][^】)）\\d]{2,8}[】)）]|年内|期间|(要|将)(?=力争|争取|实现|确保|达到)|力争"
                    + QuantifiedClause.ACHIEVE + "|努力" + QuantifiedClause.ACHIEVE + "|力争|争取|"
                    + QuantifiedClause.ACHIEVE + "|确保|其中|提出|包括|包含"
                    + "|全市|全区|全省|全国|全县|全州|全盟|"
                    + ProseTime.PERIOD_END + ")+");
    private static final String NUM = "(?<num>\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "(?<unit>%|‰|家|个|件|人次|万人次|万人|人|项|张|万亿元|亿元|万元|元|万公里|公里|万平方米|平方米|所|名|岁|亿吨|万吨|吨"
            + "|公顷|万亩|亩|年|微克/立方米|亿立方米|万立方米|立方米|万千瓦|千瓦)?";
    private static final String QUAL = "(?<qual>以上|左右|以内|以下)?";
    /** 高新技术企业650家左右, 研发机构比例达到30%以上, 年均增速不低于15% */
    private static final Pattern NAME_FIRST = Pattern.compile("^(?<name>(?:" + QuantifiedClause.THRESHOLD
            + "|[^\\d])+?)(?<verb>达到|达|突破|超过|超|迈上|不低于|不少于|不超过|不高于|控制在|提高到|提高至|提升到|提升至|增加到|增加至|增至|增长到|降低到|降低至|下降到|下降至|降至|降到|缩小到|缩小至|保持在|稳定在|低于|为)?"
            + NUM + UNIT + QUAL + "$");
    /** 引进研发人员 80 人 reads as above; 突破 60 项以上关键技术 puts the number first: 关键技术. */
    private static final Pattern NUMBER_FIRST = Pattern.compile("^(?<verb>引进|孵化|突破|提供|建设|构筑|培育形成|形成|新设立|建成|培育)?" + NUM
            + "(?<unit>家|个|项|人|件|所)" + QUAL + "(?<name>[^\\d]+)$");
    /** 地区生产总值比2020年翻一番 */
    private static final Pattern DOUBLING = Pattern.compile("^(?<name>[^\\d]+?)比(?<year>\\d{4})年翻一番$");
    /**
     * Words that stand for a subject named before: 总量突破800亿元 after 地区生产总值 in the same
     * sentence, or 产值达到5000亿元 after 装备制造业产业规模达到3000亿元 earlier in the section.
     */
    private static final Set<String> PRONOUNS = Set.of("总量", "规模", "产值");
    /** A section heading (2．发展目标。, （一）, 一、, **…**, # …): what was named above it is out of scope. */
    private static final Pattern HEADING =
            Pattern.compile("^\\s*(#|\\*\\*|\\d+\\s*[．.、]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、).*");

    /** A part or chapter heading of a plan's outline: 第十三篇 加快…, 第四十七章 积极稳妥推进…. */
    private static final Pattern PLANS_PART = Pattern.compile("^\\s*第[一二三四五六七八九十百零〇]{1,4}[篇章]\\s*\\S");

    private static boolean opensWithAPlansPart(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .findFirst()
                .filter(l -> PLANS_PART.matcher(l).find())
                .isPresent();
    }

    /** A paragraph that says it goes on with the one before: 与此同时, 同时, 此外. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:与此同时|同时|此外|另外|另一方面)[,，、]");

    /** A heading over a list of the plan's indicators (其他经济指标, 主要目标): not an account of results. */
    private static final Pattern LIST_SECTION = Pattern.compile("指标|目标");

    /** A heading as a converted page prints it, without its markup: a short line of words alone. */
    private static final Pattern UNMARKED_HEADING = Pattern.compile("^\\s*[^\\d，。,；;：:]{2,24}\\s*$");

    private static final Pattern RESULTS_SECTION = Pattern.compile("完成|成就|成效|回顾|进展|基础|现状|实现情况");
    /** One indicator and its figure on a line of its own (- 外贸进出口总额：50亿元), as a list of indicators prints it. */
    private static final Pattern LISTED_ITEM = Pattern.compile(
            "^\\s*(?:[-*•·]\\s*|\\d{1,2}[.．、]\\s*)?[^：:，。,；;\\d]{2,30}[：:]\\s*[<>≤≥]?\\d[^，。,；;：:]*[。.]?$");

    /** Words that make a sentence's quantified clauses targets: it names the plan's years or a yearly pace. */
    /** A rate that names no subject: 年均增长7.5%左右 after the level of what grows. */
    private static final Pattern NAMELESS_RATE = Pattern.compile("^(?:年均(?:增长|增速|提高|下降)|(?:同比|比上年|较上年)(?:增长|增速))");
    /**
     * 同比增长6%左右 of a year's goal: the year's rate, under the name of the statistic's growth (not 比上年提高1个百分点,
     * which may be the rate's own rise).
     */
    private static final Pattern YEAR_ON_YEAR = Pattern.compile("^(?:同比|比上年|较上年)(?=增长|增速)");

    /** A level that names no subject: 迈上3万亿元台阶 after the growth of what reaches it. */
    private static final Pattern NAMELESS_STEP = Pattern.compile("^(?:迈上|突破)\\d");

    private static final Pattern GROWTH_WORDS = Pattern.compile("(?:年均)?(?:增长|增速)$");

    /** A line whose first clause names a plan's document: 《纲要草案》设置了, 围绕上述目标，《纲要》提出. */
    private static final Pattern NAMES_THE_DOCUMENT = Pattern.compile("^[^。]{0,12}?《");

    private static final Pattern TARGET_WORDS = Pattern.compile("到\\s*20\\d\\d\\s*年|十[四五六]五|年均|20\\d\\d年前");
    /** A line that announces the plan's targets: what follows it states them. */
    private static final Pattern ANNOUNCES_TARGETS = Pattern.compile(
            "主要目标|发展目标|总体目标|预期目标|主要指标|工作目标|行动目标|具体目标|阶段性?目标|(今后|未来)五年[^。]{0,30}目标|提出\\d+项指标|目标任务|(纲要|规划|方案|意见|建议)(\\([^)]*\\))?》?[^。]{0,6}(提出|明确|指出)"
                    // 二、“十五五”时期经济社会发展重点任务: a report's chapter of the period's tasks states its goals
                    + "|十[一二三四五六七八九]五”?(?:时期|期间)?[^。，,]{0,16}(?:重点|主要)任务"
                    // 方案经市政府常务会议审议通过,已由市政府办公厅印发,明确将…: the plan, issued, then its goals
                    + "|(纲要|规划|方案|意见)[^。]{0,12}(审议通过|印发|发布)[^。]{0,20}(提出|明确|指出)");

    private static final Pattern FULL_STOP = Pattern.compile("。");
    /**
     * Where a sentence ends: 。, and in a summary's one-line bullets a bullet dash or a reference mark
     * [4]; a converted page's half-width full stop (下降18%.更远期) between words, not in 5.5 or 1.
     */
    private static final Pattern SENTENCE_END =
            Pattern.compile("。|\\s+-\\s+|\\s*\\[\\d{1,2}]|(?<=[^\\d\\s.])\\.(?=[^\\d.\\s])");
    /**
     * A closing clause that names a later year as what the goals before it prepare for:
     * …年均增长5%左右，为确保…实现2035年人均地区生产总值比2020年翻一番打好基础.
     */
    private static final Pattern PURPOSE_AFTER_GOALS = Pattern.compile(
            "(?<=\\d%|\\d％|左右|以上|以内)[,，]为(?:确保|实现)?[^。，,；;]{0,30}?20\\d\\d年[^。；;]*?(?:打好|打下|奠定|夯实)[^。；;]{0,6}基础$");

    /**
     * The sentences with a closing purpose clause ({@link #PURPOSE_AFTER_GOALS}) apart from the goals
     * before it: its year is the vision's, not theirs; read as a sentence of its own, a report may still
     * quote it as a goal of that year.
     */
    private static List<String> withPurposesApart(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            Matcher purpose = PURPOSE_AFTER_GOALS.matcher(sentence);
            if (purpose.find()) {
                out.add(sentence.substring(0, purpose.start()));
                out.add(sentence.substring(purpose.start() + 1));
            } else {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Two years a sentence's 分别 clauses pair their figures with: 到2022年和2030年. */
    private static final Pattern TWO_YEARS = Pattern.compile("到(20\\d\\d)年(?:和|、|及)(20\\d\\d)年");

    private static final Pattern PAIRED_YEAR = Pattern.compile("^(?:和|、|及)(20\\d\\d)年$");
    /** A clause that only names the year of the clauses after it: 展望2035年, 到2030年, 2021~2030年 (its end). */
    private static final Pattern CLAUSE_YEAR =
            Pattern.compile("^(?:展望|到|至|在)?(?:20\\d\\d\\s*[~～\\-—–至到]\\s*)?(20\\d\\d)年(?:底|末|前)?$");
    /** Someone's reckoning from a target (按此计算, 测算, 预计), not the plan's own figure. */
    private static final Pattern ESTIMATE = Pattern.compile("按此|计算|测算|估算|预计|预测|意味着|相当于.*经济体");
    /** 京津冀区域经济总量占全国比重: a figure of several regions together, in a plan of one of them. */
    private static final Pattern REGION_GROUP =
            Pattern.compile("(?:推动|促进|实现)?(京津冀|长三角|长江三角洲|粤港澳大湾区|成渝地区|长江经济带|黄河流域|珠三角)");
    /** A news lead: a date, then who published which plan (6月9日,深圳发改委发布《…》). */
    private static final Pattern NEWS_LEAD =
            Pattern.compile("^\\s*\\d{1,2}月\\d{1,2}日[^。]{0,40}(?<!关于)(发布|印发|公布|出台|审议通过)了?《");

    private static final int NEWS_LEAD_LINES = 6;
    /** A question that still names a goal without a figure (倍增, 翻一番): said so, not silently passed. */
    private static final Pattern QUESTIONED_GOAL = Pattern.compile("倍增|翻一番|同步");
    /** Words that make a step to reach (迈上…台阶) a goal rather than an account of one reached. */
    private static final Pattern STRIVEN = Pattern.compile("力争|争取|将|确保|努力|目标");
    /** A sentence that speaks of the time the sentence before named: 到那时, 届时. */
    private static final Pattern THAT_TIME = Pattern.compile("^\\s*(到那时|届时|那时)");
    /** This year's figure (今年经济增长5%左右) is an annual goal, not the plan's; 今年9月 only dates something. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年(?!\\d{1,2}月)|明年(?!\\d{1,2}月)|本年度");

    private final IndicatorDictionary indicators;
    private final IndicatorResolver resolver;
    private final Departments departments;

    private final RegionDictionary regions;
    /** Who states a report's goals, where a region other than the report's does. */
    private final RegionalVoice voices;
    /** The year a report's 今年 means, where the user gave it. */
    private final Optional<Integer> givenYear;

    /** Reads every clause as the plan's region's, whatever region it names. */
    public TextTargets(IndicatorDictionary indicators, Departments departments) {
        this(indicators, departments, null);
    }

    /**
     * @param regions the regions a clause may name: a clause naming one other than its plan's
     *     (其中蓬江区达到4%, in a city plan) is no target of the plan's region; null to read every clause
     *     as the plan region's
     */
    public TextTargets(IndicatorDictionary indicators, Departments departments, RegionDictionary regions) {
        this(indicators, departments, regions, Optional.empty());
    }

    /** As above, with the year a report's 今年 means where the user gives it (--year). */
    public TextTargets(
            IndicatorDictionary indicators,
            Departments departments,
            RegionDictionary regions,
            Optional<Integer> givenYear) {
        this.givenYear = givenYear;
        this.departments = departments;
        this.indicators = indicators;
        this.resolver = new IndicatorResolver(indicators);
        this.regions = regions;
        this.voices = regions == null ? null : new RegionalVoice(regions);
    }

    /** What a document's text gave: targets, problems (file:line: reason), and notices of clauses not read as targets. */
    public record Result(List<Target> targets, List<String> problems, List<String> notices) {}

    /**
     * @param bounded whether a target's verb or bound says it is one (达到, 提高到, 控制在, 以上, 左右…)
     */
    private record Clause(
            String name, String expression, String unit, Integer baseYear, boolean doubling, boolean bounded) {}

    /** The targets of a document that is one plan's from its first line to its last. */
    public Result read(String file, List<String> lines, Plan plan) {
        return read(file, lines, line -> Optional.of(plan), Set.of());
    }

    /**
     * The targets of the running text of a document that may hold several plans and tables.
     *
     * @param planAt the plan 1-based line {@code n} belongs to; empty where the text is no known
     *     plan's (a bundle's cover, a plan whose region cannot be told): that text is not read
     * @param tableLines the 1-based lines of indicator tables: not running text
     */
    public Result read(String file, List<String> lines, IntFunction<Optional<Plan>> planAt, Set<Integer> tableLines) {
        return read(file, lines, planAt, tableLines, (index, fragment) -> fragment);
    }

    /**
     * As above, citing each target's name and clause as {@code printed} gives them back from the
     * lines as the document prints them (before folding, {@link
     * org.planwatch.planimport.source.FoldedText}): 0-based line, folded fragment.
     */
    public Result read(
            String file,
            List<String> lines,
            IntFunction<Optional<Plan>> planAt,
            Set<Integer> tableLines,
            BiFunction<Integer, String, String> printed) {
        Map<String, Target> targets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        // the subject last named in the section, by unit: what 产值 (亿元) stands for
        Map<String, String> sectionSubjects = new LinkedHashMap<>();
        // a year sentence cut at the end of a line (到2025年，力争服务业增加值占 / 地区生产总值比例达到40%)
        // goes on with the next line, which prints its number and is cited
        String carried = "";
        // the year a paragraph's last sentence named, where it stated no figure (…到2030年，…取得显著成效。): a page
        // that broke the paragraph there goes on with that year's targets on the next line (…比2005年下降65%以上)
        Integer yearAtParagraphEnd = null;
        // the year a paragraph without figures set its scene in (“十五五”时期，我国将加快建设…。): a paragraph that says
        // it goes on (与此同时，…新增耕地灌溉面积4000万亩) states that year's goals
        Integer sceneYear = null;
        Plan previous = null;
        // each plan's own end year: the year whose target keeps the plan's id when an indicator has several
        Map<String, Integer> planYears = new LinkedHashMap<>();
        boolean inPastChapter = false;
        // a line that announces targets (《纲要》提出：, 主要目标) makes the quantified clauses after it targets
        boolean targetContext = false;
        // a chapter titled as the plan's targets (第三章 主要目标, 二、发展目标): its quantified clauses are targets
        // even in a plan's own text, where elsewhere only dictionary indicators are read
        boolean targetChapter = false;
        // a section headed as indicators or targets (## 其他经济指标): its lines of a name and a figure are the plan's
        // targets, of its end year unless a line says otherwise, though they print no verb or bound
        boolean listSection = false;
        // where the plan prints its indicator table, that table states its indicators and its prose restates
        // them in looser words (制造业增加值占GDP比重 for the table's 制造业增加值占地区生产总值比重)
        boolean ownTable = !tableLines.isEmpty();
        // a report of a plan (no plan title of its own: a news item, a summary) quotes its 2035 vision as a goal
        // and a document titled as one year's goals (2026年…国民经济和社会发展计划) is read as a report's goals are
        Optional<Integer> titledYear = oneYearsGoalsTitle(lines);
        boolean report =
                lines.stream().noneMatch(PlanTitle::isTitle) || opensWithANewsLead(lines) || titledYear.isPresent();
        // a report that opens with a part or chapter of a plan (第十三篇 加快…绿色转型) sums up that part: every figure it
        // gives a statistic is one of the plan's goals, as under a line that announces them
        boolean partOfAPlan = report && opensWithAPlansPart(lines);
        // the year a report speaks in (今年), and whether the text at hand is about this year's goals and work
        AnnualGoals annualGoals =
                AnnualGoals.of(report ? lines : List.of(), report ? givenYear.or(() -> titledYear) : Optional.empty());
        Optional<Integer> reportYear = annualGoals.year();
        boolean annualContext = false;
        // a digest of several regions' reports: only what a region states is read, as that region's
        boolean digest = report && RegionalVoice.isDigest(lines);
        UnplannedLines unplanned = new UnplannedLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1);
            Optional<Plan> at = planAt.apply(i + 1);
            if (at.isEmpty() && !tableLines.contains(i + 1)) {
                unplanned.add(i + 1, FIGURE.matcher(lines.get(i)).find());
            } else if (at.isPresent()) {
                unplanned.end(notices);
            }
            if (at.isEmpty()
                    || tableLines.contains(i + 1)
                    || lines.get(i).strip().contains("\t")) {
                carried = "";
                continue;
            }
            Plan linePlan = at.get();
            if (linePlan != previous) {
                planYears.putIfAbsent(linePlan.id(), linePlan.targetYear());
                sectionSubjects.clear();
                inPastChapter = false;
                previous = linePlan;
            }
            boolean heading = HEADING.matcher(lines.get(i)).matches();
            if (heading) {
                sectionSubjects.clear();
            }
            if (heading || UNMARKED_HEADING.matcher(lines.get(i)).matches()) {
                listSection = LIST_SECTION.matcher(lines.get(i)).find()
                        && !RESULTS_SECTION.matcher(lines.get(i)).find()
                        && !ProseTime.pastChapter(lines.get(i), linePlan);
            }
            if (ProseTime.opensChapter(lines.get(i))) {
                yearAtParagraphEnd = null;
                targetContext = ANNOUNCES_TARGETS.matcher(lines.get(i)).find();
                targetChapter = targetContext && !ownTable && !ProseTime.pastChapter(lines.get(i), linePlan);
                inPastChapter = ProseTime.pastChapter(lines.get(i), linePlan);
                // 三、2026年部分重点工作 opens this year's work; 二、“十五五”时期… ends it; a heading of neither
                // (一、“一老一小”服务保障 in a list of this year's 民生实事) goes on with it
                annualContext = report
                        && (annualGoals.announced(lines.get(i))
                                || (annualContext && !annualGoals.speaksOfAnotherTime(lines.get(i))));
                carried = "";
                continue;
            }
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (ANNOUNCES_TARGETS.matcher(lines.get(i)).find()) {
                targetContext = true;
            }
            if (report && annualGoals.announced(lines.get(i))) {
                annualContext = true;
            }
            // 2025年—— / 2026年—— over a report's parts: the part about that year
            Optional<Integer> headed = AnnualGoals.heading(lines.get(i));
            if (report && headed.isPresent() && reportYear.isPresent()) {
                annualContext = headed.get().equals(reportYear.get());
                inPastChapter = headed.get() < reportYear.get();
                continue;
            }
            // a table row flattened into a line (婴儿死亡率 5.0‰(目前8.1‰) |): a target of the plan's end year
            Optional<QuantifiedClause> row = inPastChapter ? Optional.empty() : FlattenedRow.read(lines.get(i));
            if (row.isPresent()) {
                Target t = generated(
                        where,
                        linePlan,
                        row.get(),
                        linePlan.targetYear(),
                        i,
                        lines.get(i).strip(),
                        printed);
                if (targets.putIfAbsent(t.plan() + "|" + t.indicator() + "|" + t.targetYear(), t) != null) {
                    notices.add(where + ": restates the target of " + t.indicator() + "; the first is kept");
                }
                carried = "";
                continue;
            }
            // a line that only ends a sentence carried from above (…到2050年… / (王波)) is no headline
            boolean headline = i < HEADLINE_LINES && carried.isEmpty() && isHeadline(lines.get(i));
            // a headline that calls its figure a goal (…预期目标增长5.5%—6%) is read for it; one that reports a
            // result (…突破2.3万亿元 同比增长6%) is no goal, whatever its clauses say apart
            boolean headlineGoal =
                    headline && HEADLINE_GOAL.matcher(lines.get(i)).find();
            List<String> sentences = new ArrayList<>(List.of((report ? SENTENCE_END : FULL_STOP)
                    .split(
                            DatedBrackets.expand(carried
                                    + ITEM_NUMBER
                                            .matcher(headlineGoal ? clausesApart(lines.get(i)) : lines.get(i))
                                            .replaceFirst("")),
                            -1)));
            carried = "";
            sentences = withPurposesApart(sentences);
            String tail = sentences.get(sentences.size() - 1);
            if (YEAR.matcher(tail).find() && continuesOnNextLine(lines, i)) {
                carried = tail;
                sentences.remove(sentences.size() - 1);
            }
            // 到2020年，…达到50家。科技服务业机构总量达到150家: the year holds for the paragraph
            // …到2035年实现…。 / 围绕上述目标，《纲要草案》设置了29项主要指标: a line that turns to the plan's own
            // document speaks of the plan, not of the year the line before ended on
            Integer paragraphYear = NAMES_THE_DOCUMENT.matcher(lines.get(i)).lookingAt()
                    ? null
                    : yearAtParagraphEnd != null
                            ? yearAtParagraphEnd
                            : GOES_ON.matcher(lines.get(i)).lookingAt() ? sceneYear : null;
            Integer namedBefore = null;
            yearAtParagraphEnd = null;
            Integer lineScene = null;
            // a line of a name and its figure in a section of indicators: one of the plan's listed targets
            boolean listed = listSection && LISTED_ITEM.matcher(lines.get(i)).matches();
            // where the text says its figures are the plan's goals, a clause needs no year, verb or bound of its own
            boolean goalsSaid = listed || (report && (targetContext || partOfAPlan));
            boolean paragraphPast = false;
            for (String sentence : sentences) {
                if (!sentence.isBlank()) {
                    yearAtParagraphEnd = null;
                }
                // a report after the plan's end that turns to the next plan (…第十五个五年规划纲要(草案)提出…。其中，
                // 地区生产总值年均增长5%左右): that plan's goal, though the paragraph spoke of the past before
                String line = lines.get(i);
                Optional<Integer> nextEnd = reportYear
                        .filter(y -> y > linePlan.targetYear())
                        .flatMap(y -> nextPeriodEnd(line, sentence, linePlan, y));
                // 我省“十五五”时期…《纲要草案》设定了…主要指标，包括地区生产总值年均增长5%左右: in a year's report, the goal
                // of the period the year opens, though the sentence names no year
                boolean periodGoal =
                        report && linePlan.oneYear() && setsPeriodGoal(line, sentence, linePlan.targetYear());
                // 作为“十五五”开局之年，2026年…: the year's place in the period, not a sentence about the period
                ProseTime.When when = ProseTime.of(
                        AnnualGoals.withoutPlaceInPeriod(dated(sentence)),
                        linePlan,
                        paragraphYear,
                        // …以扎实工作开好局。今年经济社会发展主要预期目标是：… announces what comes, whatever came before
                        inPastChapter
                                || (paragraphPast
                                        && nextEnd.isEmpty()
                                        && !periodGoal
                                        && !ANNOUNCES_TARGETS.matcher(sentence).find()),
                        report);
                if (sentence.strip().endsWith("?") || sentence.strip().endsWith("？")) {
                    if (sentence.matches(".*\\d.*")
                            || QUESTIONED_GOAL.matcher(sentence).find()) {
                        notices.add(where + ": '" + sentence.strip() + "' asks a question: not read as a target");
                    }
                    continue; // 广东要用13年时间，实现经济总量的倍增，…具体对应的数据是多少？
                }
                // …到2035年，…基本实现现代化。到那时，经济总量实现倍增: the year the sentence before named
                boolean thatTime = THAT_TIME.matcher(Names.normalize(sentence)).lookingAt() && namedBefore != null;
                if (thatTime) {
                    when = ProseTime.When.target(namedBefore, true);
                }
                // a government work report's goals for this year (今年…主要预期目标是：…): the annual plan's
                Integer annual = report ? annualGoals.yearOf(dated(sentence), when, annualContext, linePlan) : null;
                Plan following = null;
                if (annual != null) {
                    when = ProseTime.When.target(annual, true);
                } else if (report
                        && when.past() == null
                        && reportYear.isEmpty()
                        && AnnualGoals.speaksOfThisYear(sentence)) {
                    // 今年…增长5.5%左右 in a report that prints no year: whose year it is cannot be told
                    when = ProseTime.When.past(
                            "it speaks of 今年 and the report names no year to date it (give it with --year)");
                } else if (report
                        && linePlan.oneYear()
                        && when.past() == null
                        && when.explicit()
                        && when.year() > linePlan.targetYear()
                        // …到2030年… or a label that opens with it (2030年目标：综合产值突破1800亿元)
                        && (YEAR.matcher(sentence).find() || ProseTime.opensWithYear(sentence))
                        && PlanPeriod.ending(when.year()).isFiveYear()
                        && PlanPeriod.ending(when.year()).baseYear() < linePlan.targetYear()) {
                    // a year's report that sets its period's goal too (“十五五”…到2030年地区生产总值冲刺3.2万亿元)
                    following = PlanNamer.fiveYear(linePlan.region(), when.year());
                } else if (periodGoal && when.past() == null && !when.explicit()) {
                    int end = PlanPeriod.holding(linePlan.targetYear()).endYear();
                    following = PlanNamer.fiveYear(linePlan.region(), end);
                    when = ProseTime.When.target(end, true);
                } else if (report && linePlan.oneYear() && when.past() == null) {
                    // a report that is only this year's goals: what it says outside them (去年…, an aside) is none
                    when = ProseTime.When.past("it is not among the report's goals for " + linePlan.targetYear());
                } else if (when.past() == null
                        && reportYear.filter(y -> y > linePlan.targetYear()).isPresent()) {
                    if (when.explicit()
                            && when.year() >= reportYear.get()
                            && PlanPeriod.ending(when.year()).isFiveYear()) {
                        // 面向“十五五”，到2030年，…力争…达到2000亿斤 after an account of the 14th: the next period's
                        following = PlanNamer.fiveYear(linePlan.region(), when.year());
                    } else if (!when.explicit() && nextEnd.isPresent()) {
                        // 《…第十五个五年规划纲要(草案)》提出…。其中，地区生产总值年均增长5%左右: the next plan's goal
                        following = PlanNamer.fiveYear(linePlan.region(), nextEnd.get());
                        when = ProseTime.When.target(nextEnd.get(), true);
                    } else {
                        // 2026年政府工作报告 on “十四五”期间…: the plan ended before the year the report speaks in
                        when = ProseTime.When.past("the report speaks in " + reportYear.get() + ", after the end of "
                                + linePlan.id() + " in " + linePlan.targetYear());
                    }
                }
                Plan stated = annual != null
                        ? PlanNamer.annual(linePlan.region(), annual)
                        : following != null ? following : linePlan;
                // 人口大省河南明确，城镇新增就业110万人以上: in a digest of regions' reports, the goal of the region that
                // states it (elsewhere a region named before the verb is more often whose policy is followed)
                Optional<Region> speaker = digest && voices != null && when.past() == null
                        ? voices.of(sentence, stated.region())
                        : Optional.empty();
                final Plan plan = speaker.map(r -> inRegion(stated, r)).orElse(stated);
                planYears.putIfAbsent(plan.id(), plan.targetYear());
                namedBefore = when.explicit() ? when.year() : null;
                if (lineScene == null && when.past() == null) {
                    // 到2030年, or the plan's own period by name (“十五五”时期，我国将…)
                    lineScene = when.explicit()
                            ? when.year()
                            : PlanPeriod.namedPeriod(Names.normalize(sentence))
                                    .filter(p -> p.endYear() == plan.targetYear())
                                    .map(PlanPeriod::endYear)
                                    .orElse(null);
                }
                if (when.past() != null) {
                    paragraphYear = null;
                    // …，为到2035年…翻一番打好基础。居民消费率明显提高: a vision named only as what the period prepares
                    // for leaves the paragraph in the plan's years
                    paragraphPast = !ProseTime.onlyPreparesFor(sentence, plan);
                    if (sentence.matches(".*\\d.*")) {
                        notices.add(where + ": '" + sentence.strip() + "' is not a target: " + when.past());
                    }
                    continue;
                }
                if (when.year() == null
                        && targetContext
                        && ANNOUNCES_TARGETS.matcher(sentence).find()
                        && FIGURE.matcher(sentence).find()) {
                    // 主要目标包括：…，2030年前碳达峰目标如期实现: the plan's goals, listed; a year inside one dates only it
                    when = ProseTime.When.target(plan.targetYear(), false);
                }
                if (when.year() == null) {
                    if (FIGURE.matcher(TITLE_OR_DATE.matcher(sentence).replaceAll(""))
                            .find()) {
                        // 在2025年11月…介绍,…2027年… names later years without 到: whose goal it sets is not said
                        notices.add(where + ": '" + sentence.strip() + "' names a year after the plan's base"
                                + " without saying the sentence sets its goal (到YYYY年): not read");
                    }
                    continue;
                }
                if (speaker.isPresent() && plan == stated) {
                    notices.add(where + ": '" + sentence.strip() + "' states "
                            + speaker.get().nameZh()
                            + "'s goals, and which of its plans they belong to cannot be told: not read");
                    continue;
                }
                if (digest && speaker.isEmpty() && plan.region().level().equals("national")) {
                    if (sentence.matches(".*\\d.*")) {
                        notices.add(where + ": '" + sentence.strip() + "' names no region, in a digest of several"
                                + " regions' reports: not read as anyone's target");
                    }
                    continue;
                }
                int targetYear = when.year();
                int sentenceYear = targetYear;
                String after = ProseTime.afterTime(sentence);
                if (after != null) {
                    // a vision (到2035年…) holds for its own sentence; the paragraph goes on about the plan's years
                    paragraphYear = targetYear <= plan.targetYear() ? targetYear : null;
                    // only a sentence that sets the scene without figures of its own leaves its year to the next line
                    yearAtParagraphEnd = after.matches(".*\\d.*") ? null : paragraphYear;
                    paragraphPast = false;
                } else {
                    after = sentence;
                }
                String rest = Names.normalize(after).replace("**", "").replaceFirst("^[,，]+", "");
                if (namesTwoRegions(rest)) {
                    notices.add(where + ": '" + rest + "' is about two regions together; no single region to"
                            + " hold its targets");
                    continue;
                }
                String subject = null;
                String subjectUnit = null;
                Map<String, Target> inSentence = new LinkedHashMap<>();
                // a vision year (为到2035年…翻一番) binds its own clause; the sentence's others are the plan's
                boolean visionClause = targetYear > plan.targetYear();
                // a year a clause of its own sets (…；到2035年，…，人均地区生产总值翻一番), or that 到那时 takes
                // from the sentence before; a year the sentence opens with (2026年，山西将…：煤炭产量…) dates all of it
                boolean heldYear = thatTime || ProseTime.opensWithYear(sentence);
                List<Integer> pairedYears = pairedYears(sentence);
                List<RespectiveClauses> expanded = new ArrayList<>();
                boolean generates = targetChapter || listed || (!ownTable && !report);
                // elsewhere in a plan's own prose only a statistic's name (…率, …比重, …排放量) is read as one
                boolean anyName = report || targetChapter || listed;
                for (String c : clauses(rest)) {
                    // only where clauses may generate codes: elsewhere a plan's own 分别 lists stay notices for review
                    expanded.addAll(
                            report || generates
                                    ? RespectiveClauses.of(c, pairedYears)
                                    : List.of(new RespectiveClauses(c, null)));
                }
                for (RespectiveClauses respective : expanded) {
                    String part = respective.text();
                    if (PAIRED_YEAR.matcher(part).matches()) {
                        continue; // 和2030年 of 到2022年和2030年: the years the 分别 clauses pair with
                    }
                    if (!visionClause
                            && !heldYear
                            && targetYear > plan.targetYear()
                            && !YEAR.matcher(part).find()) {
                        targetYear = plan.targetYear();
                    }
                    visionClause = false;
                    // 到2025年，…提高1岁左右，展望2035年，…达到80岁以上: a clause that is a year sets it for those after
                    Matcher clauseYear = CLAUSE_YEAR.matcher(part);
                    if (clauseYear.matches() && Integer.parseInt(clauseYear.group(1)) > plan.baseYear()) {
                        targetYear = Integer.parseInt(clauseYear.group(1));
                        visionClause = true;
                        heldYear = true;
                        continue;
                    }
                    int year = respective.year() != null ? respective.year() : targetYear;
                    // 力争2024年江津班列到发量占全市50%，进出口总额年均增速10%以上: the year is its clause's alone
                    Matcher milestone = ProseTime.CLAUSE_MILESTONE.matcher(part);
                    boolean ownYear = false;
                    if (respective.year() == null && milestone.lookingAt() && milestone.end() < part.length()) {
                        int own = Integer.parseInt(milestone.group(1));
                        if (own > plan.baseYear() && own <= plan.targetYear()) {
                            year = own;
                            ownYear = true;
                            part = part.substring(milestone.end());
                        }
                    }
                    // 2026年地区生产总值…: a clause that opens with the very year it is read for
                    // (今年… among this year's goals)
                    // 将今年国内生产总值增长目标设定在…: what it will do this year
                    part = part.replaceFirst("^将(?=今年|20\\d\\d年)", "");
                    part = withoutOwnRegionBeforeYear(part, plan.region());
                    Matcher opening = LEADING_YEAR.matcher(part);
                    if (opening.lookingAt()
                            && opening.end() < part.length()
                            && (opening.group().startsWith("今年")
                                    ? annual != null
                                    : Integer.parseInt(part.substring(0, 4)) == year)) {
                        part = part.substring(opening.end());
                    }
                    // 数据和网络安全产业2030年规模2500亿元: the year the clause is read for, between the name and its figure
                    Matcher inside = ProseTime.YEAR_OF_FIGURE.matcher(part);
                    boolean yearBeforeFigure = inside.find() && Integer.parseInt(inside.group(1)) == year;
                    if (yearBeforeFigure) {
                        part = part.substring(0, inside.start()) + part.substring(inside.end());
                    }
                    // 力争 (strive to) may stand anywhere: 比重力争达20%以上
                    // 森林覆盖率达24%等: the list it closes goes on, the figure stands
                    String text = LEADING.matcher(ChineseFigures.inDigits(part))
                            .replaceFirst("")
                            .replace("力争", "")
                            .replaceFirst("(?<=\\d[^\\d]{0,4})等$", "");
                    text = withoutOwnRegion(text, plan.region());
                    text = NAME_COLON.matcher(text).replaceFirst("$1");
                    // 达到11.7年（民生类唯一约束性指标）: a note on the goal after its figure, no figure of its own
                    Matcher note = NOTE_AFTER_FIGURE.matcher(text);
                    if (note.find() && !TargetExpression.bindsTheGoal(note.group(1))) {
                        text = text.substring(0, note.start());
                    }
                    Matcher sign = SIGN_AFTER_NAME.matcher(text);
                    if (sign.find()) {
                        // 浓度<27微克/立方米: the sign read as the words prose bounds a figure with (低于27)
                        text = text.substring(0, sign.start()) + CellClauses.signsInWords(text.substring(sign.start()));
                    }
                    if (subject != null
                            && !NAMELESS_RATE.matcher(subject).lookingAt()
                            && NAMELESS_RATE.matcher(text).lookingAt()) {
                        // 居民人均可支配收入实现4.2万元左右、年均增长7.5%左右: the rate is the same subject's; so is
                        // 同比增长6%左右 after 寄递业务量将完成2300亿件
                        text = subject + YEAR_ON_YEAR.matcher(text).replaceFirst("");
                    } else if (subject != null && NAMELESS_STEP.matcher(text).lookingAt()) {
                        // 地区生产总值年均增长5%左右、迈上3万亿元台阶: the level the same statistic reaches
                        text = GROWTH_WORDS.matcher(subject).replaceFirst("") + text;
                    } else if (subject != null && part.strip().startsWith("其中")) {
                        text = PartOfAWhole.named(text, subject, subjectUnit).orElse(text);
                    }
                    boolean figureless = !text.matches(".*\\d.*");
                    if (figureless && !QuantifiedClause.mayStateWithoutFigure(text)) {
                        continue;
                    }
                    if (text.contains("迈上")
                            && !when.explicit()
                            && !targetContext
                            && !STRIVEN.matcher(sentence).find()) {
                        // 全市地区生产总值迈上3.2万亿元台阶 in an account of the last plan: a step taken
                        notices.add(where + ": '" + part + "' reaches a step (迈上) with nothing striven for: read"
                                + " as a result, not a target");
                        continue;
                    }
                    if (!plan.region().level().equals("national")
                            && REGION_GROUP.matcher(text).lookingAt()) {
                        notices.add(where + ": '" + part + "' is about a group of regions, not "
                                + plan.region().nameZh() + " alone: not read as a target of " + plan.id());
                        continue;
                    }
                    Optional<Clause> clause = clause(text);
                    // in a report of a plan, or a plan's own prose where it may generate codes (generates): a plan
                    // with its own table names loosely in prose what the table states exactly (科技成果转化10项以上,
                    // 总量突破800亿元), and only its dictionary indicators are read there
                    boolean quantifiedContext = (generates
                                    || (report
                                            && (targetContext
                                                    || partOfAPlan
                                                    || when.explicit()
                                                    || ownYear
                                                    || TARGET_WORDS
                                                            .matcher(sentence)
                                                            .find())))
                            && (annual != null || !THIS_YEAR.matcher(sentence).find())
                            && !ESTIMATE.matcher(sentence).find();
                    // under a line that announces the targets, and among this year's goals, a report lists them, a
                    // name and its figure (工业投资1200亿元, 新增学位1.5万个); a plan's chapter of its goals counts
                    // what it will build among them (打造3个以上的量产人形机器人产品)
                    String said = text;
                    Optional<QuantifiedClause> quantified = quantifiedContext
                            // …产业2030年规模2500亿元: a name, its year and its figure, as a list prints a goal
                            ? ((report && (targetContext || annual != null)) || listed || yearBeforeFigure
                                            ? QuantifiedClause.readListed(text)
                                            : targetChapter || when.explicit()
                                                    ? QuantifiedClause.read(text)
                                                            .or(() -> QuantifiedClause.readBuilt(said))
                                                    : QuantifiedClause.read(text))
                                    .filter(q -> !PRONOUNS.contains(q.name()))
                                    .filter(q -> anyName || q.namesAStatistic())
                                    // a headline names loosely what its text states (新疆…预期目标增长5.5%—6%
                                    // 持续加力提振消费): a dictionary statistic only, never a generated one
                                    .filter(q -> !headline
                                            || headlineGoal
                                                    && indicators
                                                            .find(null, q.name(), q.unit())
                                                            .isPresent())
                            : Optional.empty();
                    if (figureless && quantified.isEmpty()) {
                        continue; // 明显提高 of no one statistic, or outside the goals: prose, as any figureless clause
                    }
                    // a dictionary name read without its year, verb or bound (…排放降低17% among the plan's goals):
                    // the quantified reading, as for any name, where the goals' context allows one
                    boolean dictionaryReads = clause.isPresent()
                            && (when.explicit()
                                    || ownYear
                                    || goalsSaid
                                    || (clause.get().bounded()
                                            && !clause.get().unit().isEmpty()));
                    if (clause.isEmpty()
                            || (quantified.isPresent()
                                    && (!dictionaryReads
                                            || indicators
                                                    .find(
                                                            null,
                                                            clause.get().name(),
                                                            clause.get().unit())
                                                    .isEmpty()))) {
                        if (quantified.isPresent() && otherRegion(part, plan).isEmpty()) {
                            Target t;
                            try {
                                t = generated(where, plan, quantified.get(), year, i, part, printed);
                            } catch (IllegalArgumentException e) {
                                // a clause read but not a target the catalogue can hold: said with its line
                                problems.add(where + ": '" + part + "': " + e.getMessage());
                                continue;
                            }
                            subject = quantified.get().name();
                            subjectUnit = quantified.get().unit();
                            if (inSentence.putIfAbsent(t.indicator() + "|" + t.targetYear(), t) != null) {
                                notices.add(where + ": '" + part + "' sets " + t.indicator()
                                        + " a second time in the sentence; the first is kept");
                            }
                            continue;
                        }
                        if (clause.isEmpty()) {
                            notices.add(where + ": '" + part + "' does not read as one number for one indicator");
                            continue;
                        }
                    }
                    Clause c = clause.get();
                    Optional<Region> other = otherRegion(part, plan);
                    if (other.isPresent()) {
                        notices.add(where + ": '" + part + "' is about "
                                + other.get().nameZh() + ", not "
                                + plan.region().nameZh() + ": not read as a target of " + plan.id());
                        continue;
                    }
                    if (!when.explicit()
                            && !ownYear
                            && !goalsSaid
                            && (!c.bounded() || c.unit().isEmpty())) {
                        notices.add(where + ": '" + part + "' names no year, and no target verb or bound with a"
                                + " unit: not read as a target");
                        continue;
                    }
                    String name = c.name();
                    if (PRONOUNS.contains(name)) {
                        name = subject != null ? subject : sectionSubjects.getOrDefault(c.unit(), name);
                    }
                    subject = name;
                    subjectUnit = c.unit();
                    // Prose names indicators loosely (科技成果转化10项以上 is a count of projects, not a
                    // statistic): only a dictionary indicator becomes a target; tables and lists, which
                    // say they are indicators, may generate one.
                    Optional<Indicator> indicator = indicators.find(null, name, c.unit());
                    // the target as printed, folded text given back (人均預期壽命, not 人均预期寿命)
                    String printedName = printed.apply(i, name);
                    String printedPart = printed.apply(i, part);
                    if (indicator.isEmpty()) {
                        notices.add(where + ": '" + part + "': '" + name + "' is not in the indicator dictionary");
                        continue;
                    }
                    if (!c.unit().isEmpty()) {
                        sectionSubjects.put(c.unit(), name);
                    }
                    try {
                        Target t = target(where, plan, indicator.get(), printedName, c, year, printedPart);
                        String key = t.indicator() + "|" + t.targetYear();
                        Target first = inSentence.get(key);
                        if (first == null) {
                            inSentence.put(key, t);
                        } else if (first.kind() == TargetKind.RELATIVE_CHANGE && t.kind() == TargetKind.LEVEL) {
                            // 比2020年翻一番，总量突破800亿元: the level is the figure a reading meets
                            inSentence.put(key, t);
                            notices.add(where + ": '" + first.expression() + "' and '" + part + "' both set "
                                    + t.indicator() + "; the level is kept, the relative change stays in the text");
                        } else {
                            notices.add(where + ": '" + part + "' sets " + t.indicator()
                                    + " a second time in the sentence; the first is kept");
                        }
                    } catch (RuntimeException e) {
                        problems.add(where + ": '" + part + "': " + e.getMessage());
                    }
                }
                if (heldYear) {
                    namedBefore = targetYear; // …；到2035年，…。到那时: the last year the sentence named
                }
                for (Target t : inSentence.values()) {
                    String key = t.plan() + "|" + t.indicator() + "|" + t.targetYear();
                    Target before = targets.putIfAbsent(key, t);
                    if (before == null) {
                        continue;
                    }
                    if (sameNumbers(before, t)) {
                        notices.add(t.source() + ": restates the target of " + t.indicator() + " stated at "
                                + before.source() + "; the first is kept");
                    } else {
                        problems.add(t.source() + ": the target of " + t.indicator() + " (" + t.expression()
                                + ") contradicts the one stated at " + before.source() + " (" + before.expression()
                                + ")");
                    }
                }
            }
            // a paragraph broken over lines keeps its scene through lines that name no time of their own
            sceneYear = FIGURE.matcher(lines.get(i)).find() || paragraphPast
                    ? null
                    : lineScene != null ? lineScene : sceneYear;
        }
        if (planYears.isEmpty()) {
            unplanned.clear(); // no plan anywhere: the importer says once that none can be told
        }
        unplanned.end(notices);
        return new Result(withMilestones(targets.values(), planYears, notices), problems, notices);
    }

    /**
     * The targets of a table cell no cell grammar reads, as clauses of running text (a digest's
     * 年均增长5%左右，迈上3万亿元台阶；人均GDP8万元以上, or 数字经济核心产业增加值占GDP比重达8%左右；城镇调查
     * 失业率5.5%左右): each clause that is unmistakably a target, the row's {@code name} the subject of one that
     * names none; the plan's end year unless the clause names a year of the plan. Empty where none is.
     */
    CellReading ofCell(String file, int line, Plan plan, String name, String cell) {
        List<Target> out = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<CellClauses.Clause> clauses = CellClauses.of(cell, plan);
        String rowName = Names.normalize(name);
        List<String> parts = CellClauses.subjects(rowName);
        // 园区营收/产值年均增速 | 10%以上: one figure for the two, under the whole name
        List<String> subjects =
                clauses.stream().filter(CellClauses.Clause::nameless).count() < parts.size() ? List.of(rowName) : parts;
        int taken = 0;
        String subject = subjects.get(0);
        boolean named = false; // whether a clause of this statement named the subject itself
        for (CellClauses.Clause c : clauses) {
            if (c.opensSegment()) {
                named = false; // after ；the row's name is the subject again
            }
            if (c.nameless() && !named) {
                subject = subjects.get(Math.min(taken++, subjects.size() - 1));
            }
            String text = CellClauses.withoutNotes(c.text());
            // 能源综合生产能力、粮食综合生产能力完成国家下达目标, 居民收入增速高于全国、高于全省经济增速: a target each
            List<String> each = c.nameless()
                    ? List.of(text)
                    : RespectiveClauses.of(text, List.of()).stream()
                            .map(RespectiveClauses::text)
                            .toList();
            for (String one : each) {
                // 50所左右高水平高职: a count that opens the clause may name what it counts after it; a clause
                // that opens with its verb (迈上3万亿元) is never named by it
                String rowSubject = subject;
                Optional<QuantifiedClause> q = c.nameless()
                        ? ofRowsSubject(subject, one)
                                .or(() -> QuantifiedClause.readInCell(one).filter(CellClauses::namesMoreThanItsVerb))
                                // 年均增速高于全国平均 under its statistic's row: a comparison, no figure, of the row's
                                .or(() ->
                                        QuantifiedClause.read(rowSubject + one).filter(x -> x.value() == null))
                        : QuantifiedClause.readInCell(one).or(() -> QuantifiedClause.worded(one));
                // a goal in words (碳达峰目标如期实现) names its own achievement, not the statistic of the clauses after it
                if (q.isPresent() && !c.nameless() && q.get().value() != null) {
                    subject = CellClauses.subjectOf(q.get()); // 研发经费支出年均增长13%，2030年达480亿元: the same one
                    named = true;
                }
                Optional<QuantifiedClause> read = q.map(x -> c.total() ? x.asTotal() : x);
                if (read.isPresent()
                        && (read.get().value() != null
                                || WITHOUT_FIGURE.contains(read.get().kind()))
                        && !QuantifiedClause.onlyAdverbs(read.get().name())
                        && printsIn(read.get())) {
                    out.add(generated(file + ":" + line, plan, read.get(), c.year(), line, c.printed(), (l, f) -> f));
                } else {
                    unread.add(one);
                }
            }
        }
        return new CellReading(out, unread);
    }

    /** What a cell of clauses gave: a target per clause read, and the clauses that stated none the importer reads. */
    record CellReading(List<Target> targets, List<String> unread) {}

    /**
     * What a cell's clause may ask with no figure, each a form strict enough to read alone: a goal in words, a
     * quota, a link to another statistic or an average, a level held. Not a direction (稳步提升), which a digest's
     * cell writes of what the row has no target for.
     */
    private static final java.util.Set<TargetKind> WITHOUT_FIGURE = java.util.EnumSet.of(
            TargetKind.UNSTATED,
            TargetKind.QUOTA,
            TargetKind.LINKED,
            TargetKind.RELATIVE_TO_AVERAGE,
            TargetKind.STABLE);

    /**
     * A clause that names nothing, read under the row's {@code subject}: an amount after a growth's name
     * (地区生产总值增速 | 年均增长6%左右，迈上4万亿元台阶) is the level of the statistic, not of its growth.
     */
    private static Optional<QuantifiedClause> ofRowsSubject(String subject, String clause) {
        Optional<QuantifiedClause> q = QuantifiedClause.ofRow(subject, clause);
        String statistic = CellClauses.statisticOf(subject);
        if (q.isPresent()
                && q.get().kind() == TargetKind.LEVEL
                && !"%".equals(q.get().unit())
                && !statistic.equals(subject)) {
            return QuantifiedClause.ofRow(statistic, clause).or(() -> q);
        }
        return q;
    }

    /** A figure in a unit its indicator is not counted in (城镇化率 80吨) is no target of it. */
    private boolean printsIn(QuantifiedClause q) {
        if (q.unit().isEmpty() || q.kind() == TargetKind.ANNUAL_GROWTH) {
            return true;
        }
        Indicator i = resolver.resolve(null, q.name(), q.unit());
        return i.units().isEmpty() || i.measuresIn(q.unit());
    }

    /**
     * A target of an indicator the dictionary may not hold, from a clause that is unmistakably one
     * ({@link QuantifiedClause}): under the dictionary's code where it has the name, else a
     * generated one that the import flags for review, as it does a table's.
     */
    private Target generated(
            String source,
            Plan plan,
            QuantifiedClause q,
            int year,
            int line,
            String part,
            BiFunction<Integer, String, String> printed) {
        // 经济年均增长5%左右: the dictionary knows the rate by its name with 增长 (经济增长)
        Optional<Indicator> namedRate = q.kind() == TargetKind.ANNUAL_GROWTH
                ? indicators.find(null, q.name() + "增长").filter(Indicator::isGrowthRate)
                : Optional.empty();
        Indicator resolved = namedRate.orElseGet(() -> resolver.resolve(null, q.name(), q.unit()));
        // 居民人均可支配收入年均增长7.5%: the rate of a level the dictionary keeps apart from it
        // 研发经费支出年均增长12%, 2030年达900亿元: a statistic the dictionary lacks has its growth under a code of its own
        Indicator indicator = q.kind() == TargetKind.ANNUAL_GROWTH && !resolved.isGrowthRate()
                ? indicators
                        .growthOf(resolved)
                        .orElseGet(() -> IndicatorResolver.isGenerated(resolved)
                                ? resolver.resolve(null, q.name() + "年均增长", "%")
                                : resolved)
                : resolved;
        Target.Builder b = Target.builder(plan.id(), plan.region().code(), indicator.code())
                .planTitle(plan.title())
                .names(printed.apply(line, q.name()), indicator.nameEn())
                // a goal without a figure (与经济增长同步, 明显提高) is in its indicator's unit
                .unit(q.unit().isEmpty() ? indicator.unit() : q.unit())
                .kind(q.kind(), q.bound())
                // a base the sentence prints (从2020年的75.2岁) is the path's start, when it comes before the goal
                .base(
                        baseYear(q.baseYear(), plan, year),
                        q.baseValue() != null && q.baseYear() < year ? q.baseValue() : null)
                .target(year, q.value())
                .targetUpper(q.bound() == Bound.RANGE ? q.upper() : null)
                // 居民收入和经济增长同步: in step with what the dictionary links it to, or GDP growth as it says
                .linkedTo(
                        q.kind() == TargetKind.LINKED
                                ? Objects.requireNonNullElse(indicator.linkedTo(), TableTargets.GDP_GROWTH)
                                : null)
                .direction(
                        q.falls()
                                ? org.planwatch.domain.Direction.LOWER_IS_BETTER
                                : IndicatorResolver.directionOf(indicator, part))
                .attribute(Attribute.UNSTATED)
                .expression(printed.apply(line, part))
                .source(source);
        if (indicator.department() != null) {
            b.department(departments.nameIn(indicator.department(), plan.region()), true);
        }
        return b.build();
    }

    /**
     * One target per indicator and plan. Where the text states a level for two years (3000亿元 by
     * 2017, 5000亿元 by 2020), the earlier is a milestone on the path to the plan's, citing its own
     * line. An earlier figure with a bound of its own (2022年不低于22%) is a commitment for its year, a
     * year that closes a five-year period (2025 in a 2030 plan), a vision beyond the plan's
     * end (2035), or a change on another base (下降18% on 2020 by 2025, 65% on 2005 by 2030) is a
     * target of its own: it is filed under the plan's stage of that year ({@link #stage}), so that
     * each keeps its key and is judged in its own year.
     */
    private static List<Target> withMilestones(
            Collection<Target> found, Map<String, Integer> planYears, List<String> notices) {
        Map<String, List<Target>> byIndicator = new LinkedHashMap<>();
        for (Target t : found) {
            byIndicator
                    .computeIfAbsent(t.plan() + "|" + t.indicator(), k -> new ArrayList<>())
                    .add(t);
        }
        List<Target> out = new ArrayList<>();
        for (List<Target> years : byIndicator.values()) {
            years.sort(Comparator.comparingInt(Target::targetYear));
            Target last = years.get(years.size() - 1);
            int planYear = planYears.getOrDefault(last.plan(), last.targetYear());
            Target own = years.stream()
                    .filter(t -> t.targetYear() == planYear)
                    .findFirst()
                    .orElse(last);
            List<Target> steps = own.kind() == TargetKind.LEVEL
                    ? years.stream()
                            .filter(t -> t.targetYear() < own.targetYear()
                                    && t.targetYear() % 5 != 0
                                    && t.kind() == TargetKind.LEVEL
                                    && (t.bound() == Bound.EXACT || t.bound() == Bound.ABOUT))
                            .toList()
                    : List.of();
            for (Target t : years) {
                if (t != own && !steps.contains(t)) {
                    Target staged = t.inPlan(stage(t.plan(), t.targetYear()));
                    notices.add(t.source() + ": " + t.indicator() + " by " + t.targetYear() + " is a target of its"
                            + " own beside the plan's of " + own.targetYear() + ": filed under " + staged.plan());
                    out.add(staged);
                }
            }
            if (steps.isEmpty()) {
                out.add(own);
                continue;
            }
            List<Milestone> milestones = new ArrayList<>();
            StringBuilder expression = new StringBuilder();
            for (Target e : steps) {
                milestones.add(new Milestone(e.targetYear(), e.targetValue(), e.source()));
                expression
                        .append("milestone ")
                        .append(e.targetYear())
                        .append(": ")
                        .append(e.expression())
                        .append("; ");
                notices.add(e.source() + ": " + e.indicator() + " by " + e.targetYear() + " is kept as a milestone of"
                        + " the target stated at " + own.source());
            }
            expression.append("target ").append(own.targetYear()).append(": ").append(own.expression());
            out.add(own.with(milestones, expression.toString()));
        }
        return out;
    }

    /** The id of a plan's stage that ends in {@code year}: {@code cn-2030@2025} for the 2025 targets of cn-2030. */
    static String stage(String plan, int year) {
        return plan + "@" + year;
    }

    /**
     * Whether line {@code i} stops mid-sentence and the text goes on after at most one blank line,
     * as page and column breaks of a converted PDF leave it.
     */
    private static boolean continuesOnNextLine(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || "。；！？：:”）)*|".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        // a line that ends in a figure and its unit is whole (到2025年三甲医院达30家, a subheading): what follows is new
        if (line.matches(".*\\d[%‰\\p{IsHan}]{0,3}")) {
            return false;
        }
        int next = i + 1 < lines.size() && lines.get(i + 1).isBlank() ? i + 2 : i + 1;
        return next < lines.size()
                && !lines.get(next).isBlank()
                && !HEADING.matcher(lines.get(next)).matches();
    }

    /** The last year of a document's period: its title's range (2016-2020年), else the latest 到YYYY年. */
    static int documentYear(List<String> lines) {
        for (String line : lines.subList(0, Math.min(10, lines.size()))) {
            Matcher m = YEAR_RANGE.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        int[] years = documentYears(lines);
        return years.length == 0 ? 0 : years[years.length - 1];
    }

    /** The base year a clause prints, else for a one-year plan's goal the year before it; null to leave it to the plan. */
    private static Integer baseYear(Integer printed, Plan plan, int year) {
        return printed != null ? printed : plan.oneYear() && year == plan.targetYear() ? plan.baseYear() : null;
    }

    private static List<Integer> pairedYears(String sentence) {
        Matcher m = TWO_YEARS.matcher(Names.normalize(sentence));
        return m.find() ? List.of(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))) : List.of();
    }

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:]");
    /** What ends or divides a sentence, as a headline's comma (深圳设立今年GDP增长目标5%，CPI涨幅2%左右) does not. */
    private static final Pattern SENTENCE_END_PUNCTUATION = Pattern.compile("[。；;：:!！]");
    /** How long a headline with a comma may be: a sentence of running text is longer. */
    private static final int HEADLINE_LENGTH = 40;

    /** Words by which a headline calls its figure a goal. */
    private static final Pattern HEADLINE_GOAL = Pattern.compile("目标|预期|力争|争取|确保|计划|提出|定为|设定");
    /** A space between a headline's clauses: 预期目标增长5.5%—6% 持续加力提振消费 (not 5.5% 左右, not 9 万元). */
    private static final Pattern HEADLINE_SPACE =
            Pattern.compile("(?<=[\\p{IsHan}%）)])[ \u3000\u00a0]+(?=\\p{IsHan})(?!左右|以上|以下|以内|上下)");

    /** A headline with its clauses, which only spaces divide, apart as a sentence's commas hold them. */
    private static String clausesApart(String headline) {
        return HEADLINE_SPACE.matcher(headline.strip()).replaceAll("，");
    }

    /** How far down a report its headline may stand. */
    private static final int HEADLINE_LINES = 3;

    /**
     * A line with no sentence punctuation, or a short one with only commas: a report's headline, which
     * restates a target its text states with its year (提出人均预期寿命将达80岁以上), or a table's title.
     */
    private static boolean isHeadline(String line) {
        // find, not matches: a line may hold a carriage return or a line separator that . does not cross
        return !SENTENCE_PUNCTUATION.matcher(line).find()
                || (!SENTENCE_END_PUNCTUATION.matcher(line).find()
                        && line.strip().length() <= HEADLINE_LENGTH
                        // 到2030年，地区生产总值达到5000亿元 without its full stop is a goal, not a headline
                        && !YEAR.matcher(line).find());
    }

    /** Every year the text sets a target for with 到YYYY年, in order, each once. */
    static int[] documentYears(List<String> lines) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (String line : lines) {
            // 学前教育毛入园率(2027年达到93%,2035年达到98%) sets goals for its years as 到2027年 does
            Matcher m = YEAR.matcher(DatedBrackets.expand(line));
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The plan of {@code region} that matches {@code stated}: its goals for the same year, or the
     * five-year plan ending in the same year; {@code stated} itself where there is no such plan to tell.
     */
    private static Plan inRegion(Plan stated, Region region) {
        if (stated.oneYear()) {
            return PlanNamer.annual(region, stated.targetYear());
        }
        Plan fiveYear = PlanNamer.fiveYear(stated.region(), stated.targetYear());
        return fiveYear.id().equals(stated.id()) ? PlanNamer.fiveYear(region, stated.targetYear()) : stated;
    }

    /** A region other than the plan's that a clause names; the nation (国民体质, 全国) is no other region. */
    private Optional<Region> otherRegion(String clause, Plan plan) {
        if (regions == null) {
            return Optional.empty();
        }
        return regions.mentionedIn(clause)
                .filter(r ->
                        !r.code().equals(plan.region().code()) && !r.level().equals("national"))
                .filter(r -> !r.level().equals("district") || sameProvince(r, plan.region()));
    }

    /**
     * Whether a county or district lies in the plan's province (or the plan is the nation's): one
     * elsewhere is more often a word's fragment than a place (成县 in 建成县域快递物流中心).
     */
    private static boolean sameProvince(Region county, Region planRegion) {
        String code = planRegion.code();
        return !code.matches("\\d{6}") || county.code().startsWith(code.substring(0, 2));
    }

    /**
     * Whether the text opens as news of a plan (6月9日,深圳发改委发布《…纲要》) under a headline that
     * looks like the plan's title (深圳十四五规划): a report of the plan, not the plan's own text.
     */
    private static boolean opensWithANewsLead(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .limit(NEWS_LEAD_LINES)
                .anyMatch(l -> NEWS_LEAD.matcher(Names.normalize(l)).find());
    }

    /** 山东地区生产总值增长5%, 2026年西藏GDP增长7%: the plan's own region before its product is no part of the name. */
    private static String withoutOwnRegion(String text, org.planwatch.domain.Region region) {
        Matcher year = LEADING_YEAR.matcher(text);
        int at = year.lookingAt() ? year.end() : 0;
        for (String name : region.names().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList()) {
            Matcher economy = ECONOMY_AFTER_REGION.matcher(text);
            if (name.length() >= 2
                    && text.startsWith(name, at)
                    && economy.region(at + name.length(), text.length()).lookingAt()) {
                // 海南要实现地区生产总值…: the name, its will and the verb before the statistic go together
                return text.substring(0, at) + text.substring(economy.start(1));
            }
            Matcher will = WILL_AFTER_REGION.matcher(text);
            if (name.length() >= 2
                    && text.startsWith(name, at)
                    && will.region(at + name.length(), text.length()).lookingAt()) {
                // 丰都今年将完成…1.5万平方米: the place and its year, then what it will do
                return text.substring(0, at) + text.substring(will.end());
            }
        }
        return text;
    }

    /** 新疆2026年地区生产总值预期目标增长5.5%—6%: the plan's own place, then the year the clause is read for. */
    private static String withoutOwnRegionBeforeYear(String text, org.planwatch.domain.Region region) {
        for (String name : region.names()) {
            if (name.length() >= 2
                    && text.startsWith(name)
                    && LEADING_YEAR
                            .matcher(text)
                            .region(name.length(), text.length())
                            .lookingAt()) {
                return text.substring(name.length());
            }
        }
        return text;
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("20\\d\\d年(?:底|末)?|今年");
    /** A place's year and will before what it does: (丰都)今年将…, (宜宾)计划…. */
    private static final Pattern WILL_AFTER_REGION = Pattern.compile("(?:今年|年内)?(?=将|要|计划|力争|争取|确保|设定)");
    /** What a region's own statistics start with, after its name: 山东地区生产总值, 黑龙江粮食综合产能. */
    private static final Pattern ECONOMY_AFTER_REGION = Pattern.compile("(?:要|将|力争|争取|确保)?(?:实现)?"
            + "(地区生产总值|生产总值|GDP|经济增长|经济总量|粮食|居民|城镇|农村"
            + "|全社会|人均|规模以上|规上|一般公共|社会消费品|固定资产|进出口|外贸|常住人口|森林|空气)");

    /** The year of a document whose every plan title is one year's goals (2026年…计划, …工作要点), if it is one. */
    private static Optional<Integer> oneYearsGoalsTitle(List<String> lines) {
        List<PlanPeriod> periods = lines.stream()
                .filter(PlanTitle::isTitle)
                .map(l -> PlanPeriod.in(l).orElse(null))
                .toList();
        if (periods.isEmpty() || periods.stream().anyMatch(p -> p == null || !p.isOneYear())) {
            return Optional.empty();
        }
        return Optional.of(periods.get(0).endYear());
    }

    /** The same number for the same year: 达到20件 restating 20件以上 is worded more loosely, not a new target. */
    private static boolean sameNumbers(Target a, Target b) {
        return a.kind() == b.kind() && java.util.Objects.equals(a.targetValue(), b.targetValue());
    }

    private static boolean namesTwoRegions(String rest) {
        int of = rest.indexOf('的');
        int comma = rest.indexOf(',');
        String head = of < 0 || (comma >= 0 && comma < of) ? "" : rest.substring(0, of);
        return head.contains("和") && head.matches(".*区.*区.*");
    }

    /** A year printed without 年 before its place in the period: 2026开局之年. */
    private static final Pattern BARE_YEAR_OF_PLACE =
            Pattern.compile("(?<!\\d)(20\\d\\d)(?=(?:是|为)?[^，,。；;]{0,12}?(?:开局|收官|起步|决胜)之年)");

    /** {@code sentence} with a year its writer left without 年 (2026开局之年) given one, to date the sentence. */
    private static String dated(String sentence) {
        return BARE_YEAR_OF_PLACE.matcher(sentence).replaceAll("$1年");
    }

    /** A list item's number (一、, 1., (1)), which belongs to no clause of the item. */
    private static final Pattern ITEM_NUMBER =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?!\\d)|[(（][一二三四五六七八九十\\d]{1,3}[)）])");

    /** The plan after the one at hand, as the years ahead: 今后五年. */
    private static final Pattern YEARS_AHEAD = Pattern.compile("今后五年|未来五年");

    /**
     * The end of the period after {@code plan}'s, where the paragraph so far names it (十五五, 第十五个五年
     * 规划, the report's 今后五年) and {@code sentence} sets a goal over a period (年均): a report in the
     * year after a plan ended quoting the next plan's draft.
     */
    private static Optional<Integer> nextPeriodEnd(String line, String sentence, Plan plan, int reportYear) {
        String before = line.substring(0, Math.max(0, line.indexOf(sentence.strip())));
        int next = plan.targetYear() + Target.PLAN_PERIOD_YEARS;
        return setsGoalOf(next, before, sentence, reportYear) ? Optional.of(next) : Optional.empty();
    }

    /**
     * Whether {@code sentence}, in a report of {@code year}, sets a goal over the period that year
     * belongs to: the line up to its end names that period, not only as the year's place in it
     * (开局之年).
     */
    private static boolean setsPeriodGoal(String line, String sentence, int year) {
        int end = Math.max(0, line.indexOf(sentence.strip())) + sentence.strip().length();
        String upTo =
                AnnualGoals.withoutPlaceInPeriod(Names.normalize(line.substring(0, Math.min(end, line.length()))));
        return setsGoalOf(PlanPeriod.holding(year).endYear(), upTo, sentence, year);
    }

    /**
     * Whether {@code text} names the five-year period ending {@code end} (十五五, or 今后五年 in a report of
     * {@code year}, that period's first) and {@code sentence} speaks of a period (年均, 到2030年, 十五五).
     */
    private static boolean setsGoalOf(int end, String text, String sentence, int year) {
        boolean named = PlanPeriod.namesPeriodEnding(text, end)
                || (YEARS_AHEAD.matcher(text).find() && year == end - Target.PLAN_PERIOD_YEARS + 1);
        return named && TARGET_WORDS.matcher(sentence).find();
    }

    /**
     * Clauses of a sentence; 、 separates clauses only where each side has a number of its own, and
     * 、, 和 or 及 after a count (充电桩1000个、…, 燃气管道18公里和…) where a list of counts goes on.
     */
    private static List<String> clauses(String rest) {
        List<String> out = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (String c : CLAUSE_SPLIT.split(rest)) {
            if (!c.strip().startsWith("其中")) {
                // 新增机动车位1500个、充电桩1000个: counts listed under one verb, and its breakdown (，其中…)
                out.addAll(QuantifiedClause.countsListed(listed));
                listed.clear();
            }
            for (String piece : QuantifiedClause.AFTER_COUNT.split(c)) {
                String[] parts = piece.split("、");
                // 5岁以下儿童死亡率、孕产妇死亡率分别下降到5.8‰、12/10万 pairs its names and figures as a whole
                boolean eachHasNumber = parts.length > 1 && !piece.contains("分别");
                for (String p : parts) {
                    eachHasNumber &= p.matches(".*\\d.*");
                }
                listed.addAll(eachHasNumber ? List.of(parts) : List.of(piece));
            }
        }
        out.addAll(QuantifiedClause.countsListed(listed));
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Optional<Clause> clause(String printed) {
        // 浓度<27微克/立方米: a bound's sign right after the name, read as its words (低于27)
        String text = CellClauses.signsInWords(printed);
        Matcher d = DOUBLING.matcher(text);
        if (d.matches()) {
            return Optional.of(new Clause(d.group("name"), "100", "%", Integer.valueOf(d.group("year")), true, true));
        }
        Matcher m = NAME_FIRST.matcher(text);
        String name;
        if (m.matches()) {
            name = QuantifiedClause.withoutGoalWords(m.group("name"), true);
        } else {
            m = NUMBER_FIRST.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            name = m.group("name");
        }
        if (QuantifiedClause.onlyAdverbs(name)) {
            return Optional.empty(); // 进一步增长到76岁: the subject was named before, not here
        }
        String verb = m.group("verb") == null ? "" : m.group("verb");
        String num = m.group("num");
        String unit = m.group("unit") == null ? "" : m.group("unit");
        if (unit.equals("年") && num.matches("(19|20)\\d\\d")) {
            return Optional.empty(); // 到2030年 is a year, 受教育年限提高到11.7年 a number of years
        }
        String qual = m.group("qual") == null ? "" : m.group("qual");
        String percent = unit.equals("%") ? "%" : "";
        String expression = switch (verb) {
            case "突破", "超过", "超", "迈上" -> qual.isEmpty() ? ">" + num + percent : num + percent + qual;
            case "不低于", "不少于" -> "≥" + num + percent;
            case "不超过", "不高于", "低于" -> "≤" + num + percent;
            case "控制在" -> "控制在" + num + percent + (qual.isEmpty() ? "以内" : qual);
            default -> num + percent + qual;
        };
        boolean bounded = !qual.isEmpty() || (!verb.isEmpty() && !verb.equals("为"));
        return Optional.of(new Clause(name, expression, unit, null, false, bounded));
    }

    private Target target(
            String source, Plan plan, Indicator indicator, String name, Clause c, int targetYear, String printed) {
        TargetExpression e = TargetExpression.parse(c.expression());
        String unit = c.unit().isEmpty() ? indicator.unit() : c.unit();
        if (!c.doubling() && !c.unit().isEmpty() && !indicator.measuresIn(c.unit())) {
            throw new IllegalArgumentException(
                    "unit '" + c.unit() + "' is not one of " + indicator.code() + "'s units " + indicator.units());
        }
        // a reduction's figure (单位GDP能耗下降10%左右) is the fall over the period, as a table's is: never a level
        TargetKind kind = c.doubling()
                ? TargetKind.RELATIVE_CHANGE
                : indicator.isGrowthRate()
                        ? TargetKind.ANNUAL_GROWTH
                        : indicator.path() == org.planwatch.domain.PathForm.REDUCTION
                                ? TargetKind.CUMULATIVE_CHANGE
                                : TargetKind.LEVEL;
        Region region = plan.region();
        Target.Builder b = Target.builder(plan.id(), region.code(), indicator.code())
                .planTitle(plan.title())
                .names(name, indicator.nameEn())
                .unit(c.doubling() ? "%" : unit)
                .kind(kind, c.doubling() ? Bound.EXACT : e.bound())
                .base(baseYear(c.baseYear(), plan, targetYear), null)
                .target(targetYear, e.value())
                .targetUpper(c.doubling() ? null : e.upper())
                .direction(IndicatorResolver.directionOf(indicator, printed))
                .attribute(Attribute.UNSTATED)
                .expression(printed)
                .source(source);
        if (indicator.department() != null) {
            b.department(departments.nameIn(indicator.department(), region), true);
        }
        return b.build();
    }
}
