package org.planwatch.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** Reads a feed file in any format the producer knows, in the encoding given or guessed. */
public final class FeedFiles {
    private FeedFiles() {}

    /** The file's rows; a file whose bytes are not text in {@code encoding} is one rejection at its first line. */
    public static FeedBatch read(Path file, FeedFormat format, FeedEncoding encoding, FeedMapping mapping)
            throws IOException {
        FeedFormat layout = format == FeedFormat.AUTO ? layoutOf(file, encoding) : format;
        return layout.reader(mapping).read(file, encoding, mapping);
    }

    public static FeedBatch read(String text, String name, FeedFormat format, FeedMapping mapping) {
        return format.reader(mapping).read(text, name, mapping);
    }

    /**
     * The layout a file's suffix names, or SDMX-CSV when its first line says so (such a message is then
     * read as it goes); else {@link FeedFormat#AUTO}, told apart from the whole text once it is read.
     */
    private static FeedFormat layoutOf(Path file, FeedEncoding encoding) throws IOException {
        String name = file.toString();
        var named = FeedFormat.bySuffix(name);
        if (named.isPresent()) {
            return named.get();
        }
        try (BufferedReader in = encoding.open(file)) {
            return FeedFormat.sdmxHeader(firstLine(in)) ? FeedFormat.SDMX_CSV : FeedFormat.AUTO;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return FeedFormat.AUTO; // not text in that encoding: said when it is read, as for any text file
        }
    }

    /** The first line that is neither blank nor a comment. */
    private static String firstLine(BufferedReader in) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return "";
    }
}
