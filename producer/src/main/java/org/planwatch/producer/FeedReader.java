package org.planwatch.producer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one feed, in one {@link FeedFormat}, into the rows it gives and the rows it refuses. A text
 * layout implements {@link #read(String, String, FeedMapping)}; a layout of bytes (a workbook) or one
 * read as it goes (a bureau's message of millions of rows) overrides the file or byte form too.
 */
public interface FeedReader {

    /** The rows of a feed given as text; {@code name} locates each row in what is refused. */
    FeedBatch read(String text, String name, FeedMapping mapping);

    /** The rows of a feed's bytes, decoded in {@code encoding}; bytes that are no text in it are one refusal. */
    default FeedBatch read(byte[] bytes, String name, FeedEncoding encoding, FeedMapping mapping) {
        String text;
        try {
            text = encoding.decode(bytes).text();
        } catch (IllegalArgumentException e) {
            // a binary file: the file is not read, not one row refused
            return new FeedBatch(
                    name, FeedFormat.AUTO, List.of(), List.of(Rejection.ofFile(name + ":1", e.getMessage())));
        }
        return read(text, name, mapping);
    }

    /** The rows of a file; the whole file is read unless the layout reads as it goes. */
    default FeedBatch read(Path file, FeedEncoding encoding, FeedMapping mapping) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), encoding, mapping);
    }
}
