package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.TargetExpression;

/**
 * A clause that states several targets at once with 分别 (respectively), written out as one clause
 * per target, each read like any other: 婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下 is
 * 婴儿死亡率下降到3.5‰以下 and 孕产妇死亡率下降到12/10万以下; 氮氧化物、挥发性有机物排放量分别下降8%以上
 * gives both names the one figure (and the shared 排放量); where the sentence names two years
 * (到2022年和2030年) and the clause one name with two figures, each figure is the target of its year.
 * A quota stated for several names (单位地区生产总值能耗和碳排放下降完成国家下达目标) is one quota each,
 * the intensity's 单位地区生产总值 shared.
 *
 * @param text the clause of one target
 * @param year the year it is for, where the sentence pairs years with figures; null otherwise
 */
record RespectiveClauses(String text, Integer year) {
    /** A character of a name: not a figure, unless an age group's (5岁以下儿童生长迟缓率) or a pollutant's. */
    private static final String NAME_CHAR = "(?:\\d+岁|PM2\\.5|PM10|[^\\d])";

    private static final Pattern RESPECTIVELY =
            Pattern.compile("^(?<names>" + NAME_CHAR + "+?)分别(?<verb>(?:[比较]\\d{4}年)?[^\\d]*)(?<figures>\\d.*)$");
    /** 经常参加体育锻炼人数比例达到37%及以上和40%及以上: two figures for the sentence's two years, 分别 unsaid. */
    private static final Pattern PAIRED_BY_YEAR = Pattern.compile("^(?<names>" + NAME_CHAR
            + "+?)(?<verb>达到|达|不低于|不少于|低于|不超过|控制在|提高到|下降到|降至|降到)"
            + "(?<figures>\\d[^和、]*[和、]\\d.*)$");
    /** A figure with its unit: 3.5‰, 12/10万 (a rate per 100,000 is one figure), 22%, 37%及以上. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?(?:/10+万)?[^\\d、和]*");

    private static final Pattern BOUND_WORD = Pattern.compile("(及以上|以上|以下|以内|左右)$");
    /** The measure word a list of names shares from its last: 氮氧化物、挥发性有机物排放量. */
    private static final Pattern SHARED_MEASURE = Pattern.compile("(排放量|排放总量|消耗量|用水量|产量|比重|比例|覆盖率)$");
    /** 粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上: each name listed holds the one figure (均, 都), in digits or numerals. */
    private static final Pattern EACH_HOLDS = Pattern.compile(
            "^(?<names>[^\\d、]{1,20}(?:、[^\\d、]{1,20})+)(?:均|都)(?<goal>[^\\d、]{0,8}[\\d一二两三四五六七八九十百千].*)$");

    /** 居民收入增速高于全国、高于全省经济增速: one statistic held above two others, the verb said again after 、. */
    private static final Pattern TWO_COMPARISONS = Pattern.compile("^(?<name>[^\\d、]{2,30}?)"
            + "(?<first>" + TargetExpression.ABOVE + "[^\\d、]{2,20})、(?<second>" + TargetExpression.ABOVE
            + "[^\\d、]{2,20})$");

