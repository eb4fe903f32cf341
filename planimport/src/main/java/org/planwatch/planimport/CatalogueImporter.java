package org.planwatch.planimport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.planwatch.domain.AverageRegion;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.Departments;
import org.planwatch.domain.Dictionaries;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.planimport.source.DocumentException;
import org.planwatch.planimport.source.DocumentFormat;
import org.planwatch.planimport.source.FoldedText;
import org.planwatch.planimport.source.PlanDocuments;

/**
 * Reads plan documents into the target catalogue: every indicator table each document holds, and
 * the targets its running text states, each in the plan its title names ({@link PlanNamer}). A
 * target stated twice is kept once; where the prose states a table's indicator in other words or
 * numbers, the table's is kept and the prose is a notice. A row or a clause that cannot be read is
 * a problem with its file and line; the rest is still read. {@link ImportOptions} carry what the
 * user gives beyond the documents (the region). A document may be PDF, Word .docx, HTML, markdown
 * or text in any usual encoding ({@link PlanDocuments} turns it into lines).
 */
public final class CatalogueImporter {

    private final TableTargets tableTargets;
    private final TextTargets textTargets;
    private final PlanNamer plans;
    private final IndicatorResolver resolver;

    /**
     * @throws CatalogueFormatException if the indicator dictionary names a department {@code
     *     departments} does not know
     */
    public CatalogueImporter(IndicatorDictionary indicators, RegionDictionary regions, Departments departments) {
        this(indicators, regions, departments, ImportOptions.defaults());
    }

    /**
     * @throws CatalogueFormatException if the indicator dictionary names a department {@code
     *     departments} does not know
     * @throws IllegalArgumentException if {@code options} name a region {@code regions} does not hold
     */
    public CatalogueImporter(
            IndicatorDictionary indicators, RegionDictionary regions, Departments departments, ImportOptions options) {
        Set<String> unknown = new TreeSet<>(indicators.departments());
        unknown.removeAll(departments.stems());
        if (!unknown.isEmpty()) {
            throw new CatalogueFormatException(
                    "departments.tsv", "no names for the departments " + unknown + " that indicators.tsv names");
        }
        this.tableTargets = new TableTargets(indicators, regions, departments);
        this.textTargets = new TextTargets(indicators, departments, regions, options.year());
        this.plans = new PlanNamer(regions, options);
        this.resolver = new IndicatorResolver(indicators);
    }

    /** The importer of {@code dictionaries}: the bundled ones or a user's over them. */
    public static CatalogueImporter of(Dictionaries dictionaries) {
        return of(dictionaries, ImportOptions.defaults());
    }

    /** As above, with what the user gives beyond the documents. */
    public static CatalogueImporter of(Dictionaries dictionaries, ImportOptions options) {
        return new CatalogueImporter(
                dictionaries.indicators(), dictionaries.regions(), dictionaries.departments(), options);
    }

    public static CatalogueImporter bundled() {
        return bundled(ImportOptions.defaults());
    }

    public static CatalogueImporter bundled(ImportOptions options) {
        return new CatalogueImporter(
                IndicatorDictionary.bundled(), RegionDictionary.bundled(), Departments.bundled(), options);
    }

    /** What one document gave. */
    public record DocumentReport(String file, int tables, int rows, int targets) {}

    /**
     * The import of several documents.
     *
     * @param problems rows, cells and clauses that could not be read, each as {@code file:line: reason}
     * @param notices what was read but not kept: clauses that are not targets, targets stated twice
     */
    public record Result(
            List<Target> targets, List<DocumentReport> documents, List<String> problems, List<String> notices) {}

    /**
     * The plan a table belongs to: the one its title and the plan title above it name, else, under a
     * heading that is no plan's title but names a region (文山州2026年预期目标与十五五开局, a work report's
     * 主要预期目标), that region's plan of the table's years, as the lines around it are read.
     */
    private Plan ofTable(PlanTable table, List<String> lines, List<Optional<Plan>> linePlans) {
        try {
            return plans.ofTable(table, lines);
        } catch (PlanTextException e) {
            int at = table.titleLine() > 0 ? table.titleLine() : table.headerLine();
            // not the nation's: a national plan's tables name it, or their issuer makes the title the nation's
            Region region = linePlans
                    .get(at - 1)
                    .map(Plan::region)
                    .filter(r -> !r.code().equals(PlanNamer.NATION))
                    .orElseThrow(() -> e);
            return plans.ofTableIn(table, lines, region);
        }
    }

