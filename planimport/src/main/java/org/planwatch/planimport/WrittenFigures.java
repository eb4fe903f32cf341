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
    /** A comma between the thousands of one figure: 8,800, 1,200,000; not 2024,2025 nor 5,6. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** 分别为120,150,180万人: after 分别 a comma parts the figures of several goals, up to the sentence's end. */
    private static final Pattern RESPECTIVELY = Pattern.compile("分别[^。;；]*");
    /** A plus after a figure and its unit, before no figure or word of its own (1+9 平台, 数字+文旅, 5G+ are names). */
    private static final Pattern AT_LEAST =
            Pattern.compile("(?<=\\d[^\\d,，;；、+]{0,5})(?<![A-Za-z])\\+(?![\\d\\p{IsHan}A-Za-z])");

    /**
     * A digest's arrow from the base to the target (城镇化率 67.9% → 71%, 10.5%(2024 年)→ 12.5%): what the plan
     * prints as reaching the target; never an arrow between years (2025年基期值→2030年目标值).
     */
    private static final Pattern FROM_TO = Pattern.compile("(?<![\\d.])(?!(?:19|20)\\d\\d\\s*年)\\d+(?:\\.\\d+)?"
            + "[^\\d→()（）,，;；、]{0,4}?(?:\\s*[(（](?:19|20)\\d\\d\\s*年[)）])?\\s*(?:→|->|⟶)\\s*"
            + "(?=[>≥<≤]?\\s*\\d)(?!(?:19|20)\\d\\d\\s*年)");

    private WrittenFigures() {}

    /** {@code line} with its figures written as a plan prints them. */
    static String plain(String line) {
        if (line.indexOf(',') < 0 && line.indexOf('+') < 0 && line.indexOf('→') < 0 && !line.contains("->")) {
            return line;
        }
        String reached = FROM_TO.matcher(line).replaceAll("达到");
        return AT_LEAST.matcher(withoutThousandsSeparators(reached)).replaceAll("以上");
    }

    private static String withoutThousandsSeparators(String line) {
        StringBuilder out = new StringBuilder();
        Matcher respectively = RESPECTIVELY.matcher(line);
        int from = 0;
        while (respectively.find()) {
            out.append(THOUSANDS
                            .matcher(line.substring(from, respectively.start()))
                            .replaceAll(""))
                    .append(respectively.group());
            from = respectively.end();
        }
        return out.append(THOUSANDS.matcher(line.substring(from)).replaceAll(""))
                .toString();
    }
}
