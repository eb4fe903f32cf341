package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same plan text saved in every encoding a Chinese office uses reads as the same lines. */
class EncodingDetectionTest {
    private static final String TEXT = IndicatorTables.guangdongTabText();

    @ParameterizedTest(name = "{0}, byte-order mark {1}")
    @CsvSource({
        "UTF-8, false",
        "UTF-8, true",
        "GB18030, false",
        "GBK, false",
        "UTF-16LE, true",
        "UTF-16BE, true",
        "UTF-16LE, false",
        "UTF-16BE, false",
    })
    void shouldReadTheSameLinesInEveryEncoding(String encoding, boolean bom) {
        Charset charset = Charset.forName(encoding);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.writeBytes("\uFEFF".getBytes(charset));
        }
        bytes.writeBytes(TEXT.getBytes(charset));

        PlanDocument document = PlanDocuments.read("plan.txt", bytes.toByteArray(), null);

        assertThat(document.lines()).isEqualTo(TEXT.lines().toList());
        Charset expected = encoding.equals("GBK") ? TextDecoder.GB18030 : charset;
        assertThat(document.charset()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GB18030", "UTF-8"})
    void shouldReadAPageInTheCharsetItsMetaNames(String encoding) {
        Charset charset = Charset.forName(encoding);
        String html = DocumentWriters.html(
                encoding,
                IndicatorTables.GUANGDONG_TITLE,
                IndicatorTables.GUANGDONG_CAPTION,
                IndicatorTables.GUANGDONG);

        PlanDocument document = PlanDocuments.read("plan.html", html.getBytes(charset), null);

        assertThat(document.charset()).isEqualTo(charset);
        assertThat(document.lines()).containsSubsequence(IndicatorTables.tabRows(IndicatorTables.GUANGDONG));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GB18030", "UTF-16LE"})
    void shouldReadAPageWithoutMetaInTheEncodingItIsIn(String encoding) {
        String html = "<html><body><p>" + IndicatorTables.GUANGDONG_TITLE + "</p></body></html>";

        PlanDocument document = PlanDocuments.read("plan.html", html.getBytes(Charset.forName(encoding)), null);

        assertThat(document.lines()).containsExactly(IndicatorTables.GUANGDONG_TITLE);
    }

    @Test
    void shouldReadADamagedUtf8FileAsUtf8() {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[5] = (byte) 0xFF;

        PlanDocument document = PlanDocuments.read("plan.txt", bad, null);

        assertThat(document.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(document.lines().subList(1, document.lines().size()))
                .isEqualTo(TEXT.lines().skip(1).toList());
        assertThat(List.of(document.lines().get(0)))
                .allSatisfy(l -> assertThat(l).contains("\uFFFD"));
    }
}
