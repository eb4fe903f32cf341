package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national 2023 communiqué's figures as a web page (feeds/communique/README.md names the
 * source): read from its sentences and from its tables, each reading citing its line and marked as
 * extracted from text; a figure whose name neither the mapping nor the dictionary knows is refused
 * on its line, the rest still read. The expected readings are the communiqué's own figures.
 */
class NationalCommuniqueTest {
    private static final FeedMapping NATIONAL = FeedMappingFixtures.of(
            "constant\tarea\tCN",
            "indicator\t国内生产总值\tgdp",
            "indicator\t人均国内生产总值\tgdp_per_capita",
            "indicator\t第三产业增加值比重\tservices_value_added_share");

    @TempDir
    Path dir;

    private FeedBatch read() throws Exception {
        Path file = dir.resolve("national-2023.html");
        Files.write(
                file,
                getClass()
                        .getResourceAsStream("/feeds/communique/national-2023.html")
                        .readAllBytes());
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, NATIONAL);
    }

    @Test
    void shouldReadTheSentencesAndTheTablesCitingEachLine() throws Exception {
        FeedBatch batch = read();

        assertThat(batch.format()).isEqualTo(FeedFormat.COMMUNIQUE);
        assertThat(batch.readings())
                .extracting(r -> r.location().substring(r.location().lastIndexOf(':')) + " " + r.region() + " "
                        + r.indicator() + " " + r.year() + " " + r.value() + " " + r.unit())
                .containsExactly(
                        ":5 CN gdp 2023 1260582.0 亿元",
                        ":5 CN gdp_growth 2023 5.2 %",
                        ":6 CN gdp_per_capita 2023 89358.0 元",
                        ":6 CN gdp_per_capita_growth 2023 5.4 %",
                        ":7 CN labour_productivity 2023 161615.0 元/人",
                        ":7 CN labour_productivity_growth 2023 5.7 %",
                        ":25 CN services_value_added_share 2023 54.6 %");
        assertThat(batch.readings()).allSatisfy(r -> assertThat(r.row()).startsWith("text: "));
        assertThat(batch.readings())
                .filteredOn(r -> r.indicator().equals("services_value_added_share"))
                .singleElement()
                .satisfies(r -> assertThat(r.row()).isEqualTo("text: table row 第三产业增加值比重 | 54.6"));
    }

    @Test
    void shouldRefuseEachFigureItCannotNameOnItsLineAndStillReadTheRest() throws Exception {
        assertThat(read().rejections())
                .extracting(r -> r.location().substring(r.location().lastIndexOf(':')) + " " + r.reason())
                .containsExactly(
                        ":6 '国民总收入' (1251297亿元) is neither in the mapping nor a name the indicator dictionary knows",
                        ":12 '第一产业增加值' (89755亿元) is neither in the mapping nor a name the indicator dictionary"
                                + " knows",
                        ":13 '第二产业增加值' (482589亿元) is neither in the mapping nor a name the indicator dictionary"
                                + " knows",
                        ":14 '第三产业增加值' (688238亿元) is neither in the mapping nor a name the indicator dictionary"
                                + " knows",
                        ":23 '第一产业增加值比重' (7.1%) is neither in the mapping nor a name the indicator dictionary"
                                + " knows",
                        ":24 '第二产业增加值比重' (38.3%) is neither in the mapping nor a name the indicator dictionary"
                                + " knows");
    }
}
