package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each layout declared once: its label, its reader, the suffixes and media types that name it. */
class FeedFormatTest {

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void everyLayoutHasAReaderAndItsLabelNamesItBack(FeedFormat format) {
        assertThat(FeedFormat.of(format.label())).isEqualTo(format);
        assertThat(format.reader(FeedMapping.NONE)).isNotNull();
        assertThat(FeedFormat.labels()).contains(format.label());
    }

    @ParameterizedTest
    @CsvSource({
        "application/x-ndjson, JSONL",
        // once taken for SDMX-JSON, because its name begins with application/json
        "application/jsonl, JSONL",
        "application/json; charset=utf-8, SDMX_JSON",
        "Application/VND.SDMX.Data+CSV;version=2.0.0, SDMX_CSV",
        "application/vnd.sdmx.data+json, SDMX_JSON",
        // a CSV body may be PlanWatch's, wide or SDMX-CSV: told from the body
        "text/csv, AUTO",
        "text/plain, AUTO"
    })
    void aMediaTypeNamesItsLayoutAndAnyOtherLeavesItToTheBody(String type, FeedFormat expected) {
        assertThat(FeedFormat.ofMediaType(type)).isEqualTo(expected);
    }

    @Test
    void noMediaTypeLeavesItToTheBody() {
        assertThat(FeedFormat.ofMediaType(null)).isEqualTo(FeedFormat.AUTO);
    }

    @Test
    void anUnknownLabelIsRefusedNamingEveryLayout() {
        assertThatThrownBy(() -> FeedFormat.of("xml"))
                .hasMessageContaining("'xml'")
                .hasMessageContaining(String.join(
                        ", ",
                        Arrays.stream(FeedFormat.values())
                                .map(FeedFormat::label)
                                .toList()));
    }

    @Test
    void theAutomaticReaderTellsTheLayoutFromTheText() {
        String sdmx = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),440700,gdp,2024,5\n";
        FeedBatch batch = FeedFiles.read(sdmx, "push#1", FeedFormat.AUTO, FeedMapping.NONE);
        assertThat(batch.format()).isEqualTo(FeedFormat.SDMX_CSV);
        String own = "region,indicator,year,value\n440700,gdp,2024,5\n";
        assertThat(FeedFiles.read(own, "push#2", FeedFormat.AUTO, FeedMapping.NONE)
                        .format())
                .isEqualTo(FeedFormat.CSV);
    }

    @Test
    void aSpreadsheetGivenAsTextIsOneRefusalNotAnError() {
        FeedBatch batch = FeedFiles.read("a,b\n", "push#3", FeedFormat.SPREADSHEET, FeedMapping.NONE);
        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("bytes"));
    }
}
