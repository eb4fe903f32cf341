package org.planwatch.producer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How many fields a delimited feed's rows must have (its header's distinct columns), and the words
 * for a row that has fewer and for a header that stops the whole file, shared by the CSV readers.
 */
final class HeaderWidth {
    private HeaderWidth() {}

    /** The distinct column names of the first line that is neither blank nor a comment. */
    static int of(List<String> lines, char separator) {
        return lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst()
                .map(h -> new LinkedHashSet<>(
                                List.of(h.replace("\"", "").split(Pattern.quote(String.valueOf(separator)), -1)))
                        .size())
                .orElse(0);
    }

    static String cutShort(int fields, int width) {
        return "the row has " + fields + " of the header's " + width + " fields: cut short, not read";
    }

    /** "; none of the file's N rows read", for a header refused (nothing when it has none). */
    static String unread(List<String> lines) {
        return unread(
                lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1);
    }

    /** The same for a file read as it goes, given the rows after its header. */
    static String unread(long rows) {
        return rows > 0 ? "; none of the file's " + rows + " rows read" : "";
    }
}
