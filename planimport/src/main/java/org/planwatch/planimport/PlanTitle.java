package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the title of a plan in a document's lines. A title is a line of its own, not prose and not
 * a heading: it ends, maybe before a bracketed span or draft note, with 规划, 纲要, 方案 or 计划
 * (or a digest's word after them: 纲要要点, 规划解读, 纲要全文),
 * holds no sentence punctuation (。，；：), no tab, and no chapter number. Length is no cue: a real
 * title can run past 60 characters, and converted PDFs break it over two lines (珠三角（中山）…建设 /
 * 实施方案（2016-2020年）), so a title line takes the fragment printed just above it.
 *
 * @param text the title, its lines joined, markdown marks (#, **) out
 * @param line the 1-based line that ends the title
 */
record PlanTitle(String text, int line) {
    /** How many lines from the top a document's own title may start. */
    private static final int TOP_LINES = 40;

    private static final Pattern TITLE_END = Pattern.compile(
            ".*(规划|纲要|方案|计划|规划的建议)(要点|摘要|概要|解读|节选|全文)?(\\s*[（(][^）)]*[)）])?(\\s*[（(](征求意见稿|送审稿|草案|试行)[)）])?$");
    private static final Pattern PROSE = Pattern.compile("[。，,；;：:！？…]|\\.\\.|\\t");
    private static final Pattern NUMBERED =
            Pattern.compile("^(第[一二三四五六七八九十百\\d]+[章节条篇部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[)）]"
                    + "|\\d+\\s*[、．.]|[-•·]|附件|附表|专栏|表\\s*\\d).*");
    private static final Pattern MARKS = Pattern.compile("^#+\\s*|\\*\\*");
    private static final int LONGEST_FRAGMENT = 40;
    /** The second line of …第十五个五年规划 / 和二〇三五年远景目标纲要: a title of its own only with the first. */
    private static final Pattern CONTINUATION = Pattern.compile("^(和|及|暨|与)\\S*");

    /** The document's own title: the first title line near its top. */
    static Optional<PlanTitle> ofDocument(List<String> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size() && nonBlank < TOP_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            nonBlank++;
            if (isTitle(lines.get(i))) {
                return Optional.of(at(lines, i));
            }
        }
        return Optional.empty();
    }

    /** The nearest title above 1-based line {@code line}: the plan a table or a paragraph there belongs to. */
    static Optional<PlanTitle> above(List<String> lines, int line) {
        for (int i = Math.min(line, lines.size()) - 2; i >= 0; i--) {
            if (isTitle(lines.get(i))) {
                return Optional.of(at(lines, i));
            }
        }
        return Optional.empty();
    }

    static boolean isTitle(String line) {
        String t = clean(line);
        return !t.isEmpty()
                && TITLE_END.matcher(t).matches()
                && !PROSE.matcher(line).find()
                && !NUMBERED.matcher(t).matches();
    }

    /** How far from a title its notice's issuer or number may stand, in lines either way. */
    static final int NEAR = 8;

    /** The lines within {@link #NEAR} of 1-based {@code line}: where a title's issuer and its number stand. */
    static List<String> near(List<String> lines, int line) {
        return lines.subList(Math.max(0, line - 1 - NEAR), Math.min(lines.size(), line + NEAR));
    }

    /** The title ending on 0-based line {@code i}, with the fragment above it if it has one. */
    static PlanTitle at(List<String> lines, int i) {
        String text = clean(lines.get(i));
        int above = i - 1;
        if (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        boolean continues = CONTINUATION.matcher(text).matches();
        if (above >= 0 && (isFragment(lines.get(above)) || continues && isTitle(lines.get(above)))) {
            text = continues && isTitle(lines.get(above))
                    ? at(lines, above).text() + text
                    : clean(lines.get(above)) + text;
        }
        return new PlanTitle(text, i + 1);
    }

    /** A line that opens a title broken over two: short, not prose, not a heading, not a title itself. */
    private static boolean isFragment(String line) {
        String t = clean(line);
        return !t.isEmpty()
                && t.length() <= LONGEST_FRAGMENT
                && !PROSE.matcher(line).find()
                && !NUMBERED.matcher(t).matches()
                && !TITLE_END.matcher(t).matches()
                && !t.matches(".*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月.*|目\\s*录|通知|人民政府|管委会|委员会|办公厅|办公室|[局厅部委])$")
                // （苏政发〔2026〕12号） under a notice's title: its number, whose year is not the plan's
                && !t.matches(".*[〔\\[]\\d{4}[〕\\]]\\s*\\d+\\s*号.*")
                && !t.matches("[\\p{IsLatin}\\s\\d]+");
    }

    private static String clean(String line) {
        return MARKS.matcher(line.strip()).replaceAll("").strip();
    }
}
