package org.planwatch.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
        String name = file.toString();
        FeedFormat actual = format == FeedFormat.AUTO ? FeedFormat.detect(name, "") : format;
        if (actual == FeedFormat.SDMX_CSV || (actual == FeedFormat.CSV && format == FeedFormat.AUTO)) {
            // SDMX-CSV is read as it goes (a bureau's message may have millions of rows); other text whole
            try (BufferedReader in = encoding.open(file)) {
                if (actual == FeedFormat.SDMX_CSV || FeedFormat.detect(name, firstLines(in)) == FeedFormat.SDMX_CSV) {
                    try (BufferedReader again = encoding.open(file)) {
                        return new SdmxCsvFeedReader().read(again, name, mapping);
                    }
                }
            } catch (IllegalArgumentException | CharacterCodingException e) {
                // not text in that encoding: said below, as for any other text file
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        if (actual == FeedFormat.SPREADSHEET) {
            return new SpreadsheetFeedReader(Dictionary.BUNDLED).read(bytes, name, mapping);
        }
        String text;
        try {
            text = encoding.decode(bytes).text();
        } catch (IllegalArgumentException e) {
            // no text in that encoding (a binary file): the file is not read, not one row refused
            return new FeedBatch(
                    name,
                    format,
                    java.util.List.of(),
                    java.util.List.of(Rejection.ofFile(name + ":1", e.getMessage())));
        }
        return read(text, name, format, mapping);
    }

    /** The first line that is neither blank nor a comment: enough for {@link FeedFormat#detect}. */
    private static String firstLines(BufferedReader in) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return "";
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
