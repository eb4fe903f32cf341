package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.RevisionStatus;

class CsvFeedReaderTest {
    private final CsvFeedReader reader = new CsvFeedReader();

    @Test
    void shouldReportEachBadRowWithItsLineAndKeepTheGoodOnes() throws Exception {
        String csv = """
        # a comment line
        region,indicator,year,value,unit
        440700,hospital_beds_per_1000,2021,5.32,张
        440700,hospital_beds_per_1000,twenty,5.44,张
        440700,hospital_beds_per_1000,2023,,张
        440700,doctors_per_1000,2021,NaN,人
        440700,doctors_per_1000,2022,2.61
        440700,,2022,2.61,人
        442000,high_tech_enterprises,2022,2833,家
        """;
        FeedBatch batch = reader.read(new StringReader(csv), "feed.csv");
        assertThat(batch.readings())
                .extracting(RawReading::location)
                .containsExactly("feed.csv:3", "feed.csv:7", "feed.csv:9");
        assertThat(batch.readings().get(1).unit()).isNull();
        assertThat(batch.readings().get(2).value()).isEqualTo(2833.0);
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        "feed.csv:4: year 'twenty' is not a whole number",
                        "feed.csv:5: column value is empty",
                        "feed.csv:6: value 'NaN' is not finite",
                        "feed.csv:8: column indicator is empty");
        // NaN is refused under the code the streams job gives it, so dlq list --reason finds both alike
        assertThat(batch.rejections().get(2).code()).isEqualTo(org.planwatch.domain.ReadingCheck.NOT_FINITE);
        assertThat(batch.rejections().get(0).code()).isEqualTo(Rejection.UNREADABLE);
    }

    @Test
    void shouldAcceptColumnsInAnyOrder() throws Exception {
        FeedBatch batch = reader.read(new StringReader("value,year,indicator,region\n5.6,2023,beds,440700\n"), "f.csv");
        assertThat(batch.readings())
                .containsExactly(new RawReading(
                        "440700",
                        "beds",
                        2023,
                        5.6,
                        null,
                        0,
                        0,
                        RevisionStatus.FINAL,
                        "f.csv:2",
                        "5.6,2023,beds,440700",
                        1));
    }

    @Test
    void shouldReadAnOptionalVintageAndRejectOneThatIsNotAWholeNumber() throws Exception {
        FeedBatch batch = reader.read(
                new StringReader(
                        "region,indicator,year,value,vintage\n440700,beds,2023,5.6,2\n440700,beds,2023,5.7,final\n"),
                "f.csv");
        assertThat(batch.readings())
                .containsExactly(new RawReading(
                        "440700",
                        "beds",
                        2023,
                        5.6,
                        null,
                        0,
                        2,
                        RevisionStatus.FINAL,
                        "f.csv:2",
                        "440700,beds,2023,5.6,2",
                        1));
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("f.csv:3: vintage 'final' is not a whole number");
    }

    @Test
    void shouldRejectAFileWithoutTheRequiredHeader() throws Exception {
        FeedBatch batch = reader.read(new StringReader("440700,beds,2023,5.6\n"), "f.csv");
        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .singleElement()
                .extracting(Rejection::toString)
                .asString()
                .startsWith("f.csv:1: header lacks columns");
    }

    @Test
    void shouldRejectAnEmptyFileAtItsFirstLine() throws Exception {
        FeedBatch batch = reader.read(new StringReader(""), "empty.csv");
        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("empty.csv:1: no header row; expected the columns [region, indicator, year, value]");
    }

    @Test
    void shouldReportMalformedRowsAndReadTheRowsAfterThem() throws Exception {
        String csv = """
        region,indicator,year,value

        440700,beds,2021,5.32
        440700,beds,2022,5.44,张,surplus
        440700,beds,2023,5.56

        440700,"beds,2024,5.6
        """;
        FeedBatch batch = reader.read(new StringReader(csv), "feed.csv");
        assertThat(batch.readings()).extracting(RawReading::location).containsExactly("feed.csv:3", "feed.csv:5");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("feed.csv:4: unreadable row: Too many entries"),
                        r -> assertThat(r).startsWith("feed.csv:7: unreadable"));
    }

    @Test
    void shouldRefuseALastLineCutShortOfTheHeadersFields() {
        String csv = "region,indicator,year,value,unit,status\n440700,cpi,2018,2.1,%,A\n440700,cpi,2019,2";
        FeedBatch batch = reader.read(csv, "cut.csv");
        assertThat(batch.readings()).extracting(RawReading::year).containsExactly(2018);
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("cut.csv:3: the row has 4 of the header's 6 fields: cut short, not read");
    }

    @Test
    void shouldSayHowManyRowsARefusedHeaderLeftUnread() {
        FeedBatch batch = reader.read("region,indicator,year\n440700,cpi,2018\n440700,cpi,2019\n", "h.csv");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("h.csv:1: header lacks columns [value]; none of the file's 2 rows read");
    }
}
