package org.planwatch.producer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;

/**
 * The layouts the producer reads: for each, its reader, the file suffixes and media types that name
 * it, and how its rows are admitted. A new layout is one constant here.
 */
public enum FeedFormat {
    /** Told from the file's suffix or media type, else from its first lines. */
    AUTO(
            mapping -> (text, name, m) -> detect(name, text).reader(m).read(text, name, m),
            Rows.CODED,
            List.of(),
            List.of()),
    /** PlanWatch's own columns ({@link CsvFeedReader}). */
    CSV(mapping -> new CsvFeedReader(), Rows.CODED, List.of(), List.of()),
    /** A table with the years across ({@link WideCsvFeedReader}). */
    WIDE_CSV(mapping -> new WideCsvFeedReader(Bundled.names(mapping)), Rows.NAMED, List.of(), List.of()),
    JSONL(
            mapping -> new JsonLinesFeedReader(),
            Rows.CODED,
            List.of(".jsonl", ".ndjson"),
            List.of("application/x-ndjson", "application/jsonl")),
    SDMX_CSV(mapping -> new SdmxCsvFeedReader(), Rows.SDMX, List.of(), List.of("application/vnd.sdmx.data+csv")),
    SDMX_JSON(
            mapping -> new SdmxJsonFeedReader(),
            Rows.SDMX,
            List.of(".json"),
            List.of("application/vnd.sdmx.data+json", "application/json")),
    /** A statistical communiqué's text or page ({@link CommuniqueFeedReader}). */
    COMMUNIQUE(
            mapping -> new CommuniqueFeedReader(Bundled.INDICATORS),
            Rows.NAMED,
            List.of(".txt", ".htm", ".html"),
            List.of()),
    /** A yearbook's workbook ({@link SpreadsheetFeedReader}). */
    SPREADSHEET(
            mapping -> new SpreadsheetFeedReader(Bundled.INDICATORS), Rows.NAMED, List.of(".xlsx", ".xls"), List.of());

    /** How a layout's rows are admitted ({@link FeedValidator}). */
    enum Rows {
        /** Rows carry the feed's codes, mapped to the catalogue's. */
        CODED,
        /** Tables written for people: their readers turn names into codes themselves, not mapped again. */
        NAMED,
        /** Coded rows without vintages: a figure re-sent for a year revises the one before. */
        SDMX
    }

    /** The bundled dictionaries, loaded once, for the layouts that name their rows. */
    private static final class Bundled {
        static final IndicatorDictionary INDICATORS = IndicatorDictionary.bundled();
        static final RegionDictionary REGIONS = RegionDictionary.bundled();

        static TableItems names(FeedMapping mapping) {
            return new TableItems(INDICATORS, REGIONS, mapping);
        }
    }

    private final Function<FeedMapping, FeedReader> readers;
    private final Rows rows;
    private final List<String> suffixes;
    private final List<String> mediaTypes;

    FeedFormat(Function<FeedMapping, FeedReader> readers, Rows rows, List<String> suffixes, List<String> mediaTypes) {
        this.readers = readers;
        this.rows = rows;
        this.suffixes = suffixes;
        this.mediaTypes = mediaTypes;
    }

    /** The reader of this layout, for a feed read with {@code mapping}. */
    public FeedReader reader(FeedMapping mapping) {
        return readers.apply(mapping);
    }

    Rows rows() {
        return rows;
    }

    /** A format by its label ({@code auto}, {@code csv}, {@code sdmx-csv}, …); any other is refused, naming them all. */
    public static FeedFormat of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + text + "' is not one of " + labels());
        }
    }

    /** Every label, comma-separated, as {@link #of} takes them. */
    public static String labels() {
        return Arrays.stream(values()).map(FeedFormat::label).collect(Collectors.joining(", "));
    }

    /** The layout a media type names ({@code text/csv}, {@code application/x-ndjson}, …), parameters aside; else {@link #AUTO}. */
    public static FeedFormat ofMediaType(String contentType) {
        if (contentType == null) {
            return AUTO;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.mediaTypes.contains(type))
                .findFirst()
                .orElse(AUTO);
    }

    /** The layout a file's suffix names, if one does. */
    static Optional<FeedFormat> bySuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.suffixes.stream().anyMatch(lower::endsWith))
                .findFirst();
    }

    /**
     * The format of a file: by its suffix ({@code .jsonl}, {@code .json}, {@code .xlsx}, {@code .txt}, …),
     * otherwise CSV: SDMX-CSV when its header starts with {@code DATAFLOW} or {@code STRUCTURE}, wide CSV
     * when a header's columns after the first are years and none is {@code year}.
     */
    static FeedFormat detect(String name, String text) {
        Optional<FeedFormat> named = bySuffix(name);
        if (named.isPresent()) {
            return named.get();
        }
        if (sdmxHeader(text)) {
            return SDMX_CSV;
        }
        return WideCsvFeedReader.looksWide(text) ? WIDE_CSV : CSV;
    }

    /** Whether the first line that is neither blank nor a comment opens an SDMX-CSV message. */
    static boolean sdmxHeader(String text) {
        String header = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst()
                .orElse("")
                .toUpperCase(Locale.ROOT)
                .replace("\"", "");
        return header.startsWith("DATAFLOW") || header.startsWith("STRUCTURE");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
