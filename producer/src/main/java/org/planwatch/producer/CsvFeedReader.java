package org.planwatch.producer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planwatch.domain.DelimitedRows;

/**
 * Reads PlanWatch's own CSV layout: a header row naming {@code region,indicator,year,value} and
 * optionally {@code unit} and {@code vintage} (a whole number, 0 when absent), in any order; lines starting with {@code #} are comments and blank
 * lines are skipped. Each bad row becomes a {@link Rejection} naming its line; the good rows
 * around it are kept.
 */
public final class CsvFeedReader {
    static final List<String> REQUIRED = List.of("region", "indicator", "year", "value");

    public FeedBatch read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** Reads a feed; {@code name} is the file name used in rejections and as the feed name. */
    public FeedBatch read(Reader reader, String name) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        DelimitedRows.read(
                reader,
                DelimitedRows.csv(),
                REQUIRED,
                row -> {
                    String location = name + ":" + row.line();
                    try {
                        readings.add(toReading(row.cells(), location));
                    } catch (IllegalArgumentException e) {
                        rejections.add(new Rejection(location, e.getMessage()));
                    }
                },
                problem -> rejections.add(new Rejection(name + ":" + problem.line(), problem.reason())));
        return new FeedBatch(name, readings, rejections);
    }

    private static RawReading toReading(Map<String, String> row, String location) {
        String region = text(row, "region");
        String indicator = text(row, "indicator");
        String yearText = text(row, "year");
        String valueText = text(row, "value");
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year '" + yearText + "' is not a whole number");
        }
        double value;
        try {
            value = Double.parseDouble(valueText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + valueText + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value '" + valueText + "' is not finite");
        }
        String unit = row.get("unit");
        String vintageText = row.get("vintage");
        int vintage = 0;
        if (vintageText != null && !vintageText.isBlank()) {
            try {
                vintage = Integer.parseInt(vintageText.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("vintage '" + vintageText + "' is not a whole number");
            }
            if (vintage < 0) {
                throw new IllegalArgumentException("vintage " + vintage + " is negative");
            }
        }
        return new RawReading(
                region, indicator, year, value, unit == null || unit.isBlank() ? null : unit, vintage, location);
    }

    private static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }
}
