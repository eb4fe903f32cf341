package org.planwatch.domain;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a delimited text file with a header row (CSV feeds, the TSV catalogue) row by row, each
 * row with its line number. A row that cannot be read is reported as a {@link Problem} and the
 * rows after it are still read; blank lines and {@code #} comments are skipped.
 */
public final class DelimitedRows {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** A row, cells by column name, with the line it starts on. */
    public record Row(int line, Map<String, String> cells) {}

    /** A line that could not be read, and why. */
    public record Problem(int line, String reason) {}

    private DelimitedRows() {}

    /** A CSV file: comma-separated, double quotes. */
    public static CsvSchema csv() {
        return CsvSchema.emptySchema().withHeader().withComments();
    }

    /** A TSV file: tab-separated, no quoting (plan text has quotation marks of its own). */
    public static CsvSchema tsv() {
        return CsvSchema.emptySchema()
                .withHeader()
                .withColumnSeparator('\t')
                .withoutQuoteChar()
                .withComments();
    }

    /**
     * Reads every row. A header that lacks a column of {@code required} is a problem at line 1 and
     * no row is read.
     *
     * @return false when the header was missing or incomplete
     */
    public static boolean read(
            Reader reader, CsvSchema schema, List<String> required, Consumer<Row> rows, Consumer<Problem> problems) {
        // Opening the iterator reads the header: check it before any row, even in a file with none.
        MappingIterator<Map<String, String>> it;
        boolean more;
        try {
            it = MAPPER.readerForMapOf(String.class)
                    .with(schema)
                    .without(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                    .with(CsvParser.Feature.TRIM_SPACES)
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .readValues(reader);
            more = it.hasNextValue();
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(1, "no header row; expected the columns " + required));
            return false;
        }
        try (it) {
            List<String> columns = ((CsvParser) it.getParser()).getSchema().getColumnNames();
            List<String> missing =
                    required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.accept(new Problem(1, "header lacks columns " + missing));
                return false;
            }
            while (more) {
                Map<String, String> cells = null;
                try {
                    cells = it.nextValue();
                } catch (IOException | RuntimeException e) {
                    problems.accept(new Problem(line(it), "unreadable row: " + firstLine(e.getMessage())));
                }
                if (cells != null) {
                    rows.accept(new Row(line(it), cells));
                }
                try {
                    more = it.hasNextValue();
                } catch (IOException | RuntimeException e) {
                    problems.accept(new Problem(line(it), "unreadable from here on: " + firstLine(e.getMessage())));
                    more = false;
                }
            }
        } catch (IOException e) {
            problems.accept(new Problem(line(it), "cannot finish reading: " + firstLine(e.getMessage())));
        }
        return true;
    }

    /** The line of the row just read: the parser's current token starts it. */
    private static int line(MappingIterator<?> it) {
        return it.getParser().currentTokenLocation().getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
