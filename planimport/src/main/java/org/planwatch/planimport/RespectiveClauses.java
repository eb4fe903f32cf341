package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause that states several targets at once with 分别 (respectively), written out as one clause
 * per target, each read like any other: 婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下 is
 * 婴儿死亡率下降到3.5‰以下 and 孕产妇死亡率下降到12/10万以下; 氮氧化物、挥发性有机物排放量分别下降8%以上
 * gives both names the one figure (and the shared 排放量); where the sentence names two years
 * (到2022年和2030年) and the clause one name with two figures, each figure is the target of its year.
 *
 * @param text the clause of one target
 * @param year the year it is for, where the sentence pairs years with figures; null otherwise
 */
record RespectiveClauses(String text, Integer year) {
    private static final Pattern RESPECTIVELY =
            Pattern.compile("^(?<names>[^\\d]+?)分别(?<verb>[^\\d]*)(?<figures>\\d.*)$");
    /** A figure with its unit: 3.5‰, 12/10万 (a rate per 100,000 is one figure), 22%, 37%及以上. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?(?:/10+万)?[^\\d、和]*");

    private static final Pattern BOUND_WORD = Pattern.compile("(及以上|以上|以下|以内|左右)$");
    /** The measure word a list of names shares from its last: 氮氧化物、挥发性有机物排放量. */
    private static final Pattern SHARED_MEASURE = Pattern.compile("(排放量|排放总量|消耗量|用水量|比重|比例|覆盖率)$");

    /**
     * The clauses {@code clause} stands for; itself alone where it says no 分别 or its names and
     * figures do not pair.
     *
     * @param years the years the sentence pairs with figures (到2022年和2030年); empty if none
     */
    static List<RespectiveClauses> of(String clause, List<Integer> years) {
        Matcher m = RESPECTIVELY.matcher(clause);
        if (!m.matches()) {
            return List.of(new RespectiveClauses(clause, null));
        }
        List<String> names = List.of(m.group("names").split("[、和及]"));
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
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).endsWith(suffix) ? names.get(i) : names.get(i) + suffix;
                String figure = figures.get(figures.size() == 1 ? 0 : i);
                out.add(new RespectiveClauses(name + m.group("verb") + withBound(figure, shared), null));
            }
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

    /** 3.5‰ takes the bound the list ends with (…、12/10万以下); a figure that prints its own keeps it. */
    private static String withBound(String figure, String shared) {
        return BOUND_WORD.matcher(figure).find() ? figure : figure + shared;
    }
}
