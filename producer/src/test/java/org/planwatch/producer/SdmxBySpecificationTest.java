package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.schema.RevisionStatus;

/**
 * SDMX messages as the specifications allow them and bureaus send them: the SDMX working group's
 * own samples (in {@code feeds/sdmx}, sources in its README) and OECD-, BIS- and ECB-shaped
 * SDMX-CSV. Each test is one of issue 24's defects.
 */
class SdmxBySpecificationTest {
    @TempDir
    Path dir;

    /** OECD.Stat's prices layout: LOCATION, SUBJECT (total or food CPI), MEASURE, then attributes. */
    static final String OECD_CPI = """
            DATAFLOW,LOCATION,SUBJECT,MEASURE,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,DECIMALS,TITLE
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2017,1.6,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2018,2.1,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2019,2.9,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2020,2.5,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2021,0.9,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2022,2.0,PC,0,A,1,CPI all items
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2017,-1.4,PC,0,A,1,CPI food
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2018,1.8,PC,0,A,1,CPI food
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2019,9.2,PC,0,A,1,CPI food
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2020,10.6,PC,0,A,1,CPI food
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2021,-1.4,PC,0,A,1,CPI food
            OECD:PRICES_CPI(1.0),CHN,CP010000,GY,A,2022,2.8,PC,0,A,1,CPI food
            """;

    private FeedMapping mapping(String... rows) throws Exception {
        Path file = dir.resolve("feed.mapping.tsv");
        Files.writeString(file, "field\tfrom\tto\n" + String.join("\n", rows) + "\n");
        return FeedMapping.read(file);
    }

