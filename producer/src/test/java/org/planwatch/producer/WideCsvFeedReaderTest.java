package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables with the years across as bureaus export them, on real figures (feeds/wide-csv/README.md
 * names their sources): the national data portal's CSV with its preamble and footnotes, and a
 * table of regions down.
 */
class WideCsvFeedReaderTest {
    /** The portal's names in the catalogue's codes, for the whole country. */
    private static final FeedMapping NATIONAL = FeedMappingFixtures.of(
            "constant\tarea\tCN", "indicator\t国内生产总值\tgdp", "indicator\t年末总人口\tresident_population");

    @TempDir
    Path dir;

    private static String fixture(String name) throws Exception {
        return new String(
                WideCsvFeedReaderTest.class
                        .getResourceAsStream("/feeds/wide-csv/" + name)
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String described(RawReading r) {
        return r.location().substring(r.location().indexOf(':')) + " " + r.region() + " " + r.indicator() + " "
                + r.year() + " " + r.value() + " " + r.unit();
    }

    @Test
    void shouldReadThePortalsExportWithItsPreambleUnitsInBracketsAndFootnotes() throws Exception {
        FeedBatch batch = FeedFiles.read(fixture("cn-annual.csv"), "cn-annual.csv", FeedFormat.AUTO, NATIONAL);

        assertThat(batch.format()).isEqualTo(FeedFormat.WIDE_CSV);
        assertThat(batch.readings())
                .extracting(WideCsvFeedReaderTest::described)
                .containsExactly(
                        ":4:2 CN gdp 2021 1143669.7 亿元",
                        ":4:3 CN gdp 2020 1013567.0 亿元",
                        ":5:2 CN resident_population 2021 141260.0 万人",
                        ":5:3 CN resident_population 2020 141212.0 万人");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        "cn-annual.csv:6: '城镇人口' is neither in the mapping nor a name the indicator dictionary knows");
    }

    @Test
    void shouldReadRegionsDownWithTheIndicatorTheLineAboveTheHeaderNames() throws Exception {
        FeedBatch batch =
                FeedFiles.read(fixture("regions-down.csv"), "regions-down.csv", FeedFormat.AUTO, FeedMapping.NONE);

        assertThat(batch.readings())
                .extracting(WideCsvFeedReaderTest::described)
                .containsExactly(
                        ":4:2 440700 gdp 2020 3200.95 亿元",
                        ":4:3 440700 gdp 2015 2264.19 亿元",
                        ":5:2 440703 gdp 2020 724.45 亿元");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("regions-down.csv:6: region '不存在市' is neither in the mapping nor a region name known");
    }

    @Test
    void shouldReadAGb18030ExportAsOfficesSaveIt() throws Exception {
        Path file = dir.resolve("cn-annual.csv");
        Files.write(file, fixture("cn-annual.csv").getBytes(Charset.forName("GB18030")));

        FeedBatch batch = FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, NATIONAL);

        assertThat(batch.readings()).hasSize(4);
        assertThat(batch.rejections()).hasSize(1);
    }

    @Test
    void shouldNameEachBadCellAndALastLineCutShortAndReadTheRest() {
        String text = "指标,2021年,2020年\n国内生产总值(亿元),\"1,143,669.7\",n/a\n年末总人口(万人),141260";
        String whole = "指标,2021年,2020年\n年末总人口(万人),141260,14121";

        FeedBatch batch = FeedFiles.read(text, "cut.csv", FeedFormat.WIDE_CSV, NATIONAL);

        assertThat(batch.readings())
                .extracting(WideCsvFeedReaderTest::described)
                .containsExactly(":2:2 CN gdp 2021 1143669.7 亿元");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        "cut.csv:2:3: 国内生产总值 2020 'n/a' is not a number",
                        "cut.csv:3: the row has 2 of the header's 3 fields: cut short, not read");
        // all its fields, but no line end: 141212 may have lost its last digit
        assertThat(FeedFiles.read(whole, "cut.csv", FeedFormat.WIDE_CSV, NATIONAL)
                        .rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        "cut.csv:2: the file ends inside this row, with no line end: it may be cut short, not read");
    }

    @Test
    void shouldRefuseAFileWithoutAYearHeaderInOneLine() {
        FeedBatch batch = FeedFiles.read("指标,数值\n国内生产总值,1\n", "flat.csv", FeedFormat.WIDE_CSV, NATIONAL);

        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("flat.csv:1: no header row with years across (such as 指标,2022年,2021年);"
                        + " none of the file's 1 rows read");
    }
}
