package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user can get wrong: each a one-line {@link DocumentException} naming the file and saying why. */
class DocumentRefusalsTest {

    private static String refusal(String name, byte[] bytes, DocumentFormat forced) {
        DocumentException e =
                catchThrowableOfType(DocumentException.class, () -> PlanDocuments.read(name, bytes, forced));
        assertThat(e).as("a DocumentException").isNotNull();
        assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        return e.getMessage();
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThat(refusal("plan.txt", new byte[0], null)).isEqualTo("plan.txt: the file is empty");
    }

    @Test
    void shouldRefuseAFileOfBlankLines() {
        assertThat(refusal("plan.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("plan.txt: no text in it");
    }

    @Test
    void shouldRefuseADocxThatIsNoZip() {
        assertThat(refusal("plan.docx", "指标\t单位".getBytes(StandardCharsets.UTF_8), null))
                .contains("not a Word .docx");
    }

    @Test
    void shouldRefuseTextForcedToBeADocx() {
        assertThat(refusal("plan.txt", "指标\t单位".getBytes(StandardCharsets.UTF_8), DocumentFormat.DOCX))
                .contains("not a Word .docx");
    }

    @Test
    void shouldRefuseAPdfWithoutThePdfMark() {
        assertThat(refusal("plan.pdf", "指标\t单位".getBytes(StandardCharsets.UTF_8), null))
                .contains("not a PDF");
    }

    @Test
    void shouldRefuseAZipThatIsNoWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refusal("plan.docx", bytes.toByteArray(), null)).contains("not a Word .docx");
    }

    @Test
    void shouldRefuseADamagedDocx() {
        byte[] docx = DocumentWriters.docx("规划", "表1", IndicatorTables.FIFTEENTH_PLAN);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);

        assertThat(refusal("plan.docx", cut, DocumentFormat.DOCX)).contains("not readable as a Word document");
    }

    @Test
    void shouldRefuseAnEncryptedPdf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(bytes);
        }

        assertThat(refusal("plan.pdf", bytes.toByteArray(), null)).contains("encrypted with a password");
    }

    @Test
    void shouldRefuseACorruptPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n garbage"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(refusal("plan.pdf", pdf, null)).contains("PDF");
    }

    @Test
    void shouldRefuseAPdfWithoutText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(bytes);
        }

        assertThat(refusal("scan.pdf", bytes.toByteArray(), null))
                .contains("no text in it")
                .contains("OCR");
    }

    @Test
    void shouldRefuseTextForcedToBeAPdf() {
        assertThat(refusal("plan.txt", "指标\t单位".getBytes(StandardCharsets.UTF_8), DocumentFormat.PDF))
                .contains("not readable as a PDF");
    }

    @Test
    void shouldRefuseBinaryData() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }

        assertThat(refusal("plan.bin", bytes, null)).contains("binary data, not a plan document");
    }

    @Test
    void shouldRefuseAnOldWordDocument() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(refusal("plan.doc", doc, null)).contains("save it as .docx");
    }

    @Test
    void shouldRefuseAMissingFile(@TempDir Path dir) {
        DocumentException e =
                catchThrowableOfType(DocumentException.class, () -> PlanDocuments.read(dir.resolve("plan.pdf"), null));

        assertThat(e).hasMessage("plan.pdf: no such file");
    }

    @Test
    void shouldReadAFileFromItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.write(file, List.of("指标\t单位"), StandardCharsets.UTF_8);

        assertThat(PlanDocuments.read(file, null))
                .isEqualTo(
                        new PlanDocument("plan.txt", DocumentFormat.TEXT, StandardCharsets.UTF_8, List.of("指标\t单位")));
    }
}
