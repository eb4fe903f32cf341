package org.planwatch.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a delimited text read as it goes, one at a time, so that a file of a million rows
 * is never held whole: RFC 4180 quoting (a quoted field may hold the separator, a doubled quote or
 * a line break, and then the record runs over several lines), blank lines and {@code #} comment
 * lines between records skipped. Each record keeps the line it starts on and its text as written,
 * for the rejects file.
 */
final class DelimitedRecords {
    /** One record: its first line's number, its text, its fields (null when its quotes never close). */
    record Record(int line, String text, List<String> fields) {}

    private final BufferedReader in;
    private final char separator;
    private int lineNumber;

    DelimitedRecords(BufferedReader in, char separator, int linesRead) {
        this.in = in;
        this.separator = separator;
        this.lineNumber = linesRead;
    }

    /** The next record, or null at the end. */
    Record next() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank() || line.startsWith("#"));
        int start = lineNumber;
        StringBuilder text = null;
        while (quotesOpen(text == null ? line : text)) {
            String more = in.readLine();
            if (more == null) {
                return new Record(start, text == null ? line : text.toString(), null);
            }
            lineNumber++;
            if (text == null) {
                text = new StringBuilder(line);
            }
            text.append('\n').append(more);
        }
        String whole = text == null ? line : text.toString();
        return new Record(start, whole, fields(whole));
    }

    /** The lines left that hold a record, read to the end: what a refused header leaves unread. */
    long countRest() throws IOException {
        long rows = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows++;
            }
        }
        return rows;
    }

    private static boolean quotesOpen(CharSequence text) {
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                open = !open;
            }
        }
        return open;
    }

    private List<String> fields(String text) {
        List<String> out = new ArrayList<>(16);
        int i = 0;
        int n = text.length();
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                // anything between the closing quote and the separator belongs to the field, as written
                int end = text.indexOf(separator, i);
                end = end < 0 ? n : end;
                field.append(text, i, end);
                out.add(field.toString());
                i = end;
            } else {
                int end = text.indexOf(separator, i);
                end = end < 0 ? n : end;
                out.add(text.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the separator
        }
    }
}