    private static final Pattern SHARED_QUOTA =
            Pattern.compile("^(?<names>[^\\d]+?)等?(?<quota>(?:下降|降低|减少)?" + QuantifiedClause.QUOTA_GOAL + ")$");
    /** A count or a range of counts: 6-8, 10～15, 1.5-2. */
    private static final String COUNT = "\\d+(?:\\.\\d+)?(?:[-~～至]\\d+(?:\\.\\d+)?)?";
    /** What a count of things to be built opens with. */
    private static final String BUILD = "(?<verb>新增|新建|建成|建设|创建|打造|培育|引进)";
    /** 打造国内领先的特色高中、民办品牌高中各10所. */
    private static final Pattern EACH_COUNT =
            Pattern.compile("^" + BUILD + "(?<names>[^\\d各]{2,30}[、和及][^\\d各]{2,30})各(?<count>\\d.*)$");
    /** 创建6-8所优质中职学校和10-15个优质专业群. */
    private static final Pattern TWO_COUNTS =
            Pattern.compile("^" + BUILD + "(?<first>" + COUNT + "[^\\d和]+)和(?<second>" + COUNT + ".+)$");
    /** Two names that each double: A和B实现双倍增, A和B分别翻一番. */
    private static final Pattern EACH_DOUBLES =
            Pattern.compile("^(?<names>[^\\d和、及]{2,30}[和、及][^\\d和、及]{2,30})(?:实现双倍增|(?:均|都|分别)(?:实现)?翻一番)$");
    /** Statistics listed with 、 under one direction: 高技术制造业增加值、战略性新兴产业产值稳步提升. */
    private static final Pattern EACH_MOVES = Pattern.compile("^(?<names>[^\\d、]{2,30}(?:、[^\\d、]{2,30})+)"
            + "(?<trend>(?:持续|稳步|明显|显著|大幅|进一步|逐步|不断|较快)(?:提升|提高|上升|增长|增加|扩大)"
            + "|(?:基本|总体|与上年|同比)*持平|(?:保持|总体|基本)+稳定)$");
    /** What the names of intensities share from the first: 单位地区生产总值能耗和碳排放. */
    private static final Pattern INTENSITY_HEAD = Pattern.compile("^(单位(?:地区|国内)?生产总值|单位GDP|万元(?:地区|国内)?生产总值)");

    /**
     * The clauses {@code clause} stands for; itself alone where it says no 分别 or its names and
     * figures do not pair.
     *
     * @param years the years the sentence pairs with figures (到2022年和2030年); empty if none
     */
    static List<RespectiveClauses> of(String written, List<Integer> years) {
        String clause = spelledOut(written);
        Matcher m = RESPECTIVELY.matcher(clause);
        List<String> names;
        if (m.matches()) {
            names = withSharedNoun(listed(m.group("names")));
        } else if (years.size() > 1 && (m = PAIRED_BY_YEAR.matcher(clause)).matches()) {
            names = List.of(m.group("names"));
        } else {
            return sharedGoal(clause);
        }
        String figuresText = m.group("figures");
        List<String> figures = new ArrayList<>();
        Matcher f = FIGURE.matcher(figuresText);
        while (f.find()) {
            figures.add(f.group());
        }
        Matcher bound = BOUND_WORD.matcher(figuresText);
        String shared = bound.find() ? bound.group(1) : "";
        List<RespectiveClauses> out = new ArrayList<>();
        if (names.size() > 1 && (figures.size() == names.size() || figures.size() == 1)) {
            Matcher measure = SHARED_MEASURE.matcher(names.get(names.size() - 1));
            String suffix = measure.find() ? measure.group(1) : "";
            // 单位地区生产总值能源消耗、二氧化碳排放分别…: the intensity head is both names'
            Matcher head = INTENSITY_HEAD.matcher(names.get(0));
            String intensity = head.find() ? head.group(1) : "";
            for (int i = 0; i < names.size(); i++) {
                String own = withHead(names.get(i), intensity);
                String name = own.endsWith(suffix) ? own : own + suffix;
                String figure = figures.get(figures.size() == 1 ? 0 : i);
                out.add(new RespectiveClauses(name + m.group("verb") + withBound(figure, shared), null));
            }
            return out;
        }
        if (names.size() == 1
                && figures.size() == 2
                && years.size() < 2
                && names.get(0).startsWith("城乡")) {
            // 城乡居民人均可支配收入分别增长7%左右和8%左右: the towns' figure, then the countryside's
            String of = names.get(0).substring("城乡".length());
            out.add(new RespectiveClauses("城镇" + of + m.group("verb") + withBound(figures.get(0), shared), null));
            out.add(new RespectiveClauses("农村" + of + m.group("verb") + withBound(figures.get(1), shared), null));
            return out;
        }
        if (names.size() == 1 && figures.size() > 1 && figures.size() == years.size()) {
            for (int i = 0; i < figures.size(); i++) {
                out.add(new RespectiveClauses(
                        names.get(0) + m.group("verb") + withBound(figures.get(i), shared), years.get(i)));
            }
            return out;
        }
        return List.of(new RespectiveClauses(clause, null));
    }