    private FeedBatch read(String name, String text, FeedMapping mapping) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping);
    }

    private FeedBatch sample(String name, FeedMapping mapping) throws Exception {
        try (var in = getClass().getResourceAsStream("/feeds/sdmx/" + name)) {
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), mapping);
        }
    }

    private static List<String> readings(FeedBatch batch) {
        return batch.readings().stream()
                .map(r -> r.region() + " " + r.indicator() + " " + r.year() + " " + r.value())
                .toList();
    }

    private static List<String> codes(FeedBatch batch) {
        return batch.rejections().stream().map(Rejection::code).distinct().toList();
    }

    @Test
    void shouldReadAttributesGivenByValueBesideAttributesGivenByIndex() throws Exception {
        FeedBatch batch = sample("agri.json", mapping("constant\tindicator\tmilled_rice"));

        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.readings()).hasSize(12);
        assertThat(batch.readings().get(0))
                .satisfies(r -> assertThat(r.region() + " " + r.year() + " " + r.value() + " " + r.unit() + " x10^"
                                + r.unitMultiplier())
                        .isEqualTo("ASIKHM001 2014 350.154 TONES x10^3"));
    }

    @Test
    void shouldRefuseSeriesThatDifferInAnUnmappedDimensionInsteadOfMergingThem() throws Exception {
        FeedBatch batch =
                read("cpi.csv", OECD_CPI, mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tMEASURE"));

        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections()).hasSize(12).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo(SdmxReadings.AMBIGUOUS);
            assertThat(r.reason()).contains("SUBJECT [CP010000, CPALTT01]").contains("fix SUBJECT");
        });
    }

    @Test
    void shouldValidateSixReadingsNotTwelveRevisionsWhenSeriesDifferInAnUnmappedDimension() throws Exception {
        FeedMapping mapping = mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tMEASURE");
        FeedBatch checked = new FeedValidator(
                        org.planwatch.domain.TargetCatalogue.bundled(),
                        org.planwatch.domain.IndicatorDictionary.bundled(),
                        org.planwatch.domain.RegionDictionary.bundled())
                .validate(read("cpi.csv", OECD_CPI, mapping), mapping);

        assertThat(checked.readings()).noneMatch(r -> r.revision() == RevisionStatus.REVISED || r.vintage() > 0);
    }

    @Test
    void shouldSplitSeriesThatDifferInADimensionNamedInTheIndicator() throws Exception {
        FeedBatch batch = read(
                "cpi.csv", OECD_CPI, mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tSUBJECT+MEASURE"));

        assertThat(batch.rejections()).isEmpty();
        assertThat(readings(batch))
                .contains("CHN CPALTT01.GY 2019 2.9", "CHN CP010000.GY 2019 9.2")
                .hasSize(12);
    }

    @Test
    void shouldReadOnlyTheSeriesOfAFixedDimensionAndSayWhyTheOthersAreNot() throws Exception {
        FeedBatch batch = read(
                "cpi.csv",
                OECD_CPI,
                mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tMEASURE", "fix\tSUBJECT\tCPALTT01"));

        assertThat(readings(batch)).hasSize(6).contains("CHN GY 2019 2.9");
        assertThat(batch.rejections())
                .hasSize(6)
                .allSatisfy(r ->
                        assertThat(r.reason()).isEqualTo("SUBJECT is 'CP010000'; the mapping reads only 'CPALTT01'"));
    }

    @Test
    void shouldRefuseATruncatedLastRowRatherThanReadItsValueCut() throws Exception {
        String cut = OECD_CPI.lines().limit(3).reduce("", (a, b) -> a + b + "\n")
                + "OECD:PRICES_CPI(1.0),CHN,CPALTT01,GY,A,2019,2";
        FeedBatch batch = read("cut.csv", cut, mapping("dimension\tarea\tLOCATION", "dimension\tindicator\tSUBJECT"));

        assertThat(readings(batch)).containsExactly("CHN CPALTT01 2017 1.6", "CHN CPALTT01 2018 2.1");
        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.toString())
                        .endsWith("cut.csv:4: the row has 7 of the header's 12 fields: cut short, not read"));
    }

    /**
     * ECB's sample: a {@code Replace} data set, then a {@code Delete} data set whose one observation
     * has no value. Its days made years (2013-01-18 as 2012, 2013-01-21 as 2013), since PlanWatch
     * holds yearly figures: the deleted one is a withdrawal of 2012. (The replaced figures name an
     * OBS_STATUS position the structure does not list, and are refused for it, each by name.)
     */
    @Test
    void shouldMakeEveryObservationOfADataSetWhoseActionIsDeleteAWithdrawalOfItsYear() throws Exception {
        String yearly;
        try (var in = getClass().getResourceAsStream("/feeds/sdmx/exr-action-delete.json")) {
            yearly = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("2013-01-18", "2012")
                    .replace("2013-01-21", "2013");
        }
        FeedBatch batch =
                read("exr-yearly.json", yearly, mapping("dimension\tarea\tCURRENCY", "constant\tindicator\texr"));

        assertThat(batch.rejections())
                .extracting(Rejection::reason)
                .containsExactly(
                        "attribute OBS_STATUS has no value at position 1",
                        "attribute OBS_STATUS has no value at position 1");
        assertThat(batch.readings()).singleElement().satisfies(r -> {
            assertThat(r.region() + " " + r.year() + " " + r.value() + " " + r.revision())
                    .isEqualTo("NZD 2012 NaN WITHDRAWN");
            assertThat(r.location()).contains("dataSet 1 ");
        });
    }

    @Test
    void shouldMakeAnSdmxCsvDeletionRowAWithdrawalWhateverItsValueAndKeepTheOthers() throws Exception {
        String csv = """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE
                dataflow,CNSTATS:CPI(1.0),M,CN,cpi,2019,2.9
                dataflow,CNSTATS:CPI(1.0),D,CN,cpi,2020,-
                dataflow,CNSTATS:CPI(1.0),D,CN,cpi,2021,
                """;
        FeedBatch batch = read("delete.csv", csv, FeedMapping.NONE);

        assertThat(batch.readings())
                .extracting(r -> r.indicator() + " " + r.year() + " " + r.value() + " " + r.revision())
                .containsExactly("cpi 2019 2.9 FINAL", "cpi 2020 NaN WITHDRAWN", "cpi 2021 NaN WITHDRAWN");
        assertThat(batch.rejections()).isEmpty();
    }

    @Test
    void shouldTakeTheFieldSeparatorAfterTheStructureColumnsBracketTerm() throws Exception {
        String comma = """
                STRUCTURE[;],STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_COM[]
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2019,2.9,first;second
                """;
        String pipe = """
                STRUCTURE[|];STRUCTURE_ID;ACTION;REF_AREA: Zone de référence;INDICATOR: Indicateur;TIME_PERIOD;OBS_VALUE: Valeur
                dataflow;CNSTATS:CPI(1.0);I;CN: Chine;cpi: IPC;2019;2,9
                """;

        assertThat(SdmxCsvFeedReader.separator("STRUCTURE[;],STRUCTURE_ID")).isEqualTo(',');
        assertThat(readings(read("comma.csv", comma, FeedMapping.NONE))).containsExactly("CN cpi 2019 2.9");
        assertThat(readings(read("pipe.csv", pipe, FeedMapping.NONE))).containsExactly("CN cpi 2019 2.9");
    }

    @Test
    void shouldTakeTheAreaFromTheDimensionTheMappingNames() throws Exception {
        String bis = """
                DATAFLOW,FREQ,DER_TYPE,DER_INSTR,DER_REP_CTY,DER_SECTOR_CPY,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT
                BIS:WS_OTC_DERIV2(1.0),A,A,A,CN,A,2019,2.9,USD,6
                """;
        FeedBatch batch = read(
                "bis.csv",
                bis,
                mapping("dimension\tarea\tDER_REP_CTY", "dimension\tindicator\tDER_TYPE+DER_INSTR+DER_SECTOR_CPY"));

        assertThat(readings(batch)).containsExactly("CN A.A.A 2019 2.9");
        assertThat(batch.readings().get(0).unitMultiplier()).isEqualTo(6);
    }

    @Test
    void shouldGiveASingleRegionFileItsConstantArea() throws Exception {
        String csv = """
                STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,OBS_VALUE
                dataflow,JMSTATS:GDP(1.0),I,gdp,2022,3773.41
                """;

        assertThat(readings(read("jiangmen.csv", csv, mapping("constant\tarea\t440700"))))
                .containsExactly("440700 gdp 2022 3773.41");
        assertThat(read("jiangmen.csv", csv, FeedMapping.NONE).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("REF_AREA").contains("constant area"));
    }

    @Test
    void shouldReadDimensionsPresentedAtDataSetLevel() throws Exception {
        String json = """
                {"data": {
                  "structures": [{
                   "dimensions": {
                    "dataSet": [{"id": "REF_AREA", "keyPosition": 0, "values": [{"id": "440700"}]}],
                    "series": [{"id": "INDICATOR", "keyPosition": 1, "values": [{"id": "gdp"}, {"id": "cpi"}]}],
                    "observation": [{"id": "TIME_PERIOD", "keyPosition": 2, "values": [{"id": "2021"}, {"id": "2022"}]}]},
                   "measures": {"observation": [{"id": "OBS_VALUE"}]},
                   "attributes": {"dataSet": [], "series": [], "observation": []}}],
                  "dataSets": [{"structure": 0, "action": "Merge",
                   "series": {"0": {"observations": {"0": [3601.28], "1": [3773.41]}},
                              "1": {"observations": {"1": [2.0]}}}}]}}
                """;

        assertThat(readings(read("dataset-level.json", json, FeedMapping.NONE)))
                .containsExactly("440700 gdp 2021 3601.28", "440700 gdp 2022 3773.41", "440700 cpi 2022 2.0");
    }

    @Test
    void shouldReadEachDataSetAgainstTheStructureItNames() throws Exception {
        String json = """
                {"data": {
                  "structures": [
                   {"dimensions": {"series": [{"id": "REF_AREA", "values": [{"id": "CN"}]},
                                              {"id": "INDICATOR", "values": [{"id": "cpi"}]}],
                                   "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]}},
                   {"dimensions": {"series": [{"id": "REF_AREA", "values": [{"id": "CN"}]},
                                              {"id": "INDICATOR", "values": [{"id": "gdp_growth"}]}],
                                   "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]}}],
                  "dataSets": [
                   {"structure": 0, "series": {"0:0": {"observations": {"0": [2.0]}}}},
                   {"structure": 1, "series": {"0:0": {"observations": {"0": [3.0]}}}}]}}
                """;

        assertThat(readings(read("two.json", json, FeedMapping.NONE)))
                .containsExactly("CN cpi 2022 2.0", "CN gdp_growth 2022 3.0");
    }

    @Test
    void shouldReadStandardObservationStatusesAndCallAMissingValueMissing() throws Exception {
        String csv = """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2017,1.6,B
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2018,2.1,I
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2019,2.9,U
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2020,,M
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2021,NaN,
                """;
        FeedBatch batch = read("status.csv", csv, FeedMapping.NONE);

        assertThat(batch.readings())
                .extracting(r -> r.year() + " " + r.revision())
                .containsExactly("2017 FINAL", "2018 PROVISIONAL", "2019 PROVISIONAL");
        assertThat(batch.rejections())
                .extracting(r -> r.code() + ": " + r.reason())
                .containsExactly(
                        "missing-value: OBS_STATUS M marks the value as missing",
                        "missing-value: the observation has no value");
    }

    @Test
    void shouldReadTheDecimalCommaOfALocalesMessageAndRefuseAnAmbiguousOne() throws Exception {
        String semicolon = """
                STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA;INDICATOR;TIME_PERIOD;OBS_VALUE
                dataflow;CNSTATS:CPI(1.0);I;CN;cpi;2019;2,9
                """;
        String comma = """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE
                dataflow,CNSTATS:CPI(1.0),I,CN,cpi,2019,"2,9"
                """;

        assertThat(readings(read("fr.csv", semicolon, FeedMapping.NONE))).containsExactly("CN cpi 2019 2.9");
        assertThat(read("en.csv", comma, FeedMapping.NONE).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("decimal comma"));
    }

    @Test
    void shouldIgnoreTheNameColumnsOfALabelsNameExport() throws Exception {
        String csv = """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,Reference area,INDICATOR,Indicator,TIME_PERIOD,Time period,OBS_VALUE,Observation value
                DATAFLOW,OECD:DF(1.0),I,CHN,China,cpi,Consumer prices,2019,2019,2.9,2.9
                DATAFLOW,OECD:DF(1.0),R,CHN,China,cpi,Consumer prices,2019,2019,3.0,3.0
                """;
        FeedBatch batch = read("labels.csv", csv, FeedMapping.NONE);

        assertThat(batch.rejections()).isEmpty();
        assertThat(readings(batch)).containsExactly("CHN cpi 2019 2.9", "CHN cpi 2019 3.0");
    }

    @Test
    void shouldReadAFlatDataSetWhoseObservationKeysHoldTheSeriesDimensionsToo() throws Exception {
        // the working group's sample: data set 0 by series, data sets 1 to 4 flat, keyed CURRENCY:TIME_PERIOD
        FeedBatch batch = sample(
                "constructed-sample-full.json", mapping("dimension\tarea\tCURRENCY", "constant\tindicator\texr"));

        assertThat(batch.rejections())
                .filteredOn(r -> r.location().contains("dataSet 1 "))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.reason()).matches("TIME_PERIOD '2013-01-\\d\\d' is not a year"));
        assertThat(batch.rejections()).noneSatisfy(r -> assertThat(r.reason()).contains("positions"));
    }

    @Test
    void shouldRefuseAForecastAsNoReadingOfWhatHappened() throws Exception {
        // CL_OBS_STATUS F is "forecast value", not PlanWatch's own F for final
        String csv = """
                STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS
                dataflow,IMF:WEO(1.0),M,CN,gdp_growth,2024,5.0,A
                dataflow,IMF:WEO(1.0),M,CN,gdp_growth,2025,4.8,F
                """;
        FeedBatch batch = read("weo.csv", csv, FeedMapping.NONE);

        assertThat(readings(batch)).containsExactly("CN gdp_growth 2024 5.0");
        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.code() + ": " + r.reason())
                        .isEqualTo(SdmxReadings.FORECAST + ": OBS_STATUS F marks a forecast, not an observed figure"));
    }

    @Test
    void shouldNameAJsonDimensionTheMessageLacksAsADimension() throws Exception {
        String json = """
                {"data": {"structures": [{"dimensions": {
                   "series": [{"id": "INDICATOR", "values": [{"id": "gdp"}]}],
                   "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]}}],
                 "dataSets": [{"structure": 0, "series": {"0": {"observations": {"0": [3773.41]}}}}]}}
                """;

        assertThat(read("no-area.json", json, FeedMapping.NONE).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .startsWith("the observation has no REF_AREA for its area")
                        .doesNotContain("column"));
    }
}
