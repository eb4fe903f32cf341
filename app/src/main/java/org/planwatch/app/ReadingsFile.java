package org.planwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Keys;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.Timeline;
import org.planwatch.producer.CsvFeedReader;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFiles;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedValidator;
import org.planwatch.producer.RawReading;
import org.planwatch.producer.Rejection;

/**
 * A readings CSV read for the offline commands ({@code evaluate}, {@code report}) and checked as
 * {@code publish} checks it ({@link FeedValidator}: the one admission rule, units, plan years,
 * duplicates, conflicts): refused rows are named on stderr, a higher vintage of a year's figure revises a lower one, and
 * what is left becomes one history per {@code region|indicator}.
 *
 * @param latest the figure kept for each region, indicator and year
 * @param admitted rows that passed the check, before a later vintage replaced an earlier one
 * @param unread files refused whole (no header, no text in their encoding), each already named on stderr
 * @param refused rows refused by the reader or the check, each already named on stderr
 * @param simulated whether the file says its figures are invented ({@link #isSimulated})
 */
record ReadingsFile(List<RawReading> latest, int admitted, int refused, int unread, boolean simulated) {

    /**
     * {@code files} read as one: a later vintage in any of them revises an earlier one in another.
     * An indicator an import generated is known from the catalogue's targets, and a year must be one
     * that a target of the region's covers.
     */
    static ReadingsFile read(List<Path> files, TargetCatalogue catalogue, PrintWriter err) throws IOException {
        return read(files, REPORT, catalogue, err);
    }

    /** What {@code report} reads: PlanWatch's own readings CSV. */
    private static final Feed REPORT = new Feed(FeedFormat.CSV, FeedEncoding.AUTO, FeedMapping.NONE);

    /**
     * A feed as {@code publish} reads it: any format it knows, its encoding, its codes translated by
     * the mapping, so that {@code evaluate} judges a file exactly as the pipeline would.
     */
    record Feed(FeedFormat format, FeedEncoding encoding, FeedMapping mapping) {}

    static ReadingsFile read(List<Path> files, Feed feed, TargetCatalogue catalogue, PrintWriter err)
            throws IOException {
        // publish's own checks, row by row: the one admission rule, units brought to the
        // catalogue's, plan years, duplicates and conflicting values named by FILE:LINE
        FeedValidator validator =
                new FeedValidator(catalogue, IndicatorDictionary.bundled(), RegionDictionary.bundled());
        Map<String, RawReading> latest = new LinkedHashMap<>();
        int refused = 0;
        int admitted = 0;
        int unread = 0;
        boolean simulated = false;
        for (Path file : files) {
            FeedBatch batch = validator.validate(readable(file, feed), feed.mapping());
            batch.rejections().forEach(err::println);
            // a file refused whole (no header, not text) is a file not read, not one refused row
            if (Rejection.refusesWholeFile(batch.rejections(), batch.readings().size())) {
                unread++;
            } else {
                refused += batch.rejections().size();
            }
            simulated |= isSimulated(file);
            admitted += batch.readings().size();
            for (RawReading r : batch.readings()) {
                String year = Keys.seriesYear(r.region(), r.indicator(), r.year());
                // as the streams job keeps them: a withdrawal and a figure, the later one; else the later vintage
                latest.merge(
                        year,
                        r,
                        (known, candidate) ->
                                candidate.withdrawn() != known.withdrawn() || candidate.vintage() >= known.vintage()
                                        ? candidate
                                        : known);
            }
        }
        return new ReadingsFile(List.copyOf(latest.values()), admitted, refused, unread, simulated);
    }

    /** One history per {@code region|indicator} of the figures kept; a withdrawn year has none. */
    Map<String, History> histories() {
        Map<String, List<Observation>> byIndicator = new TreeMap<>();
        for (RawReading r : latest) {
            if (r.withdrawn()) {
                continue;
            }
            byIndicator
                    .computeIfAbsent(Timeline.key(r.region(), r.indicator()), k -> new ArrayList<>())
                    .add(new Observation(r.year(), r.value(), r.location(), r.decimals()));
        }
        Map<String, History> histories = new TreeMap<>();
        byIndicator.forEach((key, figures) -> histories.put(key, History.of(figures)));
        return histories;
    }

    /** The same without the figure read at {@code location}, refused after all (its evaluation threw). */
    Optional<ReadingsFile> without(String location) {
        List<RawReading> kept =
                latest.stream().filter(r -> !r.location().equals(location)).toList();
        return kept.size() == latest.size()
                ? Optional.empty()
                : Optional.of(new ReadingsFile(kept, admitted - 1, refused + 1, unread, simulated));
    }

    /** A file that is no CSV text at all (a binary file, a wrong encoding) is a user's mistake: one line, no trace. */
    private static FeedBatch readable(Path file, Feed feed) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UsageProblem(file + " is a folder: give the readings files in it (" + file + "/*.csv)");
        }
        try {
            if (!feed.equals(REPORT)) {
                return FeedFiles.read(file, feed.format(), feed.encoding(), feed.mapping());
            }
            return new CsvFeedReader().read(file);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageProblem(file + ": not a readings CSV: " + e.getMessage());
        }
    }

    /**
     * Invented figures say so where a reader of the file sees it, as the demo's do: in the file's
     * name ({@code demo-readings-simulated.csv}) or in a {@code #} comment line ("SIMULATED demo
     * readings"). A report on them must carry the label on.
     */
    static boolean isSimulated(Path file) throws IOException {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).contains("simulated")) {
            return true;
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith("#"))
                    .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("simulated"));
        } catch (java.io.UncheckedIOException e) {
            return false; // not text: the reader has already refused its rows
        }
    }
}