    /**
     * A clause whose names share one goal without 分别: a count of each (各10所), two counts under
     * one verb, a doubling, a direction, a quota; itself alone where it is none of these.
     */
    private static List<RespectiveClauses> sharedGoal(String clause) {
        Matcher holds = EACH_HOLDS.matcher(clause);
        if (holds.matches()) {
            List<String> names = List.of(holds.group("names").split("、"));
            Matcher measure = SHARED_MEASURE.matcher(names.get(names.size() - 1));
            String suffix = measure.find() ? measure.group(1) : "";
            List<RespectiveClauses> out = new ArrayList<>();
            for (String name : names) {
                out.add(new RespectiveClauses(
                        (name.endsWith(suffix) ? name : name + suffix) + holds.group("goal"), null));
            }
            return out;
        }
        Matcher each = EACH_COUNT.matcher(clause);
        if (each.matches()) {
            // 打造国内领先的特色高中、民办品牌高中各10所: the count is each name's
            List<RespectiveClauses> out = new ArrayList<>();
            for (String name : listed(each.group("names"))) {
                out.add(new RespectiveClauses(each.group("verb") + name + each.group("count"), null));
            }
            return out;
        }
        Matcher two = TWO_COUNTS.matcher(clause);
        if (two.matches()) {
            // 创建6-8所优质中职学校和10-15个优质专业群: one verb over two counts
            return List.of(
                    new RespectiveClauses(two.group("verb") + two.group("first"), null),
                    new RespectiveClauses(two.group("verb") + two.group("second"), null));
        }
        Matcher d = EACH_DOUBLES.matcher(clause);
        if (d.matches()) {
            // 高新技术企业数量和科技型企业数量实现双倍增: each of the two doubles
            List<RespectiveClauses> out = new ArrayList<>();
            for (String name : d.group("names").split("[和、及]")) {
                out.add(new RespectiveClauses(name + "翻一番", null));
            }
            return out;
        }
        Matcher moves = EACH_MOVES.matcher(clause);
        if (moves.matches()) {
            // each a statistic of its own (not 能源资源配置更加合理、利用效率大幅提高): each moves that way
            List<String> moving = List.of(moves.group("names").split("、"));
            if (moving.stream().allMatch(QuantifiedClause::isStatisticName)) {
                return moving.stream()
                        .map(name -> new RespectiveClauses(name + moves.group("trend"), null))
                        .toList();
            }
        }
        Matcher compared = TWO_COMPARISONS.matcher(clause);
        if (compared.matches()) {
            return List.of(
                    new RespectiveClauses(compared.group("name") + compared.group("first"), null),
                    new RespectiveClauses(compared.group("name") + compared.group("second"), null));
        }
        // 完成国家下达我省碳排放双控和主要污染物减排目标: the quota first, then each of what it is of
        Matcher first = QuantifiedClause.QUOTA_FIRST.matcher(clause.strip());
        List<String> quotaFor = first.matches() ? listedNames(first.group("name")) : List.of();
        if (quotaFor.size() > 1) {
            return quotaFor.stream()
                    .map(name -> new RespectiveClauses(first.group("lead") + name, null))
                    .toList();
        }
        Matcher q = SHARED_QUOTA.matcher(clause);
        String[] names =
                !q.matches() ? new String[0] : listedNames(q.group("names")).toArray(String[]::new);
        if (names.length < 2) {
            return List.of(new RespectiveClauses(clause, null));
        }
        Matcher head = INTENSITY_HEAD.matcher(names[0]);
        String shared = head.find() ? head.group(1) : "";
        List<RespectiveClauses> out = new ArrayList<>();
        for (String name : names) {
            String whole = withHead(name, shared);
            out.add(new RespectiveClauses(whole + q.group("quota"), null));
        }
        return out;
    }

    /**
     * The names a list holds: 、 parts them, and 和 or 及 where each side is a name of its own (粮食产量和能源消费总量),
     * not inside one (空气和水环境质量: 空气 alone names nothing).
     */
    private static List<String> listedNames(String listed) {
        List<String> names = new ArrayList<>();
        for (String item : listed.split("、")) {
            String[] sides = item.split("[和及]");
            boolean eachAName = sides.length > 1
                    && java.util.Arrays.stream(sides).allMatch(n -> n.strip().length() >= 3);
            names.addAll(eachAName ? List.of(sides) : List.of(item));
        }
        return names;
    }

