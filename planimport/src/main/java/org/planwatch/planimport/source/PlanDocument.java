package org.planwatch.planimport.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One plan document in the importer's form.
 *
 * @param name the file name, as problems and targets cite it
 * @param charset the encoding the text was read in; null for PDF and .docx
 * @param lines a table row per line with TAB-separated cells, running text a line per paragraph
 *     or original line; for plain text and markdown, line N is the file's line N
 */
public record PlanDocument(String name, DocumentFormat format, Charset charset, List<String> lines) {
    public PlanDocument {
        lines = List.copyOf(lines);
    }
}
