package org.planwatch.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A file's name and bytes in, its {@link DocumentFormat} out, told by content first: the {@code
 * %PDF} mark, a zip holding {@code word/document.xml}, HTML tags, a markdown pipe table. The
 * extension only decides between text forms the content leaves open (a {@code .md} file without
 * a table is still markdown). Bytes that are no plan document in any form (another archive, an
 * old binary .doc, an image, binary data) are a {@link DocumentException} saying what they seem
 * to be; so are a {@code .docx} that is no zip and a {@code .pdf} without the PDF mark, which
 * would otherwise be read as text a user never sees.
 */
final class FormatDetector {
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b");
    private static final Pattern ANY_TAG = Pattern.compile("(?s)<[a-zA-Z][a-zA-Z0-9]*[\\s/>]");
    private static final Pattern MARKDOWN_TABLE =
            Pattern.compile("(?m)^[ \\t]{0,3}\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?[ \\t]*$");

    static final String NOT_A_ZIP = "not a Word .docx: a .docx is a zip archive, and this file is not one";

    private FormatDetector() {}

    static DocumentFormat detect(String name, byte[] bytes) {
        if (isPdf(bytes)) {
            return DocumentFormat.PDF;
        }
        if (isZip(bytes)) {
            if (holdsWordDocument(name, bytes)) {
                return DocumentFormat.DOCX;
            }
            throw new DocumentException(
                    name,
                    "a zip archive without word/document.xml: not a Word .docx (an .xlsx, .pptx or other archive?)");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new DocumentException(
                    name, "an old binary Office file (Word 97-2003 .doc?): save it as .docx or PDF and import that");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')
                || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8')) {
            throw new DocumentException(name, "an image, not a plan document: run it through OCR and import the text");
        }
        String extension = extension(name);
        if (extension.equals("docx")) {
            throw new DocumentException(name, NOT_A_ZIP);
        }
        if (extension.equals("pdf")) {
            throw new DocumentException(name, "not a PDF: no %PDF- mark at its start (damaged, or misnamed?)");
        }
        String text = TextDecoder.decode(bytes).text();
        if (isBinary(text)) {
            throw new DocumentException(name, "binary data, not a plan document (PDF, .docx, HTML, markdown or text)");
        }
        boolean htmlName = extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
        boolean markdownName = extension.equals("md") || extension.equals("markdown");
        // a markdown file may hold HTML tables (a converter's answer to merged cells): its reader reads them
        if (HTML_START.matcher(text).lookingAt()
                || (!markdownName && hasHtmlTable(text))
                || (htmlName && ANY_TAG.matcher(text).find())) {
            return DocumentFormat.HTML;
        }
        if (markdownName) {
            return DocumentFormat.MARKDOWN;
        }
        if (extension.equals("txt") || extension.equals("text") || extension.equals("tsv")) {
            return DocumentFormat.TEXT; // a text file's pipe tables are read as such by AlignedTables
        }
        return MARKDOWN_TABLE.matcher(text).find() ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
    }

    /** A {@code <table>} with its end tag: a web page's table copied as source. */
    private static boolean hasHtmlTable(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<table");
        return open >= 0 && lower.indexOf("</table>", open) > 0;
    }

    /** {@code %PDF} within the first KiB, where the specification lets readers look for it. */
    static boolean isPdf(byte[] bytes) {
        byte[] mark = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(bytes.length - mark.length, 1024);
        for (int i = 0; i <= last; i++) {
            int k = 0;
            while (k < mark.length && bytes[i + k] == mark[k]) {
                k++;
            }
            if (k == mark.length) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 'P', 'K', 3, 4);
    }

    private static boolean holdsWordDocument(String name, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentException(name, "a damaged zip archive (" + e.getMessage() + ")", e);
        }
    }

    /** NUL, other control characters or undecodable bytes in more than one character in fifty. */
    private static boolean isBinary(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 50 > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