    /** 一二三产增加值, 一、二、三产业增加值, 第一、二、三产业增加值, 一产、二产、三产增加值: the three sectors, each named in full. */
    private static final Pattern THREE_SECTORS =
            Pattern.compile("第?一产?、?二产?、?三产(?:业)?(?<noun>[^\\d、和及分]{0,12}?)(?<yearly>年均)?分别");
    /** 增加值年均分别增长: the pace stands with the verb, after 分别. */
    private static final Pattern YEARLY_BEFORE_RESPECTIVELY = Pattern.compile("年均分别");

    private static String spelledOut(String clause) {
        Matcher sectors = THREE_SECTORS.matcher(clause);
        if (sectors.find()) {
            String noun = sectors.group("noun");
            clause = clause.substring(0, sectors.start()) + "第一产业" + noun + "、第二产业" + noun + "、第三产业" + noun
                    + (sectors.group("yearly") != null ? "年均分别" : "分别") + clause.substring(sectors.end());
        }
        return YEARLY_BEFORE_RESPECTIVELY.matcher(clause).replaceFirst("分别年均");
    }

    /** Who a statistic is of, standing alone before the last name that says what: 城镇和农村常住居民人均可支配收入. */
    private static final Pattern WHOSE = Pattern.compile("^(城镇|城市|农村|乡村|男性|女性)");

    /** 城镇和农村常住居民人均可支配收入: 城镇 alone is 城镇常住居民人均可支配收入, the last name's noun shared. */
    private static List<String> withSharedNoun(List<String> names) {
        String last = names.get(names.size() - 1);
        Matcher whose = WHOSE.matcher(last);
        if (names.size() < 2 || !whose.find() || last.length() <= whose.end()) {
            return withSharedEnding(names);
        }
        String noun = last.substring(whose.end());
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(WHOSE.matcher(name).matches() ? name + noun : name);
        }
        return out;
    }

    /**
     * 文化及相关产业、旅游及相关产业增加值占地区生产总值比重: a name that names no statistic ends with words the last
     * name has too, and what follows them there is its statistic as well.
     */
    private static List<String> withSharedEnding(List<String> names) {
        String last = names.get(names.size() - 1);
        List<String> out = new ArrayList<>();
        for (String name : names.subList(0, names.size() - 1)) {
            out.add(QuantifiedClause.isStatisticName(name) ? name : name + sharedNoun(name, last));
        }
        out.add(last);
        return out;
    }

    /** What follows, in {@code last}, the longest ending of {@code name} (two characters or more) it holds; "" if none. */
    private static String sharedNoun(String name, String last) {
        for (int from = 0; from <= name.length() - 2; from++) {
            int at = last.indexOf(name.substring(from));
            if (at >= 0 && at + name.length() - from < last.length()) {
                return last.substring(at + name.length() - from);
            }
        }
        return "";
    }

    /**
     * The names of 甲、乙和丙: split at 、 and at the last 和 or 及 only, so that 和美乡村 or 普及率 stay whole, and not
     * at the 及 of 及相关 (旅游及相关产业).
     */
    private static List<String> listed(String names) {
        List<String> out = new ArrayList<>(List.of(names.split("、")));
        String last = out.remove(out.size() - 1);
        int and = Math.max(last.lastIndexOf('和'), last.replace("及相关", "__相关").lastIndexOf('及'));
        if (and > 0 && and < last.length() - 1) {
            out.add(last.substring(0, and));
            out.add(last.substring(and + 1));
        } else {
            out.add(last);
        }
        return out;
    }

    /** A name of a list that shares the intensity head of its first (…能源消耗、二氧化碳排放): the head, unless it prints one. */
    private static String withHead(String name, String head) {
        return name.startsWith("单位") || name.startsWith("万元") ? name : head + name;
    }

    /** 3.5‰ takes the bound the list ends with (…、12/10万以下); a figure that prints its own keeps it. */
    private static String withBound(String figure, String shared) {
        return BOUND_WORD.matcher(figure).find() ? figure : figure + shared;
    }
}
