package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.CatalogueFormatException;

/** A mapping file is read in the encodings a feed may come in, and says what it places where. */
class FeedMappingTest {
    @TempDir
    Path dir;

    static final String TEXT = "field\tfrom\tto\nunit\tCNY_100M\t亿元\ndimension\tarea\tLOCATION\n";

    private FeedMapping read(byte[] bytes) throws Exception {
        Path file = dir.resolve("feed.mapping.tsv");
        Files.write(file, bytes);
        return FeedMapping.read(file);
    }

    @Test
    void shouldReadAMappingSavedWithAByteOrderMark() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);

        FeedMapping mapping = read(bytes);

        assertThat(mapping.map("unit", "CNY_100M")).contains("亿元");
        assertThat(mapping.dimensions("area")).isEqualTo(List.of("LOCATION"));
    }

    @Test
    void shouldReadAMappingSavedInGb18030() throws Exception {
        FeedMapping mapping = read(TEXT.getBytes(Charset.forName("GB18030")));

        assertThat(mapping.map("unit", "CNY_100M")).contains("亿元");
    }

    @Test
    void shouldNameEveryBadRowOfAMapping() {
        assertThatThrownBy(() -> read(("field\tfrom\tto\nconstant\tunit\tx\nfix\tSUBJECT\t\n"
                                + "dimension\tarea\tLOCATION\nconstant\tarea\tCN\n")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("line 2: constant 'unit' is not one of [indicator, area, sheet, columns, year]")
                .hasMessageContaining("line 3: a fix row needs both from and to")
                .hasMessageContaining("the area has both a dimension and a constant");
    }

    @Test
    void shouldReadAUtf16FeedByItsByteOrderMarkAndNameOneWithout() {
        String text = "region,indicator,year,value\n440700,gdp,2022,3773.41\n";
        byte[] marked = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] unmarked = text.getBytes(StandardCharsets.UTF_16LE);

        assertThat(FeedEncoding.AUTO.decode(marked).text()).isEqualTo(text);
        assertThatThrownBy(() -> FeedEncoding.UTF_8.decode(marked)).hasMessageContaining("the file is UTF-16");
        assertThatThrownBy(() -> FeedEncoding.AUTO.decode(unmarked))
                .hasMessageContaining("UTF-16 without a byte-order mark");
    }

    /** Issue 24, defect 12: Chinese text in UTF-16 has no NUL byte, and was called "not valid GB18030". */
    @Test
    void shouldNameChineseUtf16WithoutAByteOrderMarkAsUtf16ReadWholeOrAsItGoes(@TempDir Path dir) throws Exception {
        String text = "地区,指标,年份,数值\n江门市,地区生产总值,2022年,3773.41\n江门市,常住人口,2022年,482.22\n" + "江门市,一般公共预算收入,2022年,262.06\n";
        for (var utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = text.getBytes(utf16);
            // named either way: by the NUL bytes its ASCII leaves when GB18030 takes the rest, or
            // by its code units when GB18030 refuses them (the case that said "not valid GB18030")
            assertThatThrownBy(() -> FeedEncoding.AUTO.decode(bytes))
                    .hasMessageContaining("UTF-16")
                    .hasMessageContaining("without a byte-order mark")
                    .hasMessageNotContaining("not valid");
            Path file = dir.resolve(utf16.name() + ".csv");
            Files.write(file, bytes);
            assertThatThrownBy(() -> FeedEncoding.AUTO.open(file).close())
                    .hasMessageContaining("UTF-16")
                    .hasMessageContaining("without a byte-order mark")
                    .hasMessageNotContaining("not valid");
        }
        // GB18030 is read as it is, and bytes that are no text at all stay "not valid"
        assertThat(FeedEncoding.AUTO.decode(text.getBytes(FeedEncoding.GB)).text())
                .isEqualTo(text);
        byte[] noise = new byte[64];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = (byte) 0xff; // no UTF-16 byte-order mark: 0xff 0xfe or 0xfe 0xff
        noise[1] = (byte) 0xff;
        assertThatThrownBy(() -> FeedEncoding.UTF_8.decode(noise)).hasMessage("the file is not valid UTF-8");
    }
}
