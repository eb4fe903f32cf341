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
}
