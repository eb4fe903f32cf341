package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TextMutations;

/**
 * Every feed reader against text it was never meant to see: valid feeds of each format cut,
 * spliced and sprinkled with the characters their grammars care about, and plain noise. Whatever
 * comes in, the answer is a batch of readings and rejections, each rejection naming where and
 * why; no reader and not the validator after it may throw. A crash found here is kept as an
 * example beside the property, so that it stays fixed.
 */
class FeedFuzzTest {
    /** The SDMX codes of {@link FeedFormatsTest}'s mapping, so that valid seeds get past it. */
    private static final FeedMapping MAPPING = mapping();

    private static final FeedValidator VALIDATOR =
            new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled());

    static final List<String> SEEDS = List.of("""
            region,indicator,year,value,unit,vintage,status
            440700,hospital_beds_per_1000,2022,5.4,张,0,P
            440703,rd_intensity,2021,2.85,%,1,F
            """, """
            {"region":"440700","indicator":"hospital_beds_per_1000","year":2022,"value":5.4,"unit":"张"}
            {"region":"440700","indicator":"gdp_growth","year":"2023","value":"6.0","status":"P"}
            """, """
            DATAFLOW,REF_AREA,SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS
            CNSTATS:GDP(1.0),CN_44_07,GDP_B1GQ,2022,3773.41,CNY,HUNDRED_MILLIONS,P
            """, """
            STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA: Reference area;SERIES: Series;TIME_PERIOD;OBS_VALUE
            dataflow;CNSTATS:HEALTH(2.0);R;CN_44_07: Jiangmen;BEDS_P1000: Beds;2022;5.44
            """, """
            {"data": {"structure": {"dimensions": {
              "series": [{"id": "REF_AREA", "values": [{"id": "CN_44_07"}]},
                         {"id": "SERIES", "values": [{"id": "BEDS_P1000"}]}],
              "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]},
              "attributes": {"series": [{"id": "UNIT_MULT", "values": [{"id": "0"}]}],
                             "observation": [{"id": "OBS_STATUS", "values": [{"id": "A"}]}]}},
             "dataSets": [{"series": {"0:0": {"attributes": [0], "observations": {"0": [5.44, 0]}}}}]}}
            """, """
            {"data": {"structures": [{"dimensions": {
              "dataSet": [{"id": "REF_AREA", "values": [{"id": "CN_44_07"}]}],
              "series": [{"id": "SERIES", "values": [{"id": "BEDS_P1000"}]}],
              "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022"}]}]},
              "measures": {"observation": [{"id": "OBS_VALUE"}]},
              "attributes": {"dataSet": [{"id": "CONTACT_EMAIL"}],
                             "observation": [{"id": "OBS_STATUS", "values": [{"id": "A"}]}]}}],
             "dataSets": [{"structure": 0, "action": "Delete", "attributes": ["contact@organisation.org"],
                           "series": {"0": {"observations": {"0": [5.44, 0]}}}}]}}
            """, """
            STRUCTURE[|];STRUCTURE_ID;ACTION;REF_AREA;SERIES;TIME_PERIOD;OBS_VALUE;OBS_STATUS
            dataflow;CNSTATS:HEALTH(2.0);M;CN_44_07;BEDS_P1000;2022;5,44;B
            dataflow;CNSTATS:HEALTH(2.0);D;CN_44_07;BEDS_P1000;2021;;M
            """, """
            2022年江门市国民经济和社会发展统计公报
            <p>全年全市地区生产总值3773.41亿元，按不变价格计算，比上年增长0.8%。</p>
            年末全市常住人口482.22万人，比上年末增加1.81万人。
            """);

    @Property(tries = 3000)
    void anyTextBecomesReadingsAndRejectionsNeverAnException(@ForAll("feeds") String text, @ForAll FeedFormat format) {
        FeedBatch batch = FeedFiles.read(text, "fuzz.feed", format, MAPPING);
        FeedBatch checked = VALIDATOR.validate(batch, MAPPING);

        assertThat(checked.rejections()).allSatisfy(r -> {
            assertThat(r.location()).startsWith("fuzz.feed");
            assertThat(r.reason()).isNotBlank();
        });
        // a figure is a finite number; a withdrawal (an SDMX deletion) has none
        assertThat(checked.readings())
                .allSatisfy(r ->
                        assertThat(r.withdrawn() || Double.isFinite(r.value())).isTrue());
    }

    private static FeedMapping mapping() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".mapping.tsv");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, FeedFormatsTest.MAPPING);
            return FeedMapping.read(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> feeds() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated()),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(400)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.strings().withChars(GRAMMAR).ofMaxLength(200)));
    }

    /** The characters the formats' grammars turn on. */
    private static final String GRAMMAR = ",;:\"'{}[]|<>\n\r\t\\0123456789.-+eE \u0000\uFEFF张%，。亿元年";

    private Arbitrary<String> mutated() {
        return new TextMutations(GRAMMAR).of(Arbitraries.of(SEEDS), 8);
    }
}
