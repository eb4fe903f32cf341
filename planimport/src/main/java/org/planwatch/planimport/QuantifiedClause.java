package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Bound;
import org.planwatch.domain.TargetExpression;
import org.planwatch.domain.TargetKind;

/**
 * A clause of running text that is unmistakably a quantified target, whatever indicator it names:
 * a name, a target verb (达到, 提高到, 控制在, 年均增长, 比2020年下降, 不低于…), one number with its
 * unit or percent sign, and maybe a bound word (以上, 左右, 以内). What the clause names need not be
 * in the dictionary: {@link TextTargets} gives it a generated code flagged for review, as tables do.
 * A clause without such a verb (经济增长4.5%) or whose name holds a number is no target here.
 *
 * @param value signed for decreases (下降18% is -18); the low end of a range; null for a quota
 *     the level above sets (下降完成国家下达目标)
 * @param upper the high end of a range (下降60%~65% is -65..-60); null otherwise
 * @param baseYear the year a change or a doubling is measured from (比2020年), or that a printed
 *     base is of (从2015年的73.25岁); null if none
 * @param falls whether the clause states a fall (下降18%, 下降完成国家下达目标): lower is better
 * @param baseValue a level's base as the clause prints it, in the level's unit; null if none
 */
record QuantifiedClause(
        String name,
        TargetKind kind,
        Bound bound,
        Double value,
        Double upper,
        String unit,
        Integer baseYear,
        boolean falls,
        Double baseValue) {

    /**
     * A threshold of money a name sets for what it counts: the 超100亿元的 of 年营业收入超100亿元的特色产业集群, whose
     * 的 makes the figure part of the name, not the target.
     */
    static final String THRESHOLD = "(?<=[超过逾上])\\d+(?:\\.\\d+)?(?:万亿|亿|万|千)?元(?:以上|及以上)?的";

    /** A name: no figure of its own but an age group (15岁以上吸烟率), a pollutant (PM2.5) or a threshold. */
    private static final String NAME = "(?<name>(?:\\d+岁|\\d型|PM_?2\\.5|PM_?10|[45]G|" + THRESHOLD + "|[^\\d]){2,40}?)";

    /** Where a figure starts from, before the verb that takes it to its target: 从2015年的73.25岁. */
    private static final Pattern FROM_BASE =
            Pattern.compile("从(?<year>(?:19|20)\\d\\d)年(?:的)?(?<value>\\d+(?:\\.\\d+)?)(?<unit>[^\\d]{0,8}?)"
                    + "(?=(?:增长|提高|提升|增加|下降|降低|减少|缩小|降|减)(?:到|至))");

    /** The figure a sentence says a level starts from (从2020年的75.2岁), in the words it prints its unit in. */
    private record PrintedBase(int year, double value, String unit) {}

    /** Members listed before the word that names them all: 长江、黄河、…、辽河等 (七大重点流域). */
    private static final Pattern LISTED_MEMBERS =
            Pattern.compile("^[^\\d,，;；]{1,12}(?:、[^\\d,，;；、]{1,12})+(?<![高中初同平上下])等(?=[^\\d])");

    /** How a figure moves, without what moves: no name. */
    private static final Pattern ADVERBS = Pattern.compile("(进一步|持续|稳步|逐步|明显|显著|大幅|不断|继续|再|还|将|要|力争)+");

    /** Whether {@code name} is only how a figure moves (进一步增长到76岁 names no statistic). */
    static boolean onlyAdverbs(String name) {
        return ADVERBS.matcher(name.strip()).matches();
    }

    private static final Pattern NAMED_FIGURE = Pattern.compile("\\d+岁|\\d型|PM_?2\\.5|PM_?10|[45]G|" + THRESHOLD);
    /** A topic before a colon: 创新驱动方面: , 绿色低碳: . */
    private static final Pattern TOPIC = Pattern.compile("^[^\\d:]{1,12}:");

    /** A figure or a range, whose low end may repeat the percent sign (60%~65%). */
    private static final String NUM = "(?<num>\\d+(?:\\.\\d+)?)(?:%?\\s*[~～\\-—–至到]\\s*(?<upper>\\d+(?:\\.\\d+)?))?";

    private static final String UNIT =
            "(?<unit>%|‰|/10万|个百分点|个?工作日|小时|分钟|[∶:]1(?!\\d)|(?:万亿|亿|万|千|兆)?(?:元/人|元|美元|人次|人|斤|家|项|台|套|所|处|个(?!百分点)|吨公里|人公里|吨标准煤|t标准煤|吨|立方米|千瓦时|千瓦|亩|公里/(?:万|百)平方公里|公里|平方公里|平方米|标箱|TEU|列|架次|艘|辆|座|件|户|公顷)|微克/立方米"
                    // a rate per a measure of another kind: 0.6人/百亿元 (deaths per output), 28克/千克 (soil content)
                    + "|(?:人|克|千克|毫克|吨|千瓦时|立方米)/(?:百亿元|亿元|万元|千克|升|亩|公顷|万人|人)"
                    + "|岁|年|天|张|场(?![所景馆地]))?";
    private static final String QUAL = "(?<qual>及以上|以上|左右|以内|以下)?";
    /** Words before the name that are the reporter's or the plan's voice, not the indicator's: 提出, 2026年…预期目标是. */
    private static final Pattern VOICE =
            Pattern.compile("^(?:20\\d\\d年)?[^\\d]{0,16}?(提出|明确|要求|希望|冀|强调|表示|预期目标(?:是|为|定为|设定为)):?");

    /**
     * 包括…、居民人均可支配收入增长与经济增长同步等16个预期性指标: the count that closes a list of
     * indicators, after its last one.
     */
    private static final Pattern LIST_OF_INDICATORS_ENDS = Pattern.compile("等\\d{1,3}(?:个|项)(?:主要|预期性|约束性|核心)?指标$");

    /** 设定GDP增长5.5%左右的预期目标: the figure, then the words that call it a goal. */
    private static final Pattern GOAL_AFTER_FIGURE = Pattern.compile("(?<=[\\d%‰]|左右|以上|以内|以下)的(?:预期|发展|增长)?目标$");

    /** 实现 as a verb (实现地区生产总值…), not in the name of what a firm realises (实现利润, 实现营业收入, 实现增加值). */
    static final String ACHIEVE = "实现(?!利润|营业收入|增加值)";

    /** 完成, 实现 before what is counted (完成货物发送量), not in a statistic's own name (完成投资, 实现利润). */
    private static final String COUNTING_VERB = "(?:完成(?!投资|额)|" + ACHIEVE + ")(?=\\p{IsHan}{2})";
    /** 完成货物发送量 at a name's start, compiled once: named() runs for every clause of running text. */
    private static final Pattern VERB_BEFORE_COUNTED = Pattern.compile("^(?:力争|确保)?" + COUNTING_VERB);
    /** 国家铁路完成旅客发送量: the verb between a subject and what it counts. */
    private static final Pattern VERB_INSIDE_NAME = Pattern.compile("(?<=\\p{IsHan}{2})(?:将|要)?" + COUNTING_VERB);

    /** Words before the name that say whose voice or which moment, not what: 确保, 力争, “十三五”期末. */
    private static final Pattern LEAD = Pattern.compile("^(?:为|使|确保|促进|推动|推进|力争|争取|" + ACHIEVE
            + "|其中|同时|并|且|要|将(?!乐县)|设定|拟(?:安排|发行)?|即(?!墨)|(?<=设定)20\\d\\d年|"
            + ProseTime.PERIOD_END
            // 力争“十五五”时期地区生产总值年均增长5%左右: when, not what
            + "|“?" + PlanPeriod.WORD + "”?(?:时期|期间)(?!末))++");

    private static final Pattern LEVEL =
            Pattern.compile("^" + NAME + "(?<verb>达到|达|冲刺|提高到|提高至|提升到|提升至|增加到|增长到|降低到|下降到|降至|降到|"
                    + "增至|增加至|缩小到|缩小至|减至|减少到|减少至|稳定在|保持在|保持|控制在|不低于|不少于|不超过|不高于|低于|小于|高于|大于|超过|超|迈上|跨上|跃上|站上|突破|逾|实现|完成|在|为)"
                    // 降到2030年的≤5‰: the year the sentence names again, a bound as a sign
                    + "(?:(?:19|20)\\d\\d年的?)?(?<sign>[≤≥<>])?" + NUM + UNIT + QUAL
                    // 迈上1000亿斤新台阶: the step the level reaches
                    + "(?:新?台阶)?$");
    /** What is measured without a unit: 城乡居民收入倍差, 城乡居民收入比, 基尼系数, 指数. */
    private static final String UNITLESS_MEASURES = "倍差|收入比|比值|系数|指数";

    private static final Pattern UNITLESS = Pattern.compile("(?:" + UNITLESS_MEASURES + ")$");
    /** 江津班列到发量占全市50%: a share of a whole, the verb 占 kept in the name with the whole it names. */
    private static final Pattern SHARE = Pattern.compile(
            "^(?<name>(?:PM2\\.5|[^\\d]){2,40}?占(?:(?!提高|提升|增长|增加|上升|下降|降低|达到|达)[^\\d]){1,12}?(?:的?(?:比重|比例))?)" + NUM
                    + "(?<unit>%)" + QUAL + "$");

    /** 赤字率拟按4%安排: the level a year's budget is drawn up on. */
    private static final Pattern PLANNED_LEVEL =
            Pattern.compile("^(?<name>[^\\d]{1,30}?(?:率|比重|比例))(?:拟|拟定)?按照?" + NUM + "(?<unit>%)" + QUAL + "安排$");
    /** 地区生产总值按增长5%安排: the growth a year's plan is drawn up on. */
    private static final Pattern PLANNED_GROWTH =
            Pattern.compile("^" + NAME + "按照?(?:增长|增速)" + NUM + "%" + QUAL + "(?:安排|预期|考虑)$");

    private static final Pattern ANNUAL =
            // 实际使用外资年均10%: a rate a year, its verb left out
            Pattern.compile("^" + NAME + "年均(?:(?<verb>增长|增速|提高)|(?=\\d))" + NUM + "(?<unit>%)" + QUAL + "$");
    /** 经济平均增速设定为7.5%左右: an average growth named as such, the name holding the words. */
    private static final Pattern AVERAGE_GROWTH = Pattern.compile("^(?<name>[^\\d]{2,40}?(?:年)?平均(?:增速|增长率?))"
            + "(?:设定为|确定为|定为|为|达到|保持在|在)?" + NUM + "(?<unit>%)" + QUAL + "$");
    /** 城镇新增就业人数年均增长500万人: an amount each year, not a rate. */
    private static final Pattern ANNUAL_AMOUNT = Pattern.compile(
            "^" + NAME + "年均(?:增长|增加|新增|在)?" + NUM + "(?<unit>(?:万|千)?(?:人次|人|户|套|个|家|所|项|公里|吨)|万亩|亩)" + QUAL + "$");

    private static final Pattern CHANGE =
            Pattern.compile("^" + NAME + "(?:比(?<base>(?:19|20)\\d\\d)年|累计|较(?<base2>(?:19|20)\\d\\d)年|(?<yearly>年均))?"
                    + "(?<verb>下降|降低|减少)" + NUM + "(?<unit>%)" + QUAL + "$");
    /**
     * 3岁以下婴幼儿入托率提高6个百分点, 人均预期寿命提高1岁: a change over the plan's years in points or years of its
     * own, not a percentage of the base; every year's where the clause says so (每年提高0.5个百分点).
     */
    private static final Pattern POINTS = Pattern.compile("^" + NAME
            + "(?:比(?<base>(?:19|20)\\d\\d)年|较(?<base2>(?:19|20)\\d\\d)年|累计|(?<yearly>年均|每年))?"
            + "(?:(?<fall>下降|降低|减少|缩小)|提高|提升|增加|上升|增长)" + NUM + "(?<unit>个百分点|岁)" + QUAL + "$");
    /** Who hands a quota down, and how: 国家下达, 省分解. */
    private static final String HANDED_DOWN = "(?:国家|省|省级|上级|市|中央)(?:下达|分解|确定)";
    /** To whom, where the clause says it: 国家下达我省…目标. */
    private static final String WHOSE = "(?:我省|我市|我区|本省|本市|本区|全省|全市)?";
    /** 完成省下达的节能减排降碳约束性指标, 按照国家要求完成节能减排降碳任务: the quota first, then what it is of. */
    static final Pattern QUOTA_FIRST = Pattern.compile(
            "^(?<lead>(?:全面)?(?:按照(?:国家|省|上级|市)(?:要求|部署)完成|完成" + HANDED_DOWN + WHOSE + "的?))(?<name>[^\\d]{2,40})$");
    /**
     * A goal the level above sets: 完成国家下达目标, 完成省定目标, 完成经国家审核衔接后确定的目标. One phrase for a
     * clause of one name ({@link #QUOTA}) and of several ({@link RespectiveClauses}).
     */
    static final String QUOTA_GOAL = "(?:确保|力争|要)?(?:完成|达到)(?:" + HANDED_DOWN + WHOSE
            + "的?(?:控制|考核|约束性|减排)?(?:目标|任务|指标)(?:任务)?"
            + "|(?:国家|省|市|上级)定(?:的)?(?:目标|任务|指标)"
            + "|经?(?:国家|省|上级)[^，,。\\d]{0,10}?确定的(?:目标|任务|指标))";
    /** 单位地区生产总值能耗下降确保完成国家下达目标: the figure is the quota the level above hands down. */
    private static final Pattern QUOTA = Pattern.compile("^" + NAME + "(?<fall>下降|降低|减少)?(?:" + QUOTA_GOAL
            + "|(?:确保|力争|要)?(?:完成|达到)(?:国家|省|市|上级)(?:[和、](?:省|市))?上?的?要求)$");
    /**
     * 居民消费率明显提高, 全要素生产率稳步提升, 固定资产投资稳中有增: a direction without a figure. The adverb is
     * required: a bare 收入增长 is a name, not a goal.
     */
    private static final Pattern TREND = Pattern.compile(
            "^" + NAME + "(?:(?:持续|稳步|明显|显著|大幅|进一步|逐步|不断|较快)" + "(?:(?<fall>下降|降低|减少|缩小)|提升|提高|上升|增长|增加|扩大)"
                    // 全社会固定资产投资稳中有增, 固定资产投资实现正增长
                    + "|稳中有[增升]|(?:实现|保持)正增长)$");
    /** 居民收入和经济增长基本同步: in step with the growth of GDP, with no figure of its own. */
    private static final Pattern IN_STEP =
            Pattern.compile("^" + NAME + "(?:增长)?(?:和|与|同)(?:经济|GDP|地区生产总值|国内生产总值)(?:增长)?(?:基本|保持)?同步$");
    /** 全员劳动生产率增速高于地区生产总值: a growth held above the economy's, with no figure of its own. */
    private static final Pattern ABOVE_ECONOMY = Pattern.compile(
            "^(?<name>[^\\d]{2,40}?(?:增速|增长))(?:要|将)?(?:高于|快于|不低于)" + "(?:经济|地区生产总值|国内生产总值|GDP)(?:增速|增长)?$");
    /**
     * 居民收入增速高于全国, 经济增速跑赢全国平均水平: held above the same statistic's average over the region
     * named (the evaluation reads which from the words), with no figure of its own.
     */
    private static final Pattern ABOVE_AVERAGE = Pattern.compile(
            "^" + NAME + "(?:要|将)?" + TargetExpression.ABOVE + "(?:全国|全省|全市)(?:平均水平|平均)?(?:的?(?:增速|增长|水平))?$");
    /** 能源消费总量基本稳定, 国际收支保持基本平衡: a level held. */
    private static final Pattern STEADY =
            Pattern.compile("^" + NAME + "(?:(?:保持|总体|基本)+稳定|(?:基本|总体|与上年|同比)*持平|(?:保持)?(?:基本|总体)平衡)$");

    private static final Pattern DOUBLING = Pattern.compile(
            "^(?<name>[^\\d]{2,40}?)(?:比(?<base>(?:19|20)\\d\\d)年|较(?<base2>(?:19|20)\\d\\d)年)?(?:实现)?(?:翻一番|倍增)$");

    /**
     * A name that ends in what a statistic measures (…率, …比重, …排放量, …强度, …能耗): what a plan's
     * prose names when it states an indicator, not an activity (旅游接待达到10万人次) or a project.
     */
    private static final Pattern STATISTIC = Pattern.compile(
            ".*(率|比例|比重|占比|量|强度|能耗|消耗|排放|寿命|年限|浓度|面积|密度|规模|总值|增加值|收入|人数|位数|病床数|医师数|护士数|能力|容量|里程|水平|差距|增长|增速|涨幅|就业|输转|产值|投资|外资|额|收支|"
                    + UNITLESS_MEASURES + ")$");

    /** Whether {@code text} may state a target that prints no figure: a quota, a direction, a level held, a doubling. */
    static boolean mayStateWithoutFigure(String clause) {
        String text = LIST_OF_INDICATORS_ENDS.matcher(clause).replaceFirst("");
        int pause = text.indexOf('、');
        // 居民收入增长和经济增长同步、劳动报酬提高和…同步: the goal before the pause, as read() reads it
        return (pause > 0 && statesWithoutFigure(text.substring(0, pause))) || statesWithoutFigure(text);
    }

    private static boolean statesWithoutFigure(String text) {
        return QUOTA.matcher(text).find()
                || QUOTA_FIRST.matcher(text).find()
                || DOUBLING.matcher(text).find()
                || IN_STEP.matcher(text).find()
                || ABOVE_ECONOMY.matcher(text).find()
                || ABOVE_AVERAGE.matcher(text).find()
                || TREND.matcher(text).find()
                || STEADY.matcher(text).find();
    }

    /**
     * A direction without a figure is a goal only of a statistic named alone: 能源资源配置更加合理、
     * 利用效率大幅提高 or 全民科学素质和全社会研发投入强度明显提高 speak of things together.
     */
    private boolean namesOneStatistic() {
        // 产业创新能力大幅提升, 能源利用效率大幅提高, 健康产业规模显著扩大, 生态环境质量高于全国: a capacity, an
        // efficiency, a scale or a quality is measured by no one statistic, and with no figure nothing says which
        return namesAStatistic()
                && !name.matches(".*[、，,；和及].*|.*(更加|得到|进一步).*")
                && !name.matches(".*(能力|效率|规模|水平|质量)$");
    }

    /** Whether the name is a statistic's, as opposed to an activity's or a project's. */
    boolean namesAStatistic() {
        return isStatisticName(name);
    }

    /** Whether {@code name} ends in what a statistic measures (see {@link #STATISTIC}). */
    static boolean isStatisticName(String name) {
        return STATISTIC.matcher(name).matches();
    }

    /** A table cell's bare figure: 5.0‰, 12/10万, 5.3亿人, 25%左右 (the row names the indicator). */
    private static final Pattern BARE = Pattern.compile("^" + NUM + UNIT + QUAL + "$");

    /**
     * The target a table row states: its indicator's name and the cell of its target, which may
     * print a verb (降至25%左右, 较2015年下降30%) or only the figure (5.0‰), since the table says
     * the row is an indicator.
     */
    static Optional<QuantifiedClause> ofRow(String name, String cell) {
        // 森林覆盖率 | 保持不低于62%: the bound is the goal, 保持 no part of what is held
        String goal = HOLD_BEFORE_BOUND.matcher(cell).replaceFirst("");
        if (SHARE_NAME.matcher(name).find()) {
            // 自然保护地面积占比 | 高于陆域国土面积35%: the words after the verb are what the share is of
            goal = WHOLE_OF_SHARE.matcher(goal).replaceFirst("$1");
        }
        Optional<QuantifiedClause> worded = readWhole(name + goal);
        if (worded.isPresent()) {
            return worded;
        }
        Matcher m = BARE.matcher(cell);
        if (!m.matches() || m.group("unit") == null || m.group("unit").equals("个百分点")) {
            return Optional.empty();
        }
        Matcher named = Pattern.compile("^" + NAME + "$").matcher(name);
        if (!named.matches()) {
            return Optional.empty();
        }
        return named(
                named,
                TargetKind.LEVEL,
                boundOf("", m.group("qual"), upper(m) != null),
                num(m),
                upper(m),
                m.group("unit"),
                null);
    }

    /**
     * The target {@code text} states in a list of targets (《纲要》明确…主要目标：全员劳动生产率18.5万元，
     * 研发经费支出占地区生产总值比重2.8%左右), where a statistic's name and its figure need no verb: as
     * {@link #read}, or a statistic named before its figure and unit.
     */
    static Optional<QuantifiedClause> readListed(String clause) {
        String text = GOAL_AFTER_FIGURE.matcher(clause).replaceFirst("");
        Optional<QuantifiedClause> whole = readListedWhole(text);
        int pause = text.indexOf('、');
        // 地区生产总值增长5%左右、实际工作中力争更好结果: the goal, then words on how it is pursued; not a count
        // whose name runs on past the pause (支持10家以上电动垂直起降航空器、工业级无人机…研发制造领军企业)
        return whole.isPresent()
                        || pause < 0
                        || !ENDS_WITH_FIGURE.matcher(text.substring(0, pause)).find()
                ? whole
                : readListedWhole(text.substring(0, pause));
    }

    private static Optional<QuantifiedClause> readListedWhole(String text) {
        Optional<QuantifiedClause> worded = read(text);
        if (worded.isPresent()) {
            return worded;
        }
        String t = withoutVoice(text);
        // a list of targets counts what is to be built as well as statistics, its name before or after the count
        Optional<QuantifiedClause> built = builtIn(t);
        if (built.isPresent()) {
            return built;
        }
        Matcher m = LISTED.matcher(t);
        if (!m.matches() || m.group("unit") == null || m.group("unit").equals("个百分点")) {
            return Optional.empty();
        }
        return levelOf(m).filter(QuantifiedClause::namesAStatistic);
    }

    /**
     * A count of what a goal builds or adds, its name before or after the count (新建公园20个以上, 打造3个以上的量产人形机器人
     * 产品): a target where the text says it lists goals, a plan's chapter of its goals among them.
     */
    static Optional<QuantifiedClause> readBuilt(String text) {
        return builtIn(withoutVoice(text));
    }

    /** {@code text} without the voice and the lead before its name (提出, 力争, 确保). */
    private static String withoutVoice(String text) {
        return LEAD.matcher(VOICE.matcher(text.strip()).replaceFirst("")).replaceFirst("");
    }

    private static Optional<QuantifiedClause> builtIn(String t) {
        for (Pattern counted : new Pattern[] {ACTIVITY, ACTIVITY_FIRST}) {
            Matcher c = counted.matcher(t);
            if (c.matches()) {
                return named(
                        c,
                        TargetKind.LEVEL,
                        upper(c) != null
                                ? Bound.RANGE
                                : counted == ACTIVITY && c.group("least") != null
                                        ? Bound.AT_LEAST
                                        : boundOf("", c.group("qual"), false),
                        num(c),
                        upper(c),
                        c.group("unit"),
                        null);
            }
        }
        return Optional.empty();
    }

    /** A share's name: its figure is a part of a whole, in %. */
    private static final Pattern SHARE_NAME = Pattern.compile("(?:占比|比重|比例)$");
    /** 高于陆域国土面积35%: a verb, the whole the share is of, then the share's figure. */
    private static final Pattern WHOLE_OF_SHARE =
            Pattern.compile("^(高于|超过|不低于|达到|达)\\p{IsHan}{2,10}?的?(?=\\d[\\d.]*%)");

    /** 保持不低于62%: holding, then the bound held. */
    private static final Pattern HOLD_BEFORE_BOUND = Pattern.compile("^(?:持续)?保持(?=不低于|不少于|不超过|不高于|[<>≤≥])");

    /**
     * An achievement a cell's clause names without a figure: 碳达峰目标如期实现, (2030年)前碳达峰如期实现. Not a
     * task handed down (规划任务全面完成), which the level above measures, nor a verb alone.
     */
    private static final Pattern WORDED =
            Pattern.compile("^前?(?<name>[^\\d,，;；:：、]{2,12}?)(?:目标)?(?:如期|全面|确保)(?:实现|完成)$");

    /** {@code clause} as a goal in words ({@link TargetKind#UNSTATED}, no figure), if it is one. */
    static Optional<QuantifiedClause> worded(String clause) {
        Matcher m = WORDED.matcher(clause.strip());
        if (!m.matches() || m.group("name").endsWith("任务") || onlyAdverbs(m.group("name"))) {
            return Optional.empty();
        }
        return Optional.of(new QuantifiedClause(
                m.group("name"), TargetKind.UNSTATED, Bound.EXACT, null, null, "", null, false, null));
    }

    /**
     * The target a clause of a table's target cell states (抽水蓄能390万千瓦、新型储能1400万千瓦): as
     * {@link #readListed}, or any name before a figure with its unit, since the column says it is a goal.
     */
    static Optional<QuantifiedClause> readInCell(String clause) {
        Optional<QuantifiedClause> listed = readListed(clause);
        if (listed.isPresent()) {
            return listed;
        }
        String t = LEAD.matcher(clause.strip()).replaceFirst("");
        Matcher counted = COUNT_FIRST.matcher(t);
        if (counted.matches()) {
            // 60所左右高水平高职: the count, then what it counts
            return levelOf(counted);
        }
        Matcher m = LISTED.matcher(t);
        if (!m.matches()
                || m.group("unit") == null
                || m.group("unit").equals("个百分点")
                // 均达5000亿元: a verb with no statistic before it
                || VERB_ONLY.matcher(m.group("name")).matches()) {
            return Optional.empty();
        }
        return levelOf(m);
    }

    /** The level a matcher of a figure, its unit and its bound word (qual) states, under the name it matched. */
    private static Optional<QuantifiedClause> levelOf(Matcher m) {
        return figureOf(m, TargetKind.LEVEL, m.group("unit"));
    }

    /** What a matcher of a figure (or a range) and its bound word states, of {@code kind}, in {@code unit}. */
    private static Optional<QuantifiedClause> figureOf(Matcher m, TargetKind kind, String unit) {
        return named(m, kind, boundOf("", m.group("qual"), upper(m) != null), num(m), upper(m), unit, null);
    }

    private static final Pattern VERB_ONLY = Pattern.compile("^(?:均|都|各|分别|力争|争取)*(?:达到|达|为|至|到|约)$");

    /**
     * The same goal stated as what is added over the plan's years (新增1亿千瓦, “十五五”时期累计90万人次):
     * a level of an amount becomes its total change; a rate or a share stays what it is.
     */
    QuantifiedClause asTotal() {
        return kind == TargetKind.LEVEL && !"%".equals(unit)
                ? new QuantifiedClause(
                        name, TargetKind.CUMULATIVE_CHANGE, bound, value, upper, unit, baseYear, falls, null)
                : this;
    }

    private static final Pattern LISTED = Pattern.compile("^" + NAME + NUM + UNIT + QUAL + "$");
    /** A part that ends with its figure, its unit and bound: 地区生产总值增长5%左右. */
    private static final Pattern ENDS_WITH_FIGURE = Pattern.compile("\\d[^\\d]{0,6}$");
    /** The verbs of a count of what is to be done: 新增, 建成, 培育, 实施, 入库 (建设筹集 before 建设). */
    private static final String ADDS = "新改扩建|新改建|新改造|新增|新建|新修|建成|投产|建设筹集|建设|创建|打造|培育|引进|筹集|实施|支持|扶持|帮扶|服务|培训|更新|改扩建"
            + "|提升改造|优化升级|升级|改造|维修|铺设|加装更新|加装|安装|配置|增加|入库|招引|开通|举办|开展|组织|征集发布|输转"
            + "|攻克|集聚|聚集";
    /** What a count of things built or held is in: 个, 所, 万套, 场. */
    private static final String COUNTED =
            "(?<unit>(?:万|亿)?(?:个|家|项|所|座|条|处|套|组|台|部|辆|期|场次|场|张|间|幢|栋|户|人次|人(?!制)|名|亩|公里|平方米|立方米|千瓦))";
    /** A count before what it counts, as a target cell lists them: 60所左右高水平高职、160个左右高水平专业群. */
    private static final Pattern COUNT_FIRST = Pattern.compile("^" + NUM + COUNTED + QUAL + "(?<name>[^\\d]{2,30})$");
    /** Where a count is done, before its verb: 在主城区配置AED1100台. */
    private static final String WHERE = "(?:在[^\\d,，;；、]{1,12}?)?";
    /** What may stand before the verb of a count and is no part of its name: 将新建…, 计划建设…, 重点打造…. */
    private static final String WILL = "(?:将|要|计划|拟|重点|全年|年内)*";
    /**
     * 打造2-3个千亿级融合消费新地标, 培育100家以上产教融合型试点企业, 改造提升1个区域性养老服务中心, 完成5个…升级改造:
     * the number first, then what it counts (提升 alone improves what is counted: 提升39个组团的…能力 counts no target).
     */
    private static final Pattern ACTIVITY_FIRST = Pattern.compile(
            "^" + WILL + "(?:(?:" + ADDS + ")(?:提升|升级)?|完成)" + NUM + COUNTED + QUAL + "(?<name>[^\\d]{2,30})$");
    /** 新增国家级旅游度假区1个, 新建公园20个以上: a count of what is to be added, named by its verb. */
    private static final Pattern ACTIVITY = Pattern.compile("^" + WILL + "(?<name>" + WHERE + "(?:" + ADDS
            + "|完成)[^\\d]{2,30}?)(?<least>不少于|不低于|超过)?" + NUM + COUNTED + QUAL + "$");

    /** A count done by a verb of {@link #ADDS}: 建成社区健身路径10条, 改造供热、燃气管道18公里. */
    private static final Pattern VERB_OF_COUNT =
            Pattern.compile("^(?:\\d{1,2}[.．、](?!\\d)|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）])?"
                    + "(?:[【(（][^】)）\\d]{2,8}[】)）])?"
                    + WILL + "(?:实现|完成)?(?<verb>(?:" + ADDS + ")(?:提升|升级)?)[^\\d]{0,30}?\\d+(?:\\.\\d+)?" + COUNTED
                    + ".*");
    /** A count after a name with no verb of its own: 行政村健身场地10个, as listed after the first. */
    private static final Pattern BARE_COUNT =
            Pattern.compile("^[^\\d]{2,30}?\\d+(?:\\.\\d+)?" + COUNTED + "(?:及以上|以上|左右)?$");
    /** One name counted twice in different units: 改造老旧小区25个1697户, 实施农村公路安防工程6条20公里. */
    private static final Pattern TWICE_COUNTED = Pattern.compile("^(?<name>[^\\d]{2,30}?)(?<first>\\d+(?:\\.\\d+)?"
            + COUNTED.replace("<unit>", "<unit1>") + ")(?<second>\\d+(?:\\.\\d+)?" + COUNTED + ")$");
    /** Where a list of counts divides: after a count and its bound, at 、, 和 or 及. */
    static final Pattern AFTER_COUNT =
            Pattern.compile("(?<=\\d" + COUNTED.replace("?<unit>", "?:") + "(?:以上|左右)?)[、和及]");

    /**
     * A list of counts under one verb, each a clause of its own: the verb is carried to the names
     * listed without one (建成社区健身路径10条、行政村健身场地10个 → 建成行政村健身场地10个), and a name counted
     * in two units is two clauses, the second named by its unit (改造老旧小区25个1697户 → 改造老旧小区户数1697户).
     */
    static List<String> countsListed(List<String> parts) {
        List<String> out = new ArrayList<>();
        String verb = "";
        for (String part : parts) {
            Matcher v = VERB_OF_COUNT.matcher(part);
            if (v.matches()) {
                verb = v.group("verb");
            } else if (!verb.isEmpty()
                    && (BARE_COUNT.matcher(part.strip()).matches()
                            // 打造3个以上的…产品、5个以上的…产品: the count first, as the first put it; not one that
                            // closes the list with what they all are (1个轮滑运动场等群众喜闻乐见的运动场地)
                            || (COUNT_FIRST.matcher(part.strip()).matches() && !part.contains("等")))) {
                // 其中初中学位2185个: a part of the count before, by the same verb
                part = verb + part.strip().replaceFirst("^其中", "");
            } else {
                verb = "";
            }
            Matcher twice = TWICE_COUNTED.matcher(part);
            if (twice.matches() && !twice.group("unit1").equals(twice.group("unit"))) {
                out.add(twice.group("name") + twice.group("first"));
                // the unit's count names the second: 户数, 里程
                String unit = twice.group("unit").replaceFirst("^[万亿]", "");
                out.add(twice.group("name") + (unit.equals("公里") ? "里程" : unit + "数") + twice.group("second"));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** The target {@code text} states, where it is unmistakably one. */
    static Optional<QuantifiedClause> read(String clause) {
        String text = GOAL_AFTER_FIGURE
                .matcher(LIST_OF_INDICATORS_ENDS.matcher(clause).replaceFirst(""))
                .replaceFirst("");
        Optional<QuantifiedClause> whole = readWhole(text);
        int pause = text.indexOf('、');
        // 人均国内生产总值比2020年翻一番、达到中等发达国家水平: the target, then words on what it means
        return whole.isPresent() || pause < 0 ? whole : readWhole(text.substring(0, pause));
    }

    private static Optional<QuantifiedClause> readWhole(String text) {
        Matcher quotaFirst = QUOTA_FIRST.matcher(text.strip());
        if (quotaFirst.matches()) {
            // before the voice is taken off: 按照国家要求 is the quota's, not the reporter's
            return named(quotaFirst, TargetKind.QUOTA, Bound.EXACT, null, null, "", null);
        }
        String t = LEAD.matcher(VOICE.matcher(TOPIC.matcher(text.strip()).replaceFirst(""))
                        .replaceFirst(""))
                .replaceFirst("");
        // 人均预期寿命从2015年的73.25岁增长到74岁: the figure it starts from is the base, the target follows
        Matcher from = FROM_BASE.matcher(t);
        if (from.find()) {
            PrintedBase base = new PrintedBase(
                    Integer.parseInt(from.group("year")),
                    Double.parseDouble(from.group("value")),
                    from.group("unit").replaceAll("左右|\\s", ""));
            String rest = t.substring(0, from.start()) + t.substring(from.end());
            return readClause(rest).map(q -> q.from(base));
        }
        return readClause(t);
    }

    /**
     * This level with the base a sentence prints before it, when the base is in the level's own
     * unit (从2020年的1.03万亿元提高到1.67万亿元); a base in another unit, or before a growth or a
     * change, is left out rather than converted or guessed.
     */
    private QuantifiedClause from(PrintedBase base) {
        if (kind != TargetKind.LEVEL || !base.unit().equals(unit == null ? "" : unit)) {
            return this;
        }
        return new QuantifiedClause(name, kind, bound, value, upper, unit, base.year(), falls, base.value());
    }

    private static Optional<QuantifiedClause> readClause(String t) {
        // 长江、黄河、…、辽河等七大重点流域水质优良比例: the list is what the name after 等 sums up
        t = LISTED_MEMBERS.matcher(t).replaceFirst("");
        Matcher m;
        if ((m = DOUBLING.matcher(t)).matches()) {
            return named(m, TargetKind.RELATIVE_CHANGE, Bound.EXACT, 100.0, null, "%", baseOf(m));
        }
        if ((m = QUOTA.matcher(t)).matches() || (m = QUOTA_FIRST.matcher(t)).matches()) {
            return named(m, TargetKind.QUOTA, Bound.EXACT, null, null, "", null);
        }
        if ((m = TREND.matcher(t)).matches()) {
            return named(m, TargetKind.RISING, Bound.EXACT, null, null, "", null)
                    .filter(QuantifiedClause::namesOneStatistic);
        }
        if ((m = IN_STEP.matcher(t)).matches()) {
            // what moves in step is the growth: 居民收入(增长)和经济增长同步 is 居民收入增长's
            return named(m, TargetKind.LINKED, Bound.EXACT, null, null, "", null)
                    .map(q -> new QuantifiedClause(
                            q.name() + "增长", q.kind(), q.bound(), null, null, "", null, false, null));
        }
        if ((m = ABOVE_ECONOMY.matcher(t)).matches()) {
            return named(m, TargetKind.LINKED, Bound.AT_LEAST, null, null, "", null);
        }
        if ((m = ABOVE_AVERAGE.matcher(t)).matches()) {
            // 努力跑赢全国, 按照新疆快于全国平均水平: words on effort or a place, not a statistic held above its average
            return named(m, TargetKind.RELATIVE_TO_AVERAGE, Bound.AT_LEAST, null, null, "", null)
                    .filter(QuantifiedClause::namesOneStatistic);
        }
        if ((m = STEADY.matcher(t)).matches()) {
            return named(m, TargetKind.STABLE, Bound.EXACT, null, null, "", null)
                    .filter(QuantifiedClause::namesOneStatistic);
        }
        if ((m = ANNUAL.matcher(t)).matches()) {
            return yearlyRate(m);
        }
        if ((m = PLANNED_LEVEL.matcher(t)).matches() && upper(m) == null) {
            return named(m, TargetKind.LEVEL, boundOf("", m.group("qual"), false), num(m), null, "%", null);
        }
        if ((m = PLANNED_GROWTH.matcher(t)).matches()) {
            return named(m, TargetKind.ANNUAL_GROWTH, boundOf("", m.group("qual"), false), num(m), null, "%", null);
        }
        if ((m = AVERAGE_GROWTH.matcher(t)).matches()) {
            return yearlyRate(m);
        }
        if ((m = ANNUAL_AMOUNT.matcher(t)).matches() && upper(m) == null) {
            return named(
                    m,
                    TargetKind.ANNUAL_CHANGE,
                    boundOf("", m.group("qual"), false),
                    num(m),
                    null,
                    m.group("unit"),
                    null);
        }
        if ((m = POINTS.matcher(t)).matches() && upper(m) == null) {
            double change = m.group("fall") != null ? -num(m) : num(m);
            return named(
                    m,
                    m.group("yearly") != null ? TargetKind.ANNUAL_CHANGE : TargetKind.CUMULATIVE_CHANGE,
                    boundOf("", m.group("qual"), false),
                    change,
                    null,
                    m.group("unit"),
                    baseOf(m));
        }
        if ((m = CHANGE.matcher(t)).matches()) {
            Double upper = upper(m);
            if (m.group("yearly") != null) {
                // PM2.5浓度年均下降20%: a yearly rate of fall
                return upper != null
                        ? Optional.empty()
                        : named(
                                m,
                                TargetKind.ANNUAL_GROWTH,
                                boundOf("", m.group("qual"), false),
                                -num(m),
                                null,
                                "%",
                                null);
            }
            if (upper != null && m.group("qual") != null) {
                return Optional.empty(); // 下降60%~65%以上: which end the bound word holds is not said
            }
            // a band of falls (下降60%~65%) is the range of changes from -65 to -60: a fall of 60 meets it
            return upper != null
                    ? named(m, TargetKind.RELATIVE_CHANGE, Bound.RANGE, -upper, -num(m), "%", baseOf(m))
                    : named(
                            m,
                            TargetKind.RELATIVE_CHANGE,
                            boundOf("", m.group("qual"), false),
                            -num(m),
                            null,
                            "%",
                            baseOf(m));
        }
        if ((m = LEVEL.matcher(t)).matches()
                // 城乡居民收入倍差缩小至1.58左右: a ratio is printed without a unit
                && (m.group("unit") != null || UNITLESS.matcher(m.group("name")).find())
                && !"个百分点".equals(m.group("unit"))) {
            return named(
                    m,
                    TargetKind.LEVEL,
                    m.group("sign") != null
                            ? (m.group("sign").matches("[≤<]") ? Bound.AT_MOST : Bound.AT_LEAST)
                            : boundOf(m.group("verb"), m.group("qual"), upper(m) != null),
                    num(m),
                    upper(m),
                    m.group("unit") == null ? "" : m.group("unit"),
                    null);
        }
        if ((m = SHARE.matcher(t)).matches()) {
            return figureOf(m, TargetKind.LEVEL, "%");
        }
        return Optional.empty();
    }

    /** 年均增长5%左右, 平均增速设定为7.5%左右: a yearly rate in %, a range where the clause gives one. */
    private static Optional<QuantifiedClause> yearlyRate(Matcher m) {
        return figureOf(m, TargetKind.ANNUAL_GROWTH, "%");
    }

    /** 预期目标 before the figure's verb, 目标设定为 after a growth: the goal's words. */
    private static final Pattern GOAL_WORDS =
            Pattern.compile("(?<=\\p{IsHan})(?:预期(?:目标)?|目标值?)(?=增长|增速|下降|降低)|(?<=增长|增速)(?:预期)?目标(?:设定|确定)?[为在]?$");
    /** 研发投入强度目标(3.35%): the goal's word right before its figure. */
    private static final Pattern GOAL_WORD_BEFORE_FIGURE = Pattern.compile("(?<=\\p{IsHan})(?:预期)?目标值?$");

    /**
     * A name without the words that call its figure a goal: 生产总值预期(目标)增长5.5%以上, 生产总值增长目标设定为5%左右,
     * 能耗目标下降2.5% name the statistic before them, and so does 研发投入强度目标3.35% where a figure follows
     * ({@code beforeFigure}); a goal that prints none keeps its word (碳排放双控目标如期完成).
     */
    static String withoutGoalWords(String name, boolean beforeFigure) {
        String named = GOAL_WORDS.matcher(name).replaceAll("");
        return beforeFigure ? GOAL_WORD_BEFORE_FIGURE.matcher(named).replaceFirst("") : named;
    }

    private static Optional<QuantifiedClause> named(
            Matcher m, TargetKind kind, Bound bound, Double value, Double upper, String unit, Integer base) {
        String name = m.group("name")
                .replaceFirst("^(的|之|这|该)", "")
                .transform(n -> withoutGoalWords(n, value != null))
                // 能 as "can", not the 能 of 产能, 动能, 储能
                // 规模力争达到, 将首次达到: the voice's words before the verb
                .replaceFirst("(的|要|将|可|(?<![产性功效动电智热储蓄核体技职潜赋势])能|均|都|全部|总体|继续|持续|始终|力争|争取|确保|首次|不折不扣|全面|再|进一步)+$", "")
                // 国家铁路完成旅客发送量44亿人, 完成货物发送量41亿吨: the verb before what is counted is no part of its
                // name; 完成投资, 实现利润 and 实现增加值 are statistics by those names
                .transform(n -> VERB_BEFORE_COUNTED.matcher(n).replaceFirst(""))
                .transform(n -> VERB_INSIDE_NAME.matcher(n).replaceFirst(""))
                .strip();
        // 固定资产投资止跌回稳、力争增长5%: how the statistic turns, then its goal; the statistic is what grows
        Matcher turns = TURNS_THEN_GROWS.matcher(name);
        if (turns.matches()) {
            name = turns.group("statistic") + turns.group("growth");
        }
        // 进一步增长到76岁 names no statistic: its subject was named before, and is not guessed here
        if (name.length() < 2
                || onlyAdverbs(name)
                || NAMED_FIGURE.matcher(name).replaceAll("").matches(".*[\\d%].*")
                || name.matches(".*(今年|明年|去年|上年|同比|目前|已经|已|期间|了).*")
                // 增长目标多在2%左右: where many regions' figures lie, no one's target
                || name.matches(".*(多|普遍|大多|大都)$")
                // 产量稳定在13亿吨 (of the coal named before), 新建6个国家级: a measure or a rank, not its statistic
                || BARE_MEASURE.matcher(name).matches()) {
            return Optional.empty();
        }
        if (bound == Bound.RANGE && (value == null || upper == null || upper <= value)) {
            return Optional.empty(); // 增长5%—3%: no band runs from high to low
        }
        boolean falls =
                value != null ? value < 0 : m.pattern().pattern().contains("(?<fall>") && m.group("fall") != null;
        // 规模以上工业增加值增长7%, 居民消费价格涨幅2%左右: the percentage a growth is named by is its rate a year
        TargetKind read = kind == TargetKind.LEVEL
                        && "%".equals(unit)
                        && GROWTH_NAME.matcher(name).matches()
                ? TargetKind.ANNUAL_GROWTH
                : kind;
        // 降至2.3∶1左右: a ratio to one is a plain number, as a table's cell of it reads
        String counted = unit != null && unit.matches("[∶:]1") ? "" : unit;
        return Optional.of(new QuantifiedClause(name, read, bound, value, upper, counted, base, falls, null));
    }

    /** A statistic, how it turns (止跌回稳, 企稳回升), and after 、 only the growth its figure is for. */
    private static final Pattern TURNS_THEN_GROWS = Pattern.compile(
            "^(?<statistic>[^、]{2,30}?)(?:止跌回稳|止跌回升|企稳回升|稳中有[进升增]|回稳向好|触底回升|由负转正)、(?:力争|争取)?(?<growth>增长|增速)$");

    /** A name that is only what is measured of something named elsewhere, or a rank: 产量, 增长, 国家级. */
    private static final Pattern BARE_MEASURE =
            Pattern.compile("(?:产量|产值|增长|增速|增幅|涨幅|总量|规模|比重|占比|数量|总额|投资|收入|国家级|省级|市级|县级)");

    /** A statistic that is itself a growth: …增长, …增速, …增长率, …涨幅, …上涨幅度. */
    private static final Pattern GROWTH_NAME = Pattern.compile(".*(增长|增速|增长率|涨幅|上涨|上涨幅度)$");

    /** 以上, 不低于, 超过, 高于, 逾 → at least; 以下, 以内, 低于, 小于, 不超过, 控制在 → at most; 左右 → about. */
    private static Bound boundOf(String verb, String qual, boolean upper) {
        String q = qual == null ? "" : qual;
        if (upper) {
            return Bound.RANGE; // 增长5%—5.5%: the band itself, as a table's 5—5.5 is
        }
        if (q.equals("左右")) {
            return Bound.ABOUT;
        }
        if (q.endsWith("以上") || verb.matches("不低于|不少于|超过|超|迈上|跨上|跃上|站上|突破|高于|大于|逾")) {
            return Bound.AT_LEAST;
        }
        if (q.equals("以下") || q.equals("以内") || verb.matches("低于|小于|不超过|不高于|控制在")) {
            return Bound.AT_MOST;
        }
        return Bound.EXACT;
    }

    private static Integer baseOf(Matcher m) {
        String b = m.group("base") != null ? m.group("base") : m.group("base2");
        return b == null ? null : Integer.valueOf(b);
    }

    private static double num(Matcher m) {
        return Double.parseDouble(m.group("num"));
    }

    private static Double upper(Matcher m) {
        return m.group("upper") == null ? null : Double.valueOf(m.group("upper"));
    }
}
