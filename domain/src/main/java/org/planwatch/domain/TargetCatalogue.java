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
import java.util.stream.Stream;

/**
 * The plan targets PlanWatch monitors, read from a tab-separated file with a header row. The
 * columns are those of {@code catalogue export --format tsv}: source, plan, region, indicator,
 * name_zh, (optional) name_en, unit, kind, direction, base_year, base_value, milestone_year, milestone_value,
 * target_year, target_value, attribute, department. A bad row is reported with its line; the
 * rows around it still load.
 */
public final class TargetCatalogue {

    /** The catalogue shipped inside the application. */
    public static final String BUNDLED = "/org/planwatch/domain/catalogue.tsv";

    /** The columns of the catalogue file, in the order {@link #writeTsv} writes them. */
    public static final List<String> COLUMNS = List.of(
            "source",
            "plan",
            "region",
            "indicator",
            "name_zh",
            "name_en",
            "unit",
            "kind",
            "direction",
            "base_year",
            "base_value",
            "milestone_year",
            "milestone_value",
            "target_year",
            "target_value",
            "attribute",
            "department");

    /** Every column but the English name, which older files lack. */
    static final List<String> REQUIRED_COLUMNS =
            COLUMNS.stream().filter(c -> !c.equals("name_en")).toList();

    private static final Set<String> NO_VALUE = Set.of("", "—", "-");

    private final List<Target> targets;
    private final List<String> errors;

    private TargetCatalogue(List<Target> targets, List<String> errors) {
        this.targets = List.copyOf(targets);
        this.errors = List.copyOf(errors);
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
        // one milestone per row is what the catalogue format holds today
        Milestone milestone = t.milestones().isEmpty() ? null : t.milestones().get(0);
        return Stream.of(
                        t.source(),
                        t.plan(),
                        t.region(),
                        t.indicator(),
                        t.nameZh(),
                        t.nameEn(),
                        t.unit(),
                        t.kind().name(),
                        t.direction().name(),
                        t.baseYear(),
                        plain(t.baseValue()),
                        milestone == null ? null : milestone.year(),
                        milestone == null ? null : plain(milestone.value()),
                        t.targetYear(),
                        plain(t.targetValue()),
                        t.binding() ? "约束性" : "预期性",
                        t.department())
                .map(v -> v == null ? "" : v.toString())
                .collect(Collectors.joining("\t"));
    }

    /** As the plan prints it: 5.20 stays 5.2, 3500 is not 3500.0. */
    private static String plain(Double v) {
        return v == null
                ? null
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
        String attribute = required(row, "attribute");
        boolean binding = switch (attribute) {
            case "约束性", "binding" -> true;
            case "预期性", "anticipatory" -> false;
            default -> throw new IllegalArgumentException("attribute '" + attribute + "' is neither 约束性 nor 预期性");
        };
        Integer milestoneYear = optionalInt(row, "milestone_year");
        Double milestoneValue = optionalDouble(row, "milestone_value");
        if ((milestoneYear == null) != (milestoneValue == null)) {
            throw new IllegalArgumentException("milestone_year and milestone_value must come together");
        }
        List<Milestone> milestones =
                milestoneYear == null ? List.of() : List.of(new Milestone(milestoneYear, milestoneValue));
        return new Target(
                required(row, "plan"),
                required(row, "region"),
                required(row, "indicator"),
                required(row, "name_zh"),
                optional(row, "name_en"),
                optional(row, "unit"),
                enumValue(TargetKind.class, "kind", kind),
                optionalInt(row, "base_year"),
                optionalDouble(row, "base_value"),
                milestones,
                Integer.parseInt(required(row, "target_year")),
                optionalDouble(row, "target_value"),
                enumValue(Direction.class, "direction", direction),
                binding,
                optional(row, "department"),
                required(row, "source"));
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
