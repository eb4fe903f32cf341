package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Text into lines exactly as {@link java.nio.file.Files#readAllLines} splits a file (at LF, CR
 * or CRLF; no line after a final line end), so that line N here is line N in an editor and in
 * the citations made before this package existed.
 */
final class TextLines {
    private TextLines() {}

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
