package org.planwatch.producer;

import java.util.Locale;

/** The layouts the producer reads, and how {@code auto} tells them apart. */
public enum FeedFormat {
    AUTO,
    CSV,
    /** A table with the years across ({@link WideCsvFeedReader}). */
    WIDE_CSV,
    JSONL,
    SDMX_CSV,
    SDMX_JSON,
    COMMUNIQUE,
    SPREADSHEET;

    /** {@code auto}, {@code csv}, {@code jsonl}, {@code sdmx-csv} or {@code sdmx-json}. */
    public static FeedFormat of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + text
                    + "' is not one of auto, csv, wide-csv, jsonl, sdmx-csv, sdmx-json, communique, spreadsheet");
        }
    }

    /**
     * The format of a file: {@code .jsonl} / {@code .ndjson} JSON Lines, {@code .json} an SDMX-JSON
     * message, {@code .xlsx} and {@code .xls} a yearbook table, {@code .txt}, {@code .htm} and {@code .html} a statistical communiqué, otherwise
     * CSV, SDMX-CSV when its header starts with {@code DATAFLOW} or {@code STRUCTURE}, wide CSV when
     * a header's columns after the first are years and none is {@code year}.
     */
    static FeedFormat detect(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lower.endsWith(".json")) {
            return SDMX_JSON;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return SPREADSHEET;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".htm") || lower.endsWith(".html")) {
            return COMMUNIQUE;
        }
        String header = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst()
                .orElse("")
                .toUpperCase(Locale.ROOT)
                .replace("\"", "");
        if (header.startsWith("DATAFLOW") || header.startsWith("STRUCTURE")) {
            return SDMX_CSV;
        }
        return WideCsvFeedReader.looksWide(text) ? WIDE_CSV : CSV;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
