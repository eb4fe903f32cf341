package org.planwatch.planimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures a plan's prose writes in Chinese numerals after a target's verb, in digits: 迈上两万亿元台阶
 * is 迈上2万亿元, 超千亿元 is 超1000亿元, 规上文化企业超千家 is 超1000家, 稳定在百万吨以上 is 稳定在100万吨以上. Only right after a verb of
 * reaching and before a unit, so that the numerals of names (千亿级产业集群, 销售收入超百亿产业集群,
 * 两环十八射, 十年禁渔) stay as printed; a class of size reached (保持千亿级规模) as its floor.
 */
final class ChineseFigures {
    private static final String VERB = "(迈上|迈进|突破|超过|超|达到|达|实现|逾|提高到|增加到|增长到|稳定在|保持在)";
    private static final String DIGIT = "([一二两三四五六七八九])";
    /** Where such a figure ends its clause (产值超千亿元, 迈上两万亿元台阶、…), not a name (超千亿元海上风电产业集群). */
    private static final String END = "(?:台阶|大关|以上|左右)?(?:$|[、,，;；])";
    /** 两万亿元, 三千亿元: a digit before a unit of 10^4 or more. */
    private static final Pattern TIMES_UNIT = Pattern.compile(VERB + DIGIT + "(?=(?:万亿|亿|万)(?:元|人|吨|亩|斤)" + END + ")");
    /** 千亿元, 五百亿元, 千家: a digit (one if none) times a thousand or a hundred, before what is counted. */
    private static final Pattern HUNDREDS =
            Pattern.compile(VERB + DIGIT + "?([千百])(?=(?:(?:万亿|亿|万)(?:元|人|吨|亩|斤)|家|个|项|所|人|户)" + END + ")");
    /**
     * 保持千亿级规模, 迈上万亿级台阶: a class of size reached or held, at least the class's floor in 亿元; only where it
     * ends its clause (not 打造千亿级产业集群, a name).
     */
    private static final Pattern SCALE_CLASS =
            Pattern.compile("(保持在|保持|稳定在|迈上|迈入|跻身|达到|突破)([百千万])亿元?级(?:规模|台阶|水平)?(?=" + END + ")");
    /** A level reached named as a step or a mark: 台阶, 新台阶, 大关. */
    private static final Pattern STEP = Pattern.compile("(?<=\\d)(万亿元|亿元|万元|元|万人|人|家|个)新?(台阶|大关)");

    private ChineseFigures() {}

    static String inDigits(String clause) {
        String s = replace(TIMES_UNIT, clause, m -> m.group(1) + digit(m.group(2)));
        s = replace(
                HUNDREDS,
                s,
                m -> m.group(1) + (m.group(2) == null ? 1 : digit(m.group(2))) * ("千".equals(m.group(3)) ? 1000 : 100));
        s = replace(
                SCALE_CLASS,
                s,
                m -> m.group(1)
                        + switch (m.group(2)) {
                            case "百" -> "100亿元以上";
                            case "千" -> "1000亿元以上";
                            default -> "1万亿元以上";
                        });
        return STEP.matcher(s).replaceAll("$1");
    }

    private static int digit(String numeral) {
        return "一二三四五六七八九".indexOf(numeral.equals("两") ? "二" : numeral) + 1;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
