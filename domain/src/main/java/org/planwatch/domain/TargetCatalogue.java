package org.planwatch.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan targets PlanWatch monitors, read from a tab-separated file with a header row. The
 * columns are {@link #COLUMNS}, those of {@code catalogue export --format tsv}; the ones beyond
 * {@link #REQUIRED_COLUMNS} may be left out. A bad row is reported with its line; the rows around
 * it still load.
 */
public final class TargetCatalogue {

    /** The catalogue shipped inside the application. */
    public static final String BUNDLED = "/org/planwatch/domain/catalogue.tsv";

    /**
     * The columns of the catalogue file, in the order {@link #writeTsv} writes them; a {@code ?} marks
     * one a file may leave out (older files, hand-written ones), which reads as empty.
     */
    private static final List<String> DECLARED = List.of(
            "source",
            "plan",
            "region",
            "indicator",
            "name_zh",
            "name_en?",
            "unit",
            "kind",
            "bound?",
            "direction",
            "base_year",
            "base_value",
            "milestone_year",
            "milestone_value",
            "milestone_source?",
            "target_year",
            "target_value",
            "target_upper?",
            "target_change?",
            "attribute",
            "department",
            "department_inferred?",
            "linked_to?",
            "actual_value?",
            "actual_change?",
            "expression?",
            "review?",
            "plan_title?");

    /** The columns of the catalogue file, in the order {@link #writeTsv} writes them. */
    public static final List<String> COLUMNS =
            DECLARED.stream().map(c -> c.replace("?", "")).toList();

    /** Columns a file may leave out; they read as empty. */
    static final Set<String> OPTIONAL_COLUMNS = DECLARED.stream()
            .filter(c -> c.endsWith("?"))
            .map(c -> c.replace("?", ""))
            .collect(Collectors.toUnmodifiableSet());

    /** The columns a catalogue file must have. */
    static final List<String> REQUIRED_COLUMNS =
            COLUMNS.stream().filter(c -> !OPTIONAL_COLUMNS.contains(c)).toList();

    private static final Set<String> NO_VALUE = Set.of("", "—", "-");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                    .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private final List<Target> targets;
    private final List<String> errors;

    private TargetCatalogue(List<Target> targets, List<String> errors) {
        this.targets = List.copyOf(targets);
        this.errors = List.copyOf(errors);
    }

    /** A catalogue of targets made elsewhere (the importer). */
    public static TargetCatalogue of(List<Target> targets) {
        return new TargetCatalogue(targets, List.of());
    }

    /** The catalogue bundled in the jar. */
    public static TargetCatalogue bundled() {
        InputStream in = TargetCatalogue.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("bundled catalogue missing from the classpath: " + BUNDLED);
        }
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, "catalogue.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue file. */
    public static TargetCatalogue read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Reads a catalogue; {@code name} is used in error messages.
     *
     * @throws CatalogueFormatException if the header is missing or lacks a required column
     */
    public static TargetCatalogue read(Reader reader, String name) {
        List<Target> targets = new ArrayList<>();
        List<DelimitedRows.Problem> problems = new ArrayList<>();
        boolean header = DelimitedRows.read(
                reader,
                DelimitedRows.tsv(),
                REQUIRED_COLUMNS,
                row -> {
                    try {
                        targets.add(toTarget(row.cells()));
                    } catch (RuntimeException e) {
                        problems.add(new DelimitedRows.Problem(row.line(), e.getMessage()));
                    }
                },
                problems::add);
        if (!header) {
            throw new CatalogueFormatException(name + ":1", problems.get(0).reason());
        }
        return new TargetCatalogue(
                targets,
                problems.stream()
                        .map(p -> name + ":" + p.line() + ": " + p.reason())
                        .toList());
    }

    /** Writes the targets in the catalogue format: a header row, then one row per target. */
    public void writeTsv(Appendable out) throws IOException {
        out.append(String.join("\t", COLUMNS)).append('\n');
        for (Target t : targets) {
            out.append(tsvRow(t)).append('\n');
        }
    }

    static String tsvRow(Target t) {
        return fields(t).values().stream()
                .map(v -> v == null ? "" : v.toString())
                .collect(Collectors.joining("	"));
    }

    /** Writes the targets as a JSON array, one object per target with the TSV's columns as fields. */
    public void writeJson(java.io.Writer out) throws IOException {
        List<Map<String, Object>> rows =
                targets.stream().map(TargetCatalogue::fields).toList();
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, rows);
    }

    /**
     * A target as a catalogue row: its values by column, as {@link #writeTsv} prints them (empty
     * where there is none). With {@link #target} it is how a person's correction changes a field.
     */
    public static Map<String, String> row(Target t) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        fields(t).forEach((column, value) -> row.put(column, value == null ? "" : value.toString()));
        return row;
    }

    /**
     * A catalogue row read back as a target, by the rules a catalogue file is read by.
     *
     * @throws IllegalArgumentException naming the column at fault
     */
    public static Target target(Map<String, String> row) {
        return toTarget(row);
    }

    /** A target's values by column, in {@link #COLUMNS} order; numbers as the plan prints them. */
    static Map<String, Object> fields(Target t) {
        // one milestone per row is what the catalogue format holds today
        Milestone milestone = t.milestones().isEmpty() ? null : t.milestones().get(0);
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("source", t.source());
        f.put("plan", t.plan());
        f.put("region", t.region());
        f.put("indicator", t.indicator());
        f.put("name_zh", t.nameZh());
        f.put("name_en", t.nameEn());
        f.put("unit", t.unit());
        f.put("kind", t.kind().name());
        f.put("bound", t.bound().name());
        f.put("direction", t.direction().name());
        f.put("base_year", t.baseYear());
        f.put("base_value", plain(t.baseValue()));
        f.put("milestone_year", milestone == null ? null : milestone.year());
        f.put("milestone_value", milestone == null ? null : plain(milestone.value()));
        f.put("milestone_source", milestone == null ? null : milestone.source());
        f.put("target_year", t.targetYear());
        f.put("target_value", plain(t.targetValue()));
        f.put("target_upper", plain(t.targetUpper()));
        f.put("target_change", plain(t.targetChange()));
        f.put("attribute", t.attribute().zh());
        f.put("department", t.department());
        f.put("department_inferred", t.departmentInferred());
        f.put("linked_to", t.linkedTo());
        f.put("actual_value", plain(t.actualValue()));
        f.put("actual_change", plain(t.actualChange()));
        f.put("expression", t.expression());
        f.put("review", t.review());
        f.put("plan_title", t.planTitle());
        return f;
    }

    /** As the plan prints it, trailing zeros aside: 5.20 is 5.2, 3500 is not 3500.0 nor 3.5E+3. */
    private static java.math.BigDecimal plain(Double v) {
        return v == null
                ? null
                : new java.math.BigDecimal(
                        java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    public List<Target> targets() {
        return targets;
    }

    /** Rows that could not be read, each as {@code file:line: reason}. */
    public List<String> errors() {
        return errors;
    }

    /** The targets whose plan period covers {@code year} for one region and indicator. */
    public List<Target> targetsFor(String region, String indicator, int year) {
        return targets.stream()
                .filter(t -> t.region().equals(region) && t.indicator().equals(indicator) && t.covers(year))
                .toList();
    }

    private static Target toTarget(Map<String, String> row) {
        String kind = required(row, "kind").toUpperCase(Locale.ROOT);
        String direction = required(row, "direction").toUpperCase(Locale.ROOT);
        String bound = optional(row, "bound");
        Integer milestoneYear = optionalInt(row, "milestone_year");
        Double milestoneValue = optionalDouble(row, "milestone_value");
        if ((milestoneYear == null) != (milestoneValue == null)) {
            throw new IllegalArgumentException("milestone_year and milestone_value must come together");
        }
        List<Milestone> milestones = milestoneYear == null
                ? List.of()
                : List.of(new Milestone(milestoneYear, milestoneValue, optional(row, "milestone_source")));
        return Target.builder(required(row, "plan"), required(row, "region"), required(row, "indicator"))
                .names(required(row, "name_zh"), optional(row, "name_en"))
                .unit(optional(row, "unit"))
                .kind(
                        enumValue(TargetKind.class, "kind", kind),
                        bound == null ? Bound.EXACT : enumValue(Bound.class, "bound", bound.toUpperCase(Locale.ROOT)))
                .base(optionalInt(row, "base_year"), optionalDouble(row, "base_value"))
                .milestones(milestones)
                .target(Integer.parseInt(required(row, "target_year")), optionalDouble(row, "target_value"))
                .targetUpper(optionalDouble(row, "target_upper"))
                .targetChange(optionalDouble(row, "target_change"))
                .direction(enumValue(Direction.class, "direction", direction))
                .attribute(Attribute.of(row.getOrDefault("attribute", "")))
                .department(optional(row, "department"), Boolean.parseBoolean(optional(row, "department_inferred")))
                .linkedTo(optional(row, "linked_to"))
                .outcome(optionalDouble(row, "actual_value"), optionalDouble(row, "actual_change"))
                .expression(optional(row, "expression"))
                .source(required(row, "source"))
                .review(optional(row, "review"))
                .planTitle(optional(row, "plan_title"))
                .build();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    column + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String required(Map<String, String> row, String column) {
        String value = optional(row, column);
        if (value == null) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    private static String optional(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || NO_VALUE.contains(value.strip()) ? null : value.strip();
    }

    private static Integer optionalInt(Map<String, String> row, String column) {
        String value = optional(row, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a whole number");
        }
    }

    private static Double optionalDouble(Map<String, String> row, String column) {
        String value = optional(row, column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a number");
        }
    }
}
