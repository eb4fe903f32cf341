package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;

/**
 * The plan a table or a sentence belongs to, named from the text around it: the region its title
 * names, its subject (health, science and technology, or the general outline) and its period.
 * The id reads {@code <region>-<subject>-<period>}: {@code jm-health-14}, {@code gd-13}, {@code
 * jm-health-2030}.
 *
 * @param targetYear the year the plan's targets are for
 */
public record Plan(String id, Region region, int targetYear) {
    private static final Pattern HEALTH = Pattern.compile("卫生|健康");
    private static final Pattern SCIENCE = Pattern.compile("科技|创新");
    private static final Pattern PLAN_TITLE = Pattern.compile(".*(规划|纲要|实施方案|方案).*");
    private static final int LONGEST_TITLE = 45;

    /** A five-year plan period: its number, the year it ends, and how titles name it. */
    private record Period(String number, int endYear, List<String> words) {}

    private static final List<Period> PERIODS =
            List.of(new Period("13", 2020, List.of("十三五", "第十三个五年")), new Period("14", 2025, List.of("十四五", "第十四个五年")));

    /**
     * The plan of a table: the region and subject its title names; where the title names no region
     * (主要发展指标), the nearest plan title above the table (“十四五”国民健康规划).
     */
    public static Plan ofTable(PlanTable table, List<String> lines, RegionDictionary regions) {
        int targetYear = table.columns(ColumnRole.TARGET).stream()
                .map(Column::year)
                .filter(y -> y != null)
                .max(Integer::compare)
                .orElseGet(() -> periodYear(table.title())
                        .orElseThrow(() -> new PlanTextException(
                                table.file(), table.headerLine(), "the table names no target year")));
        String context = table.title();
        if (regions.mentionedIn(context).isEmpty()) {
            context = context + " "
                    + titleAbove(lines, table.titleLine() > 0 ? table.titleLine() : table.headerLine(), regions);
        }
        return named(context, targetYear, regions)
                .orElseThrow(() -> new PlanTextException(
                        table.file(),
                        table.headerLine(),
                        "cannot tell the region of the table '" + table.title() + "' from its title or the plan"
                                + " title above it; add the region's name to regions.tsv"));
    }

    /**
     * The plan of a document whose targets are in running text, from its title: the short lines it
     * opens with, up to the first line of prose.
     */
    public static Plan ofDocument(String file, List<String> lines, int targetYear, RegionDictionary regions) {
        StringBuilder title = new StringBuilder();
        int read = 0;
        for (int i = 0; i < lines.size() && read < 3; i++) {
            String line = lines.get(i).strip();
            if (line.length() > LONGEST_TITLE) {
                break;
            }
            if (!line.isEmpty()) {
                title.append(line);
                read++;
            }
        }
        return named(title.toString(), targetYear, regions)
                .orElseThrow(() -> new PlanTextException(
                        file, 1, "cannot tell the plan's region from its title; add the region's name to regions.tsv"));
    }

    static Optional<Plan> named(String context, int targetYear, RegionDictionary regions) {
        return regions.mentionedIn(context).map(region -> {
            String subject = HEALTH.matcher(context).find()
                    ? "-health"
                    : SCIENCE.matcher(context).find() ? "-sti" : "";
            String period = periodOf(context, targetYear);
            return new Plan(region.slug() + subject + "-" + period, region, targetYear);
        });
    }

    /** The period's number in a plan id: named in the text (十四五), else the one ending in the target year. */
    private static String periodOf(String context, int targetYear) {
        return periodNamedIn(context)
                .or(() ->
                        PERIODS.stream().filter(p -> p.endYear() == targetYear).findFirst())
                .map(Period::number)
                .orElse(String.valueOf(targetYear));
    }

    private static Optional<Integer> periodYear(String title) {
        return periodNamedIn(title).map(Period::endYear);
    }

    private static Optional<Period> periodNamedIn(String text) {
        String t = Names.normalize(text);
        return PERIODS.stream()
                .filter(p -> p.words().stream().anyMatch(t::contains))
                .findFirst();
    }

    /** The nearest short line above {@code line} (1-based) that reads like a plan's title and names a region. */
    private static String titleAbove(List<String> lines, int line, RegionDictionary regions) {
        for (int i = line - 2; i >= 0; i--) {
            String text = lines.get(i).strip();
            if (!text.contains("\t")
                    && text.length() <= LONGEST_TITLE
                    && PLAN_TITLE.matcher(text).matches()
                    && regions.mentionedIn(text).isPresent()) {
                return text;
            }
        }
        return "";
    }
}
