package org.planwatch.producer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a feed file in any format the producer knows, in the encoding given or guessed. */
public final class FeedFiles {
    private FeedFiles() {}

    /** The bundled indicator dictionary, loaded once, for the names a communiqué uses. */
    private static final class Dictionary {
        static final org.planwatch.domain.IndicatorDictionary BUNDLED =
                org.planwatch.domain.IndicatorDictionary.bundled();
        static final org.planwatch.domain.RegionDictionary REGIONS = org.planwatch.domain.RegionDictionary.bundled();

        /** A table's row and column labels read with the bundled dictionaries and {@code mapping}. */
        static TableItems names(FeedMapping mapping) {
            return new TableItems(BUNDLED, REGIONS, mapping);
        }
    }

    /** The file's rows; a file whose bytes are not text in {@code encoding} is one rejection at its first line. */
    public static FeedBatch read(Path file, FeedFormat format, FeedEncoding encoding, FeedMapping mapping)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        FeedFormat actual = format == FeedFormat.AUTO ? FeedFormat.detect(name, "") : format;
        if (actual == FeedFormat.SPREADSHEET) {
            return new SpreadsheetFeedReader(Dictionary.BUNDLED).read(bytes, name, mapping);
        }
        String text;
        try {
            text = encoding.decode(bytes).text();
        } catch (IllegalArgumentException e) {
            return new FeedBatch(
                    name, format, java.util.List.of(), java.util.List.of(new Rejection(name + ":1", e.getMessage())));
        }
        return read(text, name, format, mapping);
    }

    public static FeedBatch read(String text, String name, FeedFormat format, FeedMapping mapping) {
        FeedFormat actual = format == FeedFormat.AUTO ? FeedFormat.detect(name, text) : format;
        return switch (actual) {
            case CSV, AUTO -> new CsvFeedReader().read(text, name);
            case WIDE_CSV -> new WideCsvFeedReader(Dictionary.names(mapping)).read(text, name, mapping);
            case JSONL -> new JsonLinesFeedReader().read(text, name);
            case SDMX_CSV -> new SdmxCsvFeedReader().read(text, name, mapping);
            case SDMX_JSON -> new SdmxJsonFeedReader().read(text, name, mapping);
            case COMMUNIQUE -> new CommuniqueFeedReader(Dictionary.BUNDLED).read(text, name, mapping);
            case SPREADSHEET ->
                new FeedBatch(
                        name,
                        FeedFormat.SPREADSHEET,
                        java.util.List.of(),
                        java.util.List.of(new Rejection(
                                name + ":1", "a spreadsheet is read from its file's bytes, not as text")));
        };
    }
}
