package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;

/**
 * A real city's 2024 communiqué, Songyuan's (feeds/communique/README.md names the source), read with
 * nothing but the region in the mapping, as an office would load its own city's: the figures the
 * dictionary knows are read, each under its own name, and every other stated figure is refused by
 * name on its line. The expected values are the communiqué's, written by reading it.
 */
class CityCommuniqueTest {
    private static final FeedMapping SONGYUAN = FeedMappingFixtures.of("constant\tarea\t220700");
    private static final FeedMapping BENGBU = FeedMappingFixtures.of("constant\tarea\t340300");

    @TempDir
    Path dir;

    private FeedBatch read() throws Exception {
        return read("songyuan-2024.txt", SONGYUAN);
    }

    private FeedBatch read(String name, FeedMapping mapping) throws Exception {
        Path file = dir.resolve(name);
        Files.write(
                file,
                getClass().getResourceAsStream("/feeds/communique/" + name).readAllBytes());
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping);
    }

    private static String cited(RawReading r) {
        return r.location().substring(r.location().lastIndexOf(':')) + " " + r.region() + " " + r.indicator() + " "
                + r.year() + " " + r.value() + " " + r.unit();
    }

    @Test
    void shouldReadTheFiguresTheDictionaryKnowsPastFootnoteMarksAndBracketedNames() throws Exception {
        assertThat(read().readings())
                .extracting(CityCommuniqueTest::cited)
                .containsExactly(
                        ":6 220700 gdp 2024 1002.18 亿元",
                        ":6 220700 gdp_growth 2024 3.8 %",
                        ":6 220700 gdp_per_capita 2024 47544.0 元",
                        ":7 220700 resident_population 2024 209.0 万人",
                        ":7 220700 urbanization_rate 2024 50.68 %",
                        ":8 220700 cpi 2024 99.3 上年=100");
    }

    @Test
    void shouldRefuseByNameEachFigureItCannotNameAQualifiedOneAmongThem() throws Exception {
        // 城镇常住人口 ends in 常住人口 but is not the resident population: refused, not read as it
        assertThat(read().rejections())
                .extracting(r -> r.location().substring(r.location().lastIndexOf(':')) + " "
                        + r.reason().substring(0, r.reason().indexOf(')') + 1))
                .containsExactly(
                        ":6 '第一产业增加值' (241.09亿元)",
                        ":6 '第二产业增加值' (237.72亿元)",
                        ":6 '第三产业增加值' (523.37亿元)",
                        ":6 '三次产业增加值占地区生产总值的比重依次' (24.1%)",
                        ":7 '城镇常住人口' (105.93万人)",
                        ":7 '出生率' (5.46‰)",
                        ":7 '死亡率' (9.39‰)",
                        ":7 '自然增长率' (-3.93‰)",
                        ":12 '农林牧渔业增加值' (249.83亿元)");
    }

    @Test
    void shouldPassTheCheckWithPerCapitaGdpInTheCataloguesUnit() throws Exception {
        FeedBatch checked = new FeedValidator(
                        TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled())
                .validate(read(), SONGYUAN);

        assertThat(checked.readings()).hasSize(6);
        assertThat(checked.readings())
                .filteredOn(r -> r.indicator().equals("gdp_per_capita"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).isCloseTo(4.7544, within(1e-9));
                    assertThat(r.unit()).isEqualTo("万元");
                });
    }

    @Test
    void shouldReadANameWithItsAbbreviationInBracketsAndTheTableThatRepeatsIt() throws Exception {
        FeedBatch batch = read("bengbu-2024.html", BENGBU);

        assertThat(batch.readings())
                .extracting(CityCommuniqueTest::cited)
                .containsExactly(
                        ":6 340300 gdp 2024 2313.0 亿元",
                        ":6 340300 gdp_growth 2024 5.2 %",
                        ":6 340300 gdp_per_capita 2024 70908.0 元",
                        ":6 340300 gdp_per_capita_growth 2024 5.9 %",
                        ":10 340300 gdp 2024 2313.0 亿元",
                        ":10 340300 gdp_growth 2024 5.2 %");
        // 其中: before a table's sub-item and a footnote mark inside a name do not hide the name refused
        assertThat(batch.rejections())
                .extracting(r -> r.location().substring(r.location().lastIndexOf(':')) + " "
                        + r.reason().substring(0, r.reason().indexOf(')') + 1))
                .containsExactly(
                        ":6 '第一产业增加值' (287亿元)",
                        ":6 '第二产业增加值' (714.1亿元)",
                        ":6 '第三产业增加值' (1311.9亿元)",
                        ":11 '第一产业' (287.0亿元)",
                        ":12 '第二产业' (714.1亿元)",
                        ":13 '第三产业' (1311.9亿元)",
                        ":14 '农林牧渔业' (299.2亿元)",
                        ":15 '工业' (526.3亿元)");

        FeedBatch checked = new FeedValidator(
                        TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled())
                .validate(batch, BENGBU);
        // the table states the sentence's figures again: the same figures, kept once, the repeat named
        assertThat(checked.readings())
                .extracting(r -> r.indicator())
                .containsExactly("gdp", "gdp_growth", "gdp_per_capita", "gdp_per_capita_growth");
        assertThat(checked.rejections())
                .filteredOn(r -> r.reason().startsWith("duplicate of "))
                .extracting(Rejection::location)
                .allSatisfy(at -> assertThat(at).endsWith("bengbu-2024.html:10"))
                .hasSize(2);
    }
}
