package org.planwatch.producer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads PlanWatch's own CSV layout: a header row naming {@code region,indicator,year,value} and
 * optionally {@code unit}, in any order; lines starting with {@code #} are comments. Each bad row
 * becomes a {@link Rejection} naming its line; the good rows around it are kept.
 */
public final class CsvFeedReader {
  static final List<String> REQUIRED = List.of("region", "indicator", "year", "value");

  private static final CsvMapper MAPPER = new CsvMapper();

  public FeedBatch read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /** Reads a feed; {@code name} is the file name used in rejections and as the feed name. */
  public FeedBatch read(Reader reader, String name) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<RawReading> readings = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    // Opening the iterator reads the header: check it before any row, even in a file with none.
    MappingIterator<Map<String, String>> rows;
    boolean hasRows;
    try {
      rows = MAPPER.readerForMapOf(String.class).with(schema)
          .without(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
          .with(CsvParser.Feature.TRIM_SPACES)
          .readValues(reader);
      hasRows = rows.hasNextValue();
    } catch (IOException | RuntimeException e) {
      rejections.add(new Rejection(name + ":1", "no header row; expected region,indicator,year,value[,unit]"));
      return new FeedBatch(name, readings, rejections);
    }
    try (rows) {
      List<String> columns = ((CsvParser) rows.getParser()).getSchema().getColumnNames();
      List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
      if (!missing.isEmpty()) {
        rejections.add(new Rejection(name + ":1", "header lacks columns " + missing
            + "; expected region,indicator,year,value[,unit]"));
        return new FeedBatch(name, readings, rejections);
      }
      while (hasRows) {
        Map<String, String> row;
        try {
          row = rows.nextValue();
        } catch (RuntimeException e) {
          rejections.add(new Rejection(name + ":" + line(rows), "unreadable row: " + e.getMessage()));
          hasRows = nextRow(rows, rejections, name);
          continue;
        }
        String location = name + ":" + line(rows);
        try {
          readings.add(toReading(row, location));
        } catch (IllegalArgumentException e) {
          rejections.add(new Rejection(location, e.getMessage()));
        }
        hasRows = nextRow(rows, rejections, name);
      }
    }
    return new FeedBatch(name, readings, rejections);
  }

  private static boolean nextRow(MappingIterator<?> rows, List<Rejection> rejections, String name) {
    try {
      return rows.hasNextValue();
    } catch (IOException | RuntimeException e) {
      rejections.add(new Rejection(name + ":" + line(rows), "unreadable from here on: " + e.getMessage()));
      return false;
    }
  }

  /** The line of the row just read: the parser stands at the start of the next one. */
  private static int line(MappingIterator<?> rows) {
    return rows.getParser().currentTokenLocation().getLineNr();
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
    return new RawReading(region, indicator, year, value, unit == null || unit.isBlank() ? null : unit, location);
  }

  private static String text(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("column " + column + " is empty");
    }
    return value;
  }
}