    /** Reads each file in the format its content shows. */
    public Result read(List<Path> files) throws IOException {
        return read(files, null);
    }

    /**
     * Reads each file as {@code forced} says, or in the format its content shows where it is
     * null.
     */
    public Result read(List<Path> files, DocumentFormat forced) throws IOException {
        Map<String, Target> targets = new LinkedHashMap<>();
        List<DocumentReport> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Set<String> textSources = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<String> lines;
            FoldedText folded;
            try {
                folded = FoldedText.of(PlanDocuments.read(file, forced).lines());
                lines = folded.lines();
            } catch (DocumentException e) {
                problems.add(e.getMessage());
                documents.add(new DocumentReport(name, 0, 0, 0));
                continue;
            }
            List<Target> found = new ArrayList<>();
            List<PlanTable> tables = TableFinder.find(name, lines, e -> problems.add(e.getMessage()));
            List<Optional<Plan>> linePlans = plans.ofLines(lines);
            int rows = 0;
            for (PlanTable table : tables) {
                try {
                    Plan plan = ofTable(table, lines, linePlans);
                    TableTargets.Result r = tableTargets.read(table, plan);
                    rows += r.rows();
                    found.addAll(r.targets());
                    problems.addAll(r.problems());
                    for (TableTargets.UnreadRow row : r.unread()) {
                        // a cell of clauses (a digest's): each read as running text is, the row naming the first
                        TextTargets.CellReading cell =
                                textTargets.ofCell(name, row.line(), plan, row.name(), row.cell());
                        List<Target> clauses = cell.targets();
                        if (!clauses.isEmpty() && problems.remove(row.problem())) {
                            found.addAll(clauses);
                            // nothing of the cell passes unsaid: the clauses that gave no target are named
                            notices.add(row.problem() + "; read as " + clauses.size() + " clauses instead"
                                    + (cell.unread().isEmpty()
                                            ? ""
                                            : "; not read: '" + String.join("', '", cell.unread()) + "'"));
                        }
                    }
                } catch (PlanTextException e) {
                    problems.add(e.getMessage());
                }
            }
            if (linePlans.stream().allMatch(Optional::isEmpty)) {
                String cannot = new PlanTextException(
                                name,
                                1,
                                plans.regionGiven()
                                        ? "cannot tell the plan's years (it speaks of 今后五年 with no date to count"
                                                + " from); give them with --period, such as 2026-2030"
                                        : "cannot tell the plan's region from its title; add the region's name to"
                                                + " regions.tsv or give --region")
                        .getMessage();
                if (tables.isEmpty()) {
                    problems.add(cannot);
                } else {
                    // only the running text is lost: each table names its plan itself
                    notices.add(cannot + "; its running text is not read");
                }
            }
            TextTargets.Result text = textTargets.read(
                    name,
                    lines.stream().map(WrittenFigures::plain).toList(),
                    n -> linePlans.get(n - 1),
                    tableLines(tables),
                    folded::printed);
            found.addAll(text.targets());
            problems.addAll(text.problems());
            notices.addAll(text.notices());
            text.targets().forEach(x -> textSources.add(fromText(x)));
            int kept = 0;
            for (Target read : found) {
                if (heldAgainstItself(read)) {
                    // 农村居民收入增速快于全省 in a province's own plan: the province is its own average, always met
                    notices.add(read.source() + ": '" + read.expression() + "' holds " + read.region()
                            + " against its own average; not a target");
                    continue;
                }
                Target t = read.withReview(resolver.reviewOf(read.indicator()));
                String key = t.key();
                Target before = targets.putIfAbsent(key, t);
                if (before == null) {
                    kept++;
                } else if (sameNumbers(before, t)) {
                    notices.add(t.source() + ": restates " + key + " from " + before.source() + "; the first is kept");
                } else if (textSources.contains(fromText(t)) && !textSources.contains(fromText(before))) {
                    // the table is the plan's own statement of the figure; the prose may round it or give a milestone
                    notices.add(t.source() + ": the text states " + key + " as '" + t.expression() + "' for "
                            + t.targetYear() + "; the table at " + before.source() + " ('" + before.expression()
                            + "') is kept");
                } else if (sameGoal(before, t) && (before.baseValue() == null || t.baseValue() == null)) {
                    // 森林覆盖率 提升至45% in a summary below the table that gave 40 → 45: the fuller statement is kept
                    boolean fuller = before.baseValue() == null && t.baseValue() != null;
                    Target keep = fuller ? t : before;
                    targets.put(key, keep);
                    notices.add((fuller ? before : t).source() + ": restates " + key + " from " + keep.source()
                            + " without its base; " + keep.source() + " is kept");
                } else if (comparedBesideFigure(before, t) || comparedBesideFigure(t, before)) {
                    // 年均增长5%以上，经济增速跑赢全国平均水平: two goals of one indicator, not two readings of one; the
                    // catalogue holds one target an indicator and a plan, the one with a figure, and says so
                    Target figured = before.targetValue() != null ? before : t;
                    Target compared = figured == before ? t : before;
                    targets.put(key, figured);
                    notices.add(compared.source() + ": " + key + " is also to be '" + compared.expression()
                            + "'; one target is kept an indicator, the one with a figure ('" + figured.expression()
                            + "', " + figured.source() + ")");
                } else {
                    problems.add(t.source() + ": " + key + " contradicts " + before.source() + ": " + t.expression()
                            + " against " + before.expression());
                }
            }
            documents.add(new DocumentReport(name, tables.size(), rows, kept));
        }
        return new Result(List.copyOf(targets.values()), documents, problems, notices);
    }

    /** Whether {@code t} is measured against the average of the region it is of. */
    private static boolean heldAgainstItself(Target t) {
        return AVERAGES.contains(t.kind())
                && AverageRegion.of(t.expression(), t.region())
                        .filter(t.region()::equals)
                        .isPresent();
    }

    /** Whether {@code compared} holds the indicator to another figure or an average, and {@code figured} sets its own. */
    private static boolean comparedBesideFigure(Target compared, Target figured) {
        return compared.targetValue() == null
                && figured.targetValue() != null
                && (compared.kind() == TargetKind.LINKED || AVERAGES.contains(compared.kind()));
    }

    /** The kinds measured against an average's region, read from the words ({@link AverageRegion}). */
    private static final Set<TargetKind> AVERAGES =
            java.util.EnumSet.of(TargetKind.RELATIVE_TO_AVERAGE, TargetKind.BELOW_AVERAGE);

    /** The lines of every table, from its title to its last row: not running text. */
    private static Set<Integer> tableLines(List<PlanTable> tables) {
        Set<Integer> out = new HashSet<>();
        for (PlanTable t : tables) {
            int from = t.titleLine() > 0 ? t.titleLine() : t.headerLine();
            int to = t.rows().isEmpty()
                    ? t.headerLine()
                    : t.rows().get(t.rows().size() - 1).number();
            for (int n = from; n <= to; n++) {
                out.add(n);
            }
        }
        return out;
    }

    /** What tells a target read from running text, whatever copies the import makes of it. */
    private static String fromText(Target t) {
        return t.source() + "|" + t.expression();
    }

    /** The same figure, bound and year, whatever base either states. */
    private static boolean sameGoal(Target a, Target b) {
        return a.kind() == b.kind()
                && a.bound() == b.bound()
                && a.targetYear() == b.targetYear()
                && Objects.equals(a.targetValue(), b.targetValue());
    }

    private static boolean sameNumbers(Target a, Target b) {
        return sameGoal(a, b)
                && Objects.equals(a.baseYear(), b.baseYear())
                && Objects.equals(a.baseValue(), b.baseValue())
                && a.milestones().equals(b.milestones());
    }
}
