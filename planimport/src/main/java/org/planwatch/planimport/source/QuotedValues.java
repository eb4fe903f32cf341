package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's digest kept as data (a JSON file, a script's object literal, YAML) holds its prose in quoted
 * strings: {@code { category: "量化目标", text: "2030年光电子信息产业规模达到1.5万亿元" },}. A line that is
 * nothing but such keys and strings becomes the strings' text, a sentence each, so that the prose reads as
 * prose; the line keeps its number, and every other line is left as it is.
 */
final class QuotedValues {
    /** A string in double quotes, escapes and all. */
    private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";
    /** An optional key (text: or "text":) and its string. */
    private static final String PAIR = "(?:(?:" + STRING + "|[A-Za-z_$][\\w$-]*)\\s*:\\s*)?" + STRING;
    /** A line of pairs only, with the brackets and commas of the data around them. */
    private static final Pattern DATA_LINE =
            Pattern.compile("^\\s*[\\[{]?\\s*" + PAIR + "(?:\\s*,\\s*" + PAIR + ")*\\s*[}\\]]?\\s*[,;]?\\s*$");

    /** Every string of the line in turn, a key's (followed by :) as well, so that none is read from the middle of another. */
    private static final Pattern ANY_STRING = Pattern.compile("(" + STRING + ")(\\s*:)?");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？.!?；;]$");
    /** An escape of a quoted string: \\" \\\\ \\n \\t, each read once, left to right. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

    private QuotedValues() {}

    /** {@code lines}, each line of data holding Chinese text replaced by that text. */
    static List<String> unwrapped(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(unwrapped(line));
        }
        return out;
    }

    static String unwrapped(String line) {
        if (line.indexOf('"') < 0 || !DATA_LINE.matcher(line).matches()) {
            return line;
        }
        List<String> texts = new ArrayList<>();
        Matcher m = ANY_STRING.matcher(line);
        while (m.find()) {
            if (m.group(2) != null) {
                continue; // a key
            }
            String value =
                    unescaped(m.group(1).substring(1, m.group(1).length() - 1)).strip();
            if (HAN.matcher(value).find()) {
                texts.add(SENTENCE_END.matcher(value).find() ? value : value + "。");
            }
        }
        return texts.isEmpty() ? line : String.join("", texts);
    }

    private static String unescaped(String s) {
        return ESCAPE.matcher(s).replaceAll(m -> switch (m.group(1)) {
            case "n" -> " ";
            case "t" -> "\t";
            default -> Matcher.quoteReplacement(m.group(1));
        });
    }
}
