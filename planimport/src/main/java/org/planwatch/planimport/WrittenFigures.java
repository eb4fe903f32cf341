package org.planwatch.planimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as digests and notes type them, written the way plans print them before the prose is read:
 * a thousands separator (新增城区学位 8,800 个) would cut the clause at its comma, and a plus after a
 * figure (绿色铝产值增长 20%+, 创业担保贷款 3.4 亿元+) means at least, and an arrow from a base (67.9% → 71%) reaches the
 * figure after it.
 */
final class WrittenFigures {
    /** A figure typed with thousands separators: 8,800, 1,200,000; not 2024,2025 nor 5,6. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3}(?!\\d))+");
    /**
     * 分别为120,150,180万人: after 分别, groups of three digits from the first before 万 or 亿 are the figures of
     * several goals (no plan counts 120150180万 of anything); 分别达到1,200亿元 is one figure.
     */
    private static final Pattern RESPECTIVE_LIST =
            Pattern.compile("分别[^。;；]*?(?<list>(?<![\\d.,])\\d{3}(?:,\\d{3})+)\\s*[万亿]");
    /** A plus after a figure and its unit, before no figure or word of its own (1+9 平台, 数字+文旅, 5G+ are names). */
    private static final Pattern AT_LEAST =
            Pattern.compile("(?<=\\d[^\\d,，;；、+]{0,5})(?<![A-Za-z])\\+(?![\\d\\p{IsHan}A-Za-z])");

    /** A year, with 年 or bare (2025→2030): no figure an arrow reaches from or to. */
    private static final String YEAR = "(?:19|20)\\d\\d(?![\\d.])(?!\\s*[%‰万亿千百个件人岁元吨家所项套座])";

    private static final String ARROW = "(?:→|->|⟶)";
    private static final Pattern ANY_ARROW = Pattern.compile(ARROW);

    /**
     * A digest's arrow from the base to the target (城镇化率 67.9% → 71%, 10.5%(2024 年)→ 12.5%): what the plan
     * prints as reaching the target; never an arrow between years (2025年基期值→2030年目标值).
     */
    private static final Pattern FROM_TO = Pattern.compile("(?<![\\d.])(?!" + YEAR + ")\\d+(?:\\.\\d+)?"
            + "[^\\d→()（）,，;；、]{0,4}?(?:\\s*[(（](?:19|20)\\d\\d\\s*年[)）])?\\s*" + ARROW + "\\s*"
            + "(?=[>≥<≤]?\\s*\\d)(?![>≥<≤]?\\s*" + YEAR + ")(?<sign>[>≥<≤]?)\\s*");

    private WrittenFigures() {}

    /** {@code line} with its figures written as a plan prints them. */
    static String plain(String line) {
        if (line.indexOf(',') < 0
                && line.indexOf('+') < 0
                && !ANY_ARROW.matcher(line).find()) {
            return line;
        }
        // 16 件 → >22 件: the sign after the arrow is the target's bound
        Matcher arrow = FROM_TO.matcher(line);
        String reached = arrow.replaceAll(m -> switch (arrow.group("sign")) {
            case ">" -> "超过";
            case "≥" -> "不低于";
            case "<" -> "低于";
            case "≤" -> "不超过";
            default -> "达到";
        });
        return AT_LEAST.matcher(withoutThousandsSeparators(reached)).replaceAll("以上");
    }

    private static String withoutThousandsSeparators(String line) {
        Matcher list = RESPECTIVE_LIST.matcher(line);
        int[] kept = list.find() ? new int[] {list.start("list"), list.end("list")} : new int[] {-1, -1};
        return GROUPED.matcher(line)
                .replaceAll(m -> m.start() >= kept[0] && m.end() <= kept[1]
                        ? m.group()
                        : m.group().replace(",", ""));
    }
}
