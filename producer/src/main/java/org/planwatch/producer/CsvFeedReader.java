package org.planwatch.producer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.DelimitedRows;

/**
 * Reads PlanWatch's own CSV layout: a header row naming {@code region,indicator,year,value} and
 * optionally {@code unit}, {@code vintage} (a whole number, 0 when absent) and {@code status}
 * (P, A, E, R), in any order; lines starting with {@code #} are comments and blank lines are
 * skipped. Each bad row becomes a {@link Rejection} naming its line; the good rows around it are
 * kept.
 */
public final class CsvFeedReader {

    public FeedBatch read(Path file) throws IOException {
        return read(FeedEncoding.AUTO.decode(Files.readAllBytes(file)).text(), file.toString());
    }

    public FeedBatch read(Reader reader, String name) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        reader.transferTo(text);
        return read(text.toString(), name);
    }

    /** Reads a feed's text; {@code name} is the file name used in rejections and as the feed name. */
    public FeedBatch read(String text, String name) {
        List<String> lines = text.lines().toList();
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        DelimitedRows.read(
                new StringReader(text),
                DelimitedRows.csv(),
                OwnLayout.REQUIRED,
                row -> {
                    String location = name + ":" + row.line();
                    String raw = row.line() <= lines.size() ? lines.get(row.line() - 1) : null;
                    try {
                        readings.add(OwnLayout.reading(row.cells(), location, raw));
                    } catch (IllegalArgumentException e) {
                        rejections.add(new Rejection(location, Rejection.UNREADABLE, e.getMessage(), raw));
                    }
                },
                problem -> rejections.add(new Rejection(name + ":" + problem.line(), problem.reason())));
        return new FeedBatch(name, FeedFormat.CSV, readings, rejections);
    }
}
