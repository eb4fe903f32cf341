package org.planwatch.planimport.review;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.DelimitedRows;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

/**
 * A person's corrections to an import, kept in a file beside the plan and applied on every
 * re-import, so that a fix survives the next run of the importer. One correction a line, keyed by
 * the {@code file:line} the targets cite:
 *
 * <pre>
 * source            indicator     action  changes                                     why
 * plan.html:41      x_3f2a9c01de  set     indicator=rd_intensity                      our code for 研发经费投入强度
 * plan.html:57      *             drop                                                a 2025 outcome, not a target
 * plan.html:88      forest_cover  add     kind=LEVEL;target_year=2030;target_value=25 stated in a footnote
 * </pre>
 *
 * {@code changes} names catalogue columns ({@link TargetCatalogue#COLUMNS}); a changed target is
 * read back by the catalogue's own rules, so a correction cannot make a target the catalogue
 * would refuse. Setting {@code indicator} to a dictionary code also takes that indicator's names
 * and direction, unless the correction gives them.
 */
public final class Overrides {
    private static final List<String> COLUMNS = List.of("source", "indicator", "action");

    private final String name;
    private final List<Correction> corrections;

    private Overrides(String name, List<Correction> corrections) {
        this.name = name;
        this.corrections = List.copyOf(corrections);
    }

    public static Overrides none() {
        return new Overrides("", List.of());
    }

    /**
     * @throws CatalogueFormatException naming the file and line of the first line it cannot read:
     *     a correction half-understood is worse than none
     */
    public static Overrides read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    public static Overrides read(Reader reader, String name) {
        List<Correction> corrections = new ArrayList<>();
        List<DelimitedRows.Problem> problems = new ArrayList<>();
        boolean header = DelimitedRows.read(
                reader,
                DelimitedRows.tsv(),
                COLUMNS,
                row -> {
                    try {
                        corrections.add(correction(row.line(), row.cells()));
                    } catch (IllegalArgumentException e) {
                        problems.add(new DelimitedRows.Problem(row.line(), e.getMessage()));
                    }
                },
                problems::add);
        if (!header || !problems.isEmpty()) {
            DelimitedRows.Problem first = problems.get(0);
            throw new CatalogueFormatException(name + ":" + first.line(), first.reason());
        }
        return new Overrides(name, corrections);
    }

    public static Overrides read(String text, String name) {
        return read(new StringReader(text), name);
    }

    public List<Correction> corrections() {
        return corrections;
    }

    /**
     * What applying the corrections gave.
     *
     * @param applied each correction with the number of targets it changed, dropped or added
     * @param unmatched corrections that matched no target: the document changed, or the key is
     *     mistyped; they are reported, never silently ignored
     * @param problems corrections that could not be applied, as {@code overrides:line: reason}
     */
    public record Outcome(
            List<Target> targets,
            Map<Correction, Integer> applied,
            List<Correction> unmatched,
            List<String> problems) {}

    public Outcome apply(List<Target> imported, IndicatorDictionary indicators) {
        List<Target> targets = new ArrayList<>(imported);
        Map<Correction, Integer> applied = new LinkedHashMap<>();
        List<Correction> unmatched = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Correction c : corrections) {
            try {
                int count = switch (c.action()) {
                    case DROP -> drop(targets, c);
                    case SET -> set(targets, c, indicators);
                    case ADD -> add(targets, c, indicators);
                };
                if (count == 0) {
                    unmatched.add(c);
                } else {
                    applied.put(c, count);
                }
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + c.line() + ": " + c + ": " + e.getMessage());
            }
        }
        return new Outcome(List.copyOf(targets), applied, unmatched, problems);
    }

    private static int drop(List<Target> targets, Correction c) {
        int before = targets.size();
        targets.removeIf(c::matches);
        return before - targets.size();
    }

    private static int set(List<Target> targets, Correction c, IndicatorDictionary indicators) {
        int count = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (c.matches(targets.get(i))) {
                targets.set(i, changed(TargetCatalogue.row(targets.get(i)), c, indicators));
                count++;
            }
        }
        return count;
    }

    private static int add(List<Target> targets, Correction c, IndicatorDictionary indicators) {
        if (c.indicator().equals("*")) {
            throw new IllegalArgumentException("an added target names its indicator code, not *");
        }
        // plan and region of the document's other targets, unless the correction gives them
        Target sibling = targets.stream()
                .filter(t -> t.source().startsWith(c.file() + ":"))
                .findFirst()
                .orElse(null);
        Map<String, String> row = new LinkedHashMap<>();
        TargetCatalogue.COLUMNS.forEach(column -> row.put(column, ""));
        if (sibling != null) {
            row.put("plan", sibling.plan());
            row.put("plan_title", sibling.planTitle() == null ? "" : sibling.planTitle());
            row.put("region", sibling.region());
            row.put("department", "");
        }
        row.put("source", c.source());
        row.put("indicator", c.indicator());
        Target added = changed(row, c, indicators);
        if (targets.stream().anyMatch(t -> t.key().equals(added.key()))) {
            throw new IllegalArgumentException("the import already has " + added.key() + "; use set to change it");
        }
        targets.add(added);
        return 1;
    }

    private static Target changed(Map<String, String> row, Correction c, IndicatorDictionary indicators) {
        String code = c.changes().getOrDefault("indicator", c.action() == Correction.Action.ADD ? c.indicator() : null);
        if (code != null) {
            indicators.code(code).ifPresent(known -> {
                if (row.get("name_zh").isEmpty() && !known.names().isEmpty()) {
                    row.put("name_zh", known.names().get(0));
                }
                row.put("name_en", known.nameEn());
                row.put("direction", known.direction().name());
            });
        }
        c.changes().forEach(row::put);
        row.put("expression", (row.get("expression") + " [corrected: " + c.why() + "]").strip());
        return TargetCatalogue.target(row);
    }

    private static Correction correction(int line, Map<String, String> cells) {
        String source = cell(cells, "source");
        String indicator = cell(cells, "indicator");
        String action = cell(cells, "action");
        if (source.isEmpty() || !source.matches(".+:\\d+")) {
            throw new IllegalArgumentException("source '" + source + "' is not FILE:LINE as the catalogue cites it");
        }
        if (indicator.isEmpty()) {
            throw new IllegalArgumentException("no indicator: give its code, or * for every target of the line");
        }
        Correction.Action a;
        try {
            a = Correction.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action '" + action + "' is not set, drop or add");
        }
        Map<String, String> changes = changes(cell(cells, "changes"));
        if (a != Correction.Action.DROP && changes.isEmpty()) {
            throw new IllegalArgumentException(action + " needs changes: column=value;column=value");
        }
        if (a == Correction.Action.DROP && !changes.isEmpty()) {
            throw new IllegalArgumentException("drop takes no changes");
        }
        return new Correction(line, source, indicator, a, changes, cell(cells, "why"));
    }

    private static Map<String, String> changes(String text) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String column = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            if (eq < 0 || !TargetCatalogue.COLUMNS.contains(column) || column.equals("source")) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not column=value with a catalogue column"
                        + " other than source (" + String.join(", ", TargetCatalogue.COLUMNS.subList(1, 8)) + ", …)");
            }
            changes.put(column, part.substring(eq + 1).strip());
        }
        return changes;
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
