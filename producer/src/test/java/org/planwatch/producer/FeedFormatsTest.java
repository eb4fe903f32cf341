package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.schema.RevisionStatus;

/** Every format the producer reads, from a sample written here as a bureau would export it. */
class FeedFormatsTest {
    @TempDir
    Path dir;

    static final String MAPPING = """
            field\tfrom\tto
            dimension\tindicator\tSERIES
            indicator\tGDP_B1GQ\tgdp
            indicator\tBEDS_P1000\thospital_beds_per_1000
            area\tCN_44_07\t440700
            unit\tCNY\t元
            unit\tBEDS\t张
            unit_mult\tHUNDRED_MILLIONS\t8
            """;

    private FeedMapping mapping() throws Exception {
        Path file = dir.resolve("feed.mapping.tsv");
        Files.writeString(file, MAPPING);
        return FeedMapping.read(file);
    }

    private FeedBatch read(String name, byte[] bytes, FeedMapping mapping) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping);
    }

    @Test
    void shouldReadOwnCsvWithAByteOrderMarkVintageAndStatus() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        String csv = "region,indicator,year,value,unit,vintage,status\n440700,hospital_beds_per_1000,2022,5.40,张,0,P\n"
                + "440700,hospital_beds_per_1000,2022,5.44,张,1,A\n";
        byte[] bytes = new byte[bom.length + csv.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(csv.getBytes(StandardCharsets.UTF_8), 0, bytes, 3, bytes.length - 3);
        FeedBatch batch = read("beds.csv", bytes, FeedMapping.NONE);
        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.readings())
                .extracting(r -> r.region() + " " + r.value() + " v" + r.vintage() + " " + r.revision())
                .containsExactly("440700 5.4 v0 PROVISIONAL", "440700 5.44 v1 FINAL");
    }

    @Test
    void shouldReadGb18030AsChineseOfficesExportIt() throws Exception {
        String csv = "region,indicator,year,value,unit\n440700,hospital_beds_per_1000,2022,5.40,张\n";
        FeedBatch batch = read("gb.csv", csv.getBytes(Charset.forName("GB18030")), FeedMapping.NONE);
        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.readings())
                .singleElement()
                .satisfies(r -> assertThat(r.unit()).isEqualTo("张"));
        assertThat(FeedEncoding.AUTO
                        .decode(csv.getBytes(Charset.forName("GB18030")))
                        .charset()
                        .name())
                .isEqualTo("GB18030");
    }

    @Test
    void shouldReadJsonLinesAndNameTheBadLine() throws Exception {
        String jsonl = """
                {"region":"440700","indicator":"hospital_beds_per_1000","year":2022,"value":5.4,"unit":"张"}

                {"region":"440700","indicator":"hospital_beds_per_1000","year":"2023","value":"5.5","status":"P"}
                [1,2]
                {"region":"440700","indicator":"hospital_beds_per_1000","year":2024}
                {"region":
                """;
        FeedBatch batch = read("beds.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), FeedMapping.NONE);
        assertThat(batch.readings()).extracting(RawReading::year).containsExactly(2022, 2023);
        assertThat(batch.readings().get(1).revision()).isEqualTo(RevisionStatus.PROVISIONAL);
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        dir.resolve("beds.jsonl") + ":4: not a JSON object",
                        dir.resolve("beds.jsonl") + ":5: column value is empty",
                        dir.resolve("beds.jsonl")
                                + ":6: not JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void shouldReadSdmxCsv10WithTheFeedsCodes() throws Exception {
        String csv = """
                DATAFLOW,REF_AREA,SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS
                CNSTATS:GDP(1.0),CN_44_07,GDP_B1GQ,2022,3773.41,CNY,HUNDRED_MILLIONS,P
                CNSTATS:GDP(1.0),CN_44_07,BEDS_P1000,2022,5.44,BEDS,,A
                CNSTATS:GDP(1.0),CN_44_07,BEDS_P1000,2022-Q1,5.44,BEDS,,A
                """;
        FeedBatch batch = read("sdmx.csv", csv.getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(batch.format()).isEqualTo(FeedFormat.SDMX_CSV);
        assertThat(batch.readings())
                .extracting(r -> r.region() + " " + r.indicator() + " " + r.value() + " " + r.unit() + " x10^"
                        + r.unitMultiplier() + " " + r.revision())
                .containsExactly(
                        "CN_44_07 GDP_B1GQ 3773.41 CNY x10^8 PROVISIONAL", "CN_44_07 BEDS_P1000 5.44 BEDS x10^0 FINAL");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(dir.resolve("sdmx.csv") + ":4: TIME_PERIOD '2022-Q1' is not a year");
    }

    @Test
    void shouldReadSdmxCsv20WithItsDeclaredSeparatorLabelsAndActions() throws Exception {
        String csv = """
                STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA: Reference area;SERIES: Series;TIME_PERIOD;OBS_VALUE;UNIT_MEASURE
                dataflow;CNSTATS:HEALTH(2.0);I;CN_44_07: Jiangmen;BEDS_P1000: Beds per 1000;2022;5.40;BEDS
                dataflow;CNSTATS:HEALTH(2.0);R;CN_44_07: Jiangmen;BEDS_P1000: Beds per 1000;2022;5.44;BEDS
                dataflow;CNSTATS:HEALTH(2.0);D;CN_44_07: Jiangmen;BEDS_P1000: Beds per 1000;2021;5.30;BEDS
                """;
        FeedBatch batch = read("sdmx20.csv", csv.getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(batch.readings())
                .extracting(r -> r.region() + " " + r.indicator() + " " + r.value() + " " + r.revision())
                .containsExactly(
                        "CN_44_07 BEDS_P1000 5.4 FINAL",
                        "CN_44_07 BEDS_P1000 5.44 REVISED",
                        "CN_44_07 BEDS_P1000 NaN WITHDRAWN");
        assertThat(batch.readings().get(2).year()).isEqualTo(2021);
        assertThat(batch.rejections()).isEmpty();
    }

    @Test
    void shouldResolveSdmxJsonPositionsThroughTheStructuresValueLists() throws Exception {
        String json = """
                {"meta": {"id": "CNSTATS-1"},
                 "data": {
                  "structure": {
                   "dimensions": {
                    "series": [
                     {"id": "REF_AREA", "values": [{"id": "CN_44_07"}, {"id": "CN_44"}]},
                     {"id": "SERIES", "values": [{"id": "GDP_B1GQ"}, {"id": "BEDS_P1000"}]}],
                    "observation": [
                     {"id": "TIME_PERIOD", "values": [{"id": "2021"}, {"id": "2022"}]}]},
                   "attributes": {
                    "dataSet": [],
                    "series": [
                     {"id": "UNIT_MEASURE", "values": [{"id": "CNY"}, {"id": "BEDS"}]},
                     {"id": "UNIT_MULT", "values": [{"id": "HUNDRED_MILLIONS"}, {"id": "0"}]}],
                    "observation": [
                     {"id": "OBS_STATUS", "values": [{"id": "A"}, {"id": "P"}]}]}},
                  "dataSets": [{
                   "series": {
                    "0:0": {"attributes": [0, 0], "observations": {"0": [3601.28, 0], "1": [3773.41, 1]}},
                    "0:1": {"attributes": [1, 1], "observations": {"1": [5.44, null]}},
                    "0:7": {"attributes": [1, 1], "observations": {"1": [1.0]}}}}]}}
                """;
        FeedBatch batch = read("message.json", json.getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(batch.format()).isEqualTo(FeedFormat.SDMX_JSON);
        assertThat(batch.readings())
                .extracting(
                        r -> r.location().substring(r.location().indexOf('#')) + " " + r.indicator() + " " + r.year()
                                + " " + r.value() + " " + r.unit() + " x10^" + r.unitMultiplier() + " " + r.revision())
                .containsExactly(
                        "#series 0:0 obs 0 GDP_B1GQ 2021 3601.28 CNY x10^8 FINAL",
                        "#series 0:0 obs 1 GDP_B1GQ 2022 3773.41 CNY x10^8 PROVISIONAL",
                        "#series 0:1 obs 1 BEDS_P1000 2022 5.44 BEDS x10^0 FINAL");
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        dir.resolve("message.json") + "#series 0:7: dimension SERIES has no value at position 7");
    }
}
