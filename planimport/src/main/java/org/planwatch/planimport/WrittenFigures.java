package org.planwatch.planimport;

import java.util.regex.Pattern;

/**
 * Figures as digests and notes type them, written the way plans print them before the prose is read:
 * a thousands separator (新增城区学位 8,800 个) would cut the clause at its comma, and a plus after a
 * figure (绿色铝产值增长 20%+, 创业担保贷款 3.4 亿元+) means at least.
 */
final class WrittenFigures {
    /** A comma between the thousands of one figure: 8,800, 1,200,000; not 2024,2025 nor 5,6. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** A plus after a figure and its unit, before no figure or word of its own (1+9 平台, 数字+文旅, 5G+ are names). */
    private static final Pattern AT_LEAST =
            Pattern.compile("(?<=\\d[^\\d,，;；、+]{0,5})(?<![A-Za-z])\\+(?![\\d\\p{IsHan}A-Za-z])");

    private WrittenFigures() {}

    /** {@code line} with its figures written as a plan prints them. */
    static String plain(String line) {
        if (line.indexOf(',') < 0 && line.indexOf('+') < 0) {
            return line;
        }
        return AT_LEAST.matcher(THOUSANDS.matcher(line).replaceAll("")).replaceAll("以上");
    }
}
