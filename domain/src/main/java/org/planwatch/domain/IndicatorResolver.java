package org.planwatch.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator a plan's printed name stands for: the dictionary's where it has the name, otherwise
 * one generated from the name, so that a plan with indicators of its own still imports. A generated
 * indicator's code is {@code x_} and the first 10 hex digits of the SHA-256 of the normalised name
 * ({@link Names#normalize}), the same on every machine and every re-import, whatever brackets or
 * widths the plan prints; its direction is inferred from the wording ({@link #directionOf}), and
 * its targets carry the review flags {@link #reviewOf} names until someone adds it to their
 * {@code indicators.tsv}.
 */
public final class IndicatorResolver {
    /** Review flag: the indicator was generated from the printed name. */
    public static final String NOT_IN_DICTIONARY = "indicator-not-in-dictionary";
    /** Review flag: which way is better was guessed from the wording. */
    public static final String DIRECTION_INFERRED = "direction-inferred";

    private static final String PREFIX = "x_";
    /** Wording of a measure that should fall: rates of harm, emissions, consumption per unit, ceilings. */
    private static final Pattern LOWER = Pattern.compile("降低|下降|减少|控制在|以内|以下|不超过|不高于|死亡|失业|事故|伤亡|排放|污染|能耗|水耗|煤耗|"
            + "单位.*(用水|用地|用能|耗)|PM2\\.?5|PM10|浓度|二氧化|化学需氧量|氨氮|氮氧化物|发病率|患病率|发生率|感染率|"
            + "近视|肥胖|超重|贫困|不良|负债率|空置率|犯罪|劣[ⅤV5]类|恩格尔|基尼|吸烟|倍差|差距");
    /** An age group in a name (3岁以下婴幼儿, 15岁以上人群) says who is counted, not which way is better. */
    private static final Pattern AGE_GROUP = Pattern.compile("\\d+\\s*周?岁(?:及)?(?:以下|以上)");
    /** A yearly growth rate by its name, in %: …年均增长率, …年均增速, …增长率, …增长. */
    private static final Pattern GROWTH_RATE = Pattern.compile("(?:年均)?(?:增长率?|增速|涨幅)$");
    /**
     * A reduction rate by its name, in %: …下降率, …降低率, …降幅, or a name ending in 下降, 降低 or 减少
     * (单位地区生产总值建设用地使用面积下降率): its figures are yearly falls, chained, and a larger fall is better.
     */
    private static final Pattern REDUCTION_RATE = Pattern.compile("(?:下降率|降低率|降幅|下降幅度|下降|降低|减少)$");
    /**
     * Wording that takes a measure down to its goal or caps it (降至13.6%, 控制在3%以内, 不超过): for an
     * indicator the dictionary lacks, more telling than its name (社会物流总费用与地区生产总值的比率).
     */
    private static final Pattern FALLING_WORDING = Pattern.compile(
            "降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|减至|缩小至|缩小到|缩减到|缩减至|压减到|压减至|压降到|压降至|压缩到|压缩至" + "|以内|以下|不超过|不高于");
    /** Wording of a measure to be held: a band, not a direction. */
    private static final Pattern BAND = Pattern.compile("保持|稳定|平衡|价格指数");

    private final IndicatorDictionary dictionary;

    public IndicatorResolver(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The indicator a row names ({@code parent/name} first, as {@link IndicatorDictionary#find}),
     * or one generated from that name, printed in {@code unit} (empty when the row states none).
     */
    public Indicator resolve(String parent, String name, String unit) {
        return dictionary.find(parent, name, unit).orElseGet(() -> generate(parent, name, unit));
    }

    private static Indicator generate(String parent, String name, String unit) {
        String qualified = parent == null || parent.isEmpty() ? name : parent + "/" + name;
        boolean percent = "%".equals(Names.normalize(unit));
        // 地区生产总值年均增长率 is the growth of 地区生产总值: its figures are yearly rates, chained
        Matcher growth = GROWTH_RATE.matcher(Names.normalize(name).strip());
        boolean rate = percent && growth.find() && growth.start() > 0;
        Matcher fall = REDUCTION_RATE.matcher(Names.normalize(name).strip());
        boolean reduction = percent && !rate && fall.find() && fall.start() > 0;
        return new Indicator(
                codeOf(qualified),
                "",
                unit == null || unit.isBlank() ? List.of() : List.of(unit.strip()),
                reduction ? Direction.HIGHER_IS_BETTER : directionOf(qualified),
                rate ? PathForm.GROWTH : reduction ? PathForm.REDUCTION : percent ? PathForm.LINEAR : PathForm.COMPOUND,
                Range.ANY,
                rate ? codeOf(Names.normalize(name).strip().substring(0, growth.start())) : null,
                null,
                null,
                null,
                List.of(name.strip()));
    }

    /** {@code x_} and 10 hex digits of the SHA-256 of the normalised name: stable across runs and machines. */
    public static String codeOf(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Names.normalize(name).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Which way is better, as the wording says: lower for rates of harm, emissions and consumption
     * and for ceilings (死亡率, 能耗, 不超过); a band for what is to be held (保持, 稳定); higher otherwise.
     */
    public static Direction directionOf(String name) {
        String n = AGE_GROUP.matcher(Names.normalize(name)).replaceAll("");
        if (LOWER.matcher(n).find()) {
            return Direction.LOWER_IS_BETTER;
        }
        if (BAND.matcher(n).find()) {
            return Direction.BAND;
        }
        return Direction.HIGHER_IS_BETTER;
    }

    /**
     * Which way is better for a target worded {@code wording}: the dictionary's direction for an
     * indicator it holds; for one generated from a name that says nothing else, lower when the target's
     * own words take the measure down or cap it, unless its figures are themselves falls (单位…能耗降低, a
     * larger fall is better) or its name a band (价格指数涨幅2%以内).
     */
    public static Direction directionOf(Indicator indicator, String wording) {
        if (!isGenerated(indicator)
                || indicator.path() == PathForm.REDUCTION
                || indicator.direction() != Direction.HIGHER_IS_BETTER
                || wording == null) {
            return indicator.direction(); // the dictionary's, a fall's, or a band (涨幅2%以内 is held, not lowered)
        }
        String w = AGE_GROUP.matcher(Names.normalize(wording)).replaceAll("");
        return FALLING_WORDING.matcher(w).find() ? Direction.LOWER_IS_BETTER : indicator.direction();
    }

    /** Whether {@code indicator} was generated from a printed name, not taken from a dictionary. */
    public static boolean isGenerated(Indicator indicator) {
        return indicator.code().startsWith(PREFIX);
    }

    /**
     * The review flags of a target of {@code indicator}, joined by {@code ;}: empty for an indicator
     * of the dictionary; {@link #NOT_IN_DICTIONARY} and {@link #DIRECTION_INFERRED} for a generated one.
     */
    public String reviewOf(String indicator) {
        return dictionary.code(indicator).isPresent() || !indicator.startsWith(PREFIX)
                ? ""
                : NOT_IN_DICTIONARY + ";" + DIRECTION_INFERRED;
    }
}
