package org.planwatch.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The three dictionaries an import and a feed are read with, as one: the bundled ones, or the
 * bundled ones with a user's directory laid over them, so that a planning office adds its regions,
 * indicators and departments without rebuilding. The directory may hold {@code indicators.tsv},
 * {@code regions.tsv} and {@code departments.tsv}, each optional and in the bundled file's columns;
 * a user row replaces the bundled row with the same code (or department stem) and new codes are
 * added. The directory is named by {@code --dictionary DIR} or, failing that, the environment
 * variable {@value #ENVIRONMENT} ({@link #directory}). A bad row stops the load with {@code
 * file:line: reason} ({@link CatalogueFormatException}).
 */
public record Dictionaries(IndicatorDictionary indicators, RegionDictionary regions, Departments departments) {
    /** The environment variable naming a user's dictionary directory. */
    public static final String ENVIRONMENT = "PLANWATCH_DICTIONARY";

    public static final String INDICATORS = "indicators.tsv";
    public static final String REGIONS = "regions.tsv";
    public static final String DEPARTMENTS = "departments.tsv";

    /** The dictionaries in the jar. */
    public static Dictionaries bundled() {
        return new Dictionaries(IndicatorDictionary.bundled(), RegionDictionary.bundled(), Departments.bundled());
    }

    /**
     * The bundled dictionaries with {@code userDirectory}'s files over them; the bundled ones alone
     * when empty.
     *
     * @throws IllegalArgumentException if the directory does not exist or holds none of the three files
     * @throws CatalogueFormatException if a file has a bad row ({@code file:line: reason}), or the
     *     indicators name a department the departments lack
     */
    public static Dictionaries load(Optional<Path> userDirectory) {
        if (userDirectory.isEmpty()) {
            return bundled();
        }
        Path dir = userDirectory.get();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dictionary directory " + dir + " does not exist");
        }
        Path indicators = dir.resolve(INDICATORS);
        Path regions = dir.resolve(REGIONS);
        Path departments = dir.resolve(DEPARTMENTS);
        if (!Files.exists(indicators) && !Files.exists(regions) && !Files.exists(departments)) {
            throw new IllegalArgumentException("dictionary directory " + dir + " holds none of " + INDICATORS + ", "
                    + REGIONS + ", " + DEPARTMENTS);
        }
        Dictionaries d = new Dictionaries(
                Files.exists(indicators) ? IndicatorDictionary.bundledWith(indicators) : IndicatorDictionary.bundled(),
                Files.exists(regions) ? RegionDictionary.bundledWith(regions) : RegionDictionary.bundled(),
                Files.exists(departments) ? Departments.bundledWith(departments) : Departments.bundled());
        Set<String> unnamed = new TreeSet<>(d.indicators().departments());
        unnamed.removeAll(d.departments().stems());
        if (!unnamed.isEmpty()) {
            throw new CatalogueFormatException(
                    departments.toString(), "no names for the departments " + unnamed + " that the indicators name");
        }
        return d;
    }

    /** The user's directory: {@code option} (from {@code --dictionary}) if given, else {@value #ENVIRONMENT}. */
    public static Optional<Path> directory(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return Optional.of(Path.of(option));
        }
        String env = environment.get(ENVIRONMENT);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(Path.of(env));
    }

    /** How a reading's indicator is known: the dictionary's, or one the catalogue's targets name. */
    public ReadingCheck readingCheck(TargetCatalogue catalogue) {
        return new ReadingCheck(indicators.withIndicatorsOf(catalogue.targets()), regions);
    }
}
