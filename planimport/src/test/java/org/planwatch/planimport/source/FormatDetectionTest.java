package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format is told by content, whatever the file is called; a forced format wins. */
class FormatDetectionTest {

    private static DocumentFormat detect(String name, byte[] bytes) {
        return FormatDetector.detect(name, bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldTellAPdfByItsMarkWhateverItsName() {
        byte[] pdf = DocumentWriters.pdf(List.of("plan"), List.of(List.of("a", "b")), DocumentWriters.HELVETICA);

        assertThat(detect("plan.txt", pdf)).isEqualTo(DocumentFormat.PDF);
        assertThat(detect("download", pdf)).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void shouldTellADocxByItsWordDocumentWhateverItsName() {
        byte[] docx = DocumentWriters.docx("规划", "表1", IndicatorTables.FIFTEENTH_PLAN);

        assertThat(detect("plan.zip", docx)).isEqualTo(DocumentFormat.DOCX);
        assertThat(detect("plan", docx)).isEqualTo(DocumentFormat.DOCX);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "plan.txt => <!DOCTYPE html><html><body><p>规划</p></body></html> => HTML",
                "plan.txt =>   <html lang=\"zh\"><p>规划</p></html> => HTML",
                "plan => <p>规划</p><table><tr><td>指标</td></tr></table> => HTML",
                "plan.html => <p>规划</p> => HTML",
                "plan.md => # 规划 => MARKDOWN",
                "plan => | 指标 | 单位 |\\n|---|---|\\n| 人均预期寿命 | 岁 | => MARKDOWN",
                "plan.txt => | 指标 | 单位 |\\n|---|---|\\n| 人均预期寿命 | 岁 | => TEXT",
                "plan.txt => <b>专栏 24：社会心理服务体系</b> 建设重点 => TEXT",
                "plan => 指标\\t单位\\n人均预期寿命\\t岁 => TEXT",
            })
    void shouldTellTextFormsByTheirContent(String name, String text, DocumentFormat format) {
        assertThat(detect(name, utf8(text.replace("\\n", "\n").replace("\\t", "\t"))))
                .isEqualTo(format);
    }

    @Test
    void shouldReadAsTheForcedFormat() {
        byte[] html = utf8("<html><body><p>到2030年</p></body></html>");

        assertThat(PlanDocuments.read("plan.html", html, DocumentFormat.TEXT).lines())
                .containsExactly("<html><body><p>到2030年</p></body></html>");
        assertThat(PlanDocuments.read("plan.html", html, DocumentFormat.TEXT).format())
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void shouldNameFormatsAsAUserTypesThem() {
        assertThat(DocumentFormat.named("PDF")).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.named("md")).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.named("txt")).isEqualTo(DocumentFormat.TEXT);
        assertThatThrownBy(() -> DocumentFormat.named("doc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one of text, markdown, html, docx, pdf");
    }
}
