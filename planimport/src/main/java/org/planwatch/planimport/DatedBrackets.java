package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name followed by its goals of several years in brackets, as news of a plan's indicators prints
 * them: 学前教育毛入园率(2027年达到93%,2035年达到98%). Written out as one sentence per year, each
 * opening with its year (到2027年,学前教育毛入园率达到93%。), so that each is read, and dated, as any
 * other sentence; where the name pairs two statistics with a slash and the goal holds for both
 * (阅读/数学达标学生比例(2027年均达到80%)), one sentence per statistic.
 */
final class DatedBrackets {
    /** A character of a name: not a separator or bracket, and no figure but an age group's (3岁以下). */
    private static final String NAME_CHAR = "(?:\\d+岁|[^\\d,，、;；:：()（）。])";

    /** A year and its goal, by a verb of reaching: 2027年达到93%, 2035年均达到85% (not a span, 2021年-2025年). */
    private static final String STEP = "20\\d\\d年(?:底|末)?(?:均|都)?(?:达到|达|超过|突破|提高到|提升到|降至|降到|下降到|控制在|不低于|不少于|不超过|保持在)"
            + "[^,，、;；()（）]*\\d[^,，、;；()（）]*";

    private static final Pattern NAMED_STEPS =
            Pattern.compile("(?<name>" + NAME_CHAR + "{2,40})[(（](?<steps>" + STEP + "(?:[,，;；、]" + STEP + ")*)[)）]");
    private static final Pattern ONE_STEP =
            Pattern.compile("(?<year>20\\d\\d)年(?:底|末)?(?<each>均|都)?(?<goal>[^,，、;；]+)");
    /** What introduces a list of indicators rather than naming one: 包括, 其中, 如. */
    private static final Pattern INTRODUCTION = Pattern.compile("^(?:包括|其中|如|即|主要是|分别是|一是|二是|三是)");
    /** Two statistics sharing a name around a slash (阅读/数学达标学生比例): a word of two characters each side. */
    private static final Pattern PAIRED = Pattern.compile("^(?<head>.*?)(?<a>[^/／]{2})[/／](?<b>[^/／]{2})(?<tail>.*)$");

    private DatedBrackets() {}

    /** {@code text} with each name's bracketed goals written out as sentences of their own; else unchanged. */
    static String expand(String text) {
        Matcher m = NAMED_STEPS.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String name = INTRODUCTION.matcher(m.group("name").strip()).replaceFirst("");
            StringBuilder sentences = new StringBuilder("。");
            Matcher step = ONE_STEP.matcher(m.group("steps"));
            while (step.find()) {
                for (String each : step.group("each") != null ? statistics(name) : List.of(name)) {
                    sentences
                            .append("到")
                            .append(step.group("year"))
                            .append("年,")
                            .append(each)
                            .append(step.group("goal"))
                            .append("。");
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(sentences.toString()));
        }
        if (!any) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The statistics a name stands for: two where a slash pairs them (城镇/农村居民…), else the name. */
    private static List<String> statistics(String name) {
        Matcher p = PAIRED.matcher(name);
        if (!p.matches()) {
            return List.of(name);
        }
        List<String> out = new ArrayList<>();
        out.add(p.group("head") + p.group("a") + p.group("tail"));
        out.add(p.group("head") + p.group("b") + p.group("tail"));
        return out;
    }
}
