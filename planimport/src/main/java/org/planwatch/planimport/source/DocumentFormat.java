package org.planwatch.planimport.source;

import java.util.Locale;

/** The forms a plan document comes in; {@link FormatDetector} tells them apart by their content. */
public enum DocumentFormat {
    TEXT("plain text"),
    MARKDOWN("markdown"),
    HTML("a web page (HTML)"),
    DOCX("a Word document (.docx)"),
    PDF("a PDF");

    private final String description;

    DocumentFormat(String description) {
        this.description = description;
    }

    /** How an error message names the form: "not readable as a PDF". */
    public String description() {
        return description;
    }

    /** The format a user names: {@code pdf}, {@code docx}, {@code html}, {@code md}, {@code txt}, any case. */
    public static DocumentFormat named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text", "txt", "tsv" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "html", "htm" -> HTML;
            case "docx", "word" -> DOCX;
            case "pdf" -> PDF;
            default ->
                throw new IllegalArgumentException(
                        "unknown document format '" + name + "': one of text, markdown, html, docx, pdf");
        };
    }
}
