package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDMX-CSV read from its file as it goes (a bureau's message may have millions of rows) must mean
 * what the same message read whole means: the same charset chosen and the same refusals for bytes
 * that are not text, the same records where a quoted field runs over lines.
 */
class SdmxCsvStreamingTest {
    @TempDir
    Path dir;

    @Property(tries = 1000)
    void shouldDecodeAFileReadAsItGoesAsTheWholeBytesDecode(
            @ForAll("bytes") byte[] bytes, @ForAll FeedEncoding encoding) throws IOException {
        Path file = Files.createTempFile("stream", ".csv");
        try {
            Files.write(file, bytes);
            String whole;
            try {
                whole = encoding.decode(bytes).text();
            } catch (IllegalArgumentException e) {
                assertThat(catchThrowable(() -> encoding.open(file).close()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(e.getMessage());
                return;
            }
            StringWriter streamed = new StringWriter();
            try (BufferedReader in = encoding.open(file)) {
                in.transferTo(streamed);
            }
            assertThat(streamed.toString()).isEqualTo(whole);
        } finally {
            Files.delete(file);
        }
    }

    /** Text in the encodings offices send, byte-order marks, and bytes that break each: overlong, surrogate, cut, NUL. */
    @Provide
    Arbitrary<byte[]> bytes() {
        String text = "STRUCTURE,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,440700,2022,3773.41,亿元\n";
        List<byte[]> pieces = List.of(
                text.getBytes(StandardCharsets.UTF_8),
                text.getBytes(Charset.forName("GB18030")),
                text.getBytes(StandardCharsets.UTF_16LE),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // an emoji, valid
                new byte[] {(byte) 0xE4, (byte) 0xBA}, // 亿 cut short
                new byte[] {0},
                new byte[] {(byte) 0x81, (byte) 0x30, (byte) 0x81, (byte) 0x30}); // GB18030 four bytes
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of(pieces), Arbitraries.bytes().array(byte[].class).ofMaxSize(8));
        return piece.list().ofMaxSize(6).map(list -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Test
    void shouldReadAQuotedValueThatRunsOverTwoLinesAsOneObservation() throws Exception {
        FeedMapping mapping = mapping("dimension\tarea\tDIM_1", "dimension\tindicator\tDIM_2");
        FeedBatch batch =
                FeedFiles.read(resource("field-guide-15-line-break.csv"), FeedFormat.AUTO, FeedEncoding.AUTO, mapping);

        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.readings())
                .extracting(
                        r -> r.region() + " " + r.indicator() + " " + r.year() + " " + r.value() + " " + r.location())
                .containsExactly(
                        "A B 2014 12.4 " + resource("field-guide-15-line-break.csv") + ":2",
                        "A B 2015 10.8 " + resource("field-guide-15-line-break.csv") + ":4");
    }

    @Test
    void shouldRefuseARowWithASeparatorTooManyAndAQuoteThatNeverClosesByName() throws Exception {
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE
                dataflow,CNSTATS:CPI(1.0),M,CN,cpi,2019,2,9
                dataflow,CNSTATS:CPI(1.0),M,CN,cpi,2020,2.5
                dataflow,CNSTATS:CPI(1.0),M,CN,cpi,2021,"0.9
                """);
        FeedBatch batch = FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, FeedMapping.NONE);

        assertThat(batch.readings()).extracting(RawReading::year).containsExactly(2020);
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .anySatisfy(r -> assertThat(r)
                        .contains("wide.csv:2: the row has 8 fields, the header 7: a separator too many, not read"))
                .anySatisfy(r -> assertThat(r).contains("wide.csv:4: a quoted field never closes"));
    }

    @Test
    void shouldReadTheSameFromTheFileAsFromItsText() throws Exception {
        Path file = dir.resolve("cpi.csv");
        Files.write(file, ("\uFEFF" + SdmxBySpecificationTest.OECD_CPI).getBytes(StandardCharsets.UTF_8));
        FeedMapping mapping = mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tSUBJECT+MEASURE");

        FeedBatch streamed = FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping);
        FeedBatch whole = FeedFiles.read(SdmxBySpecificationTest.OECD_CPI, file.toString(), FeedFormat.AUTO, mapping);

        assertThat(streamed.readings()).hasSize(12).isEqualTo(whole.readings());
        assertThat(streamed.rejections()).isEqualTo(whole.rejections());
    }

    @Test
    void shouldCountTheRowsARefusedHeaderLeavesUnread() throws Exception {
        Path file = dir.resolve("no-area.csv");
        Files.writeString(
                file,
                "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
                        + "dataflow,X:Y(1.0),M,gdp,2022,1\n".repeat(1000));

        FeedBatch batch = FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, FeedMapping.NONE);

        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .contains("lacks REF_AREA")
                        .endsWith("none of the file's 1000 rows read"));
    }

    private FeedMapping mapping(String... rows) throws Exception {
        Path file = dir.resolve("feed.mapping.tsv");
        Files.writeString(file, "field\tfrom\tto\n" + String.join("\n", rows) + "\n");
        return FeedMapping.read(file);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(
                SdmxCsvStreamingTest.class.getResource("/feeds/sdmx/" + name).toURI());
    }
}
