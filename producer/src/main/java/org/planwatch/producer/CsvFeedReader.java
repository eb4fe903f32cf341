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
 * kept. A row may leave out trailing optional fields, but a last line with fewer fields than the
 * header and no line end is a file cut short and is refused, not read with its value cut; a header
 * that lacks a column says how many rows went unread.
 */
public final class CsvFeedReader implements FeedReader {

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        return read(text, name);
    }

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
        int width = HeaderWidth.of(lines, ',');
        boolean headed = DelimitedRows.read(
                new StringReader(text),
                DelimitedRows.csv(),
                OwnLayout.REQUIRED,
                row -> {
                    String location = name + ":" + row.line();
                    String raw = row.line() <= lines.size() ? lines.get(row.line() - 1) : null;
                    boolean unterminatedLast = row.line() == lines.size() && !text.endsWith("\n");
                    if (row.cells().size() < width && unterminatedLast) {
                        rejections.add(new Rejection(
                                location,
                                Rejection.UNREADABLE,
                                HeaderWidth.cutShort(row.cells().size(), width),
                                raw));
                        return;
                    }
                    try {
                        readings.add(OwnLayout.reading(row.cells(), location, raw));
                    } catch (IllegalArgumentException e) {
                        rejections.add(new Rejection(location, OwnLayout.reasonOf(e), e.getMessage(), raw));
                    }
                },
                problem -> rejections.add(new Rejection(name + ":" + problem.line(), problem.reason())));
        if (!headed && !rejections.isEmpty()) {
            Rejection header = rejections.remove(0);
            // no header to read the rows by: the file is not read, as a whole, not "rejected 1" of its rows
            rejections.add(0, Rejection.ofFile(header.location(), header.reason() + HeaderWidth.unread(lines)));
        }
        return new FeedBatch(name, FeedFormat.CSV, readings, rejections);
    }
}
