package org.planwatch.planimport.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The way in: a plan document as a user has it (a path, or a name and bytes) and optionally the
 * format the user says it is in; the document in the importer's form out ({@link PlanDocument}).
 * The format is told from the content ({@link FormatDetector}) unless forced; text is decoded as
 * {@link TextDecoder} finds. Whatever cannot be read is a {@link DocumentException} {@code file:
 * reason}, never another exception: the document libraries' errors on damaged input are caught
 * here and said in a line.
 */
public final class PlanDocuments {
    private PlanDocuments() {}

    /**
     * @param forced the format to read it as, or null to tell it from the content
     * @throws DocumentException the file is missing, unreadable, empty or not a document of its format
     */
    public static PlanDocument read(Path file, DocumentFormat forced) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new DocumentException(name, "not allowed to read it");
        } catch (IOException e) {
            throw new DocumentException(name, "cannot be read: " + e.getMessage(), e);
        }
        return read(name, bytes, forced);
    }

    /**
     * @param name the file name the document's lines are cited by
     * @param forced the format to read it as, or null to tell it from the content
     * @throws DocumentException the bytes are empty or not a document of the format
     */
    public static PlanDocument read(String name, byte[] bytes, DocumentFormat forced) {
        if (bytes.length == 0) {
            throw new DocumentException(name, "the file is empty");
        }
        DocumentFormat format = forced != null ? forced : FormatDetector.detect(name, bytes);
        PlanDocument document;
        try {
            document = switch (format) {
                // a digest kept as data (JSON, a script's object literal) holds its prose in quoted strings
                case TEXT ->
                    text(
                            name,
                            format,
                            TextDecoder.decode(bytes),
                            t -> AlignedTables.rows(QuotedValues.unwrapped(TextLines.split(t))));
                // a markdown copy's paragraphs may hold a table as text does (a cell a line, space-aligned)
                case MARKDOWN ->
                    text(name, format, TextDecoder.decode(bytes), t -> AlignedTables.rows(MarkdownReader.lines(t)));
                case HTML -> text(name, format, HtmlReader.decode(bytes), HtmlReader::lines);
                case DOCX -> binary(name, format, docx(name, bytes));
                case PDF -> binary(name, format, PdfReader.lines(bytes));
            };
        } catch (DocumentException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new DocumentException(
                    name, "the PDF is encrypted with a password: import an unprotected copy (print it to PDF)", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the document libraries' answers to damaged input: a ZipException, an XmlException
            // wrapped in a POIXMLException, PDFBox's IOExceptions, a ClassCastException on a
            // malformed object, a stack overflow on a cycle of references
            throw new DocumentException(
                    name, "not readable as " + format.description() + " (damaged?): " + reason(e), e);
        }
        if (document.lines().stream().allMatch(String::isBlank)) {
            throw new DocumentException(
                    name,
                    format == DocumentFormat.PDF
                            ? "no text in it: a scanned PDF has only images; run it through OCR and import the text"
                            : "no text in it");
        }
        return document;
    }

    private interface LineReader {
        List<String> read(String text);
    }

    private static PlanDocument text(
            String name, DocumentFormat format, TextDecoder.Decoded decoded, LineReader reader) {
        Charset charset = decoded.charset();
        return new PlanDocument(name, format, charset, reader.read(PinyinGlosses.removed(decoded.text())));
    }

    private static PlanDocument binary(String name, DocumentFormat format, List<String> lines) {
        return new PlanDocument(name, format, null, lines);
    }

    private static List<String> docx(String name, byte[] bytes) throws IOException {
        if (!FormatDetector.isZip(bytes)) {
            throw new DocumentException(name, FormatDetector.NOT_A_ZIP);
        }
        return DocxReader.lines(bytes);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String said = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return said.lines().findFirst().orElse(said).strip();
    }
}
