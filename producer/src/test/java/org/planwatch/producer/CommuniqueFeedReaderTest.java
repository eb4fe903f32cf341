package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yearly statistical communiqué: figures read from its sentences, each citing its line. */
class CommuniqueFeedReaderTest {
    @TempDir
    Path dir;

    private FeedMapping jiangmen() throws Exception {
        Path file = dir.resolve("jiangmen.mapping.tsv");
        Files.writeString(file, "field\tfrom\tto\nconstant\tarea\t440700\n");
        return FeedMapping.read(file);
    }

    private FeedBatch read(String name, String text, FeedMapping mapping) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, mapping);
    }

    private String sample() throws Exception {
        try (var in = getClass().getResourceAsStream("/feeds/communique/jiangmen-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReadTheLevelAndTheGrowthOfEachStatedFigureCitingItsLine() throws Exception {
        FeedBatch batch = read("jiangmen-2022.txt", sample(), jiangmen());

        assertThat(batch.format()).isEqualTo(FeedFormat.COMMUNIQUE);
        assertThat(batch.readings())
                .extracting(r -> r.location().substring(r.location().lastIndexOf(':') + 1) + " " + r.region() + " "
                        + r.indicator() + " " + r.year() + " " + r.value() + " " + r.unit())
                .containsExactly(
                        "6 440700 gdp 2022 3773.41 亿元",
                        "6 440700 gdp_growth 2022 0.8 %",
                        "7 440700 resident_population 2022 482.22 万人",
                        "8 440700 disposable_income 2022 38498.0 元",
                        "8 440700 disposable_income_growth 2022 4.2 %");
        assertThat(batch.readings().get(0).row()).startsWith("text: 初步核算，全年全市地区生产总值3773.41亿元");
    }

    @Test
    void shouldRefuseAFigureWhoseNameTheDictionaryDoesNotKnowNamingIt() throws Exception {
        FeedBatch batch = read("jiangmen-2022.txt", sample(), jiangmen());

        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly(
                        dir.resolve("jiangmen-2022.txt")
                                + ":9: '港口货物吞吐量' (9876.5万吨) is neither in the mapping nor a name the indicator dictionary knows");
    }

    @Test
    void shouldReadAFallAsANegativeGrowthAndAnHtmlPageLikeText() throws Exception {
        String html = "<html><head><title>2023年江门市国民经济和社会发展统计公报</title></head><body>\n"
                + "<p>全年全体居民人均可支配收入37000元，比上年下降1.5%。</p>\n</body></html>\n";

        assertThat(read("communique.html", html, jiangmen()).readings())
                .extracting(r -> r.indicator() + " " + r.year() + " " + r.value())
                .containsExactly("disposable_income 2023 37000.0", "disposable_income_growth 2023 -1.5");
    }

    @Test
    void shouldReadAFigureStatedOnlyAsItsChangeAndRefuseOneItCannotName() throws Exception {
        String text = "2025年江门市国民经济和社会发展统计公报\n" + "全年全体居民人均可支配收入比上年增长4.0%，居民消费价格指数比上年上涨0.2%。\n"
                + "全年全市规模以上工业增加值比上年增长5.1%。\n" + "全年全市港口货物吞吐量比上年增长3.2%。\n";
        FeedBatch batch = read("communique.txt", text, jiangmen());

        assertThat(batch.readings())
                .extracting(r -> r.indicator() + " " + r.value() + " " + r.unit())
                .containsExactly(
                        "disposable_income_growth 4.0 %", "cpi 100.2 上年=100", "industrial_value_added_growth 5.1 %");
        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.toString())
                        .endsWith(":4: '港口货物吞吐量' (3.2% on the year) is neither"
                                + " in the mapping nor a name the indicator dictionary knows with a growth rate"));
    }

    @Test
    void shouldNotReadAnUrbanOrRuralFigureAsTheWholePopulations() throws Exception {
        String text = "2025年江门市国民经济和社会发展统计公报\n" + "全体居民人均可支配收入40100元，增长4.1%；其中：城镇居民人均可支配收入48300元，农村居民人均可支配收入26500元。\n";
        FeedBatch batch = read("communique.txt", text, jiangmen());

        assertThat(batch.readings())
                .extracting(r -> r.indicator() + " " + r.value())
                .containsExactly("disposable_income 40100.0", "disposable_income_growth 4.1");
        assertThat(batch.rejections())
                .extracting(r -> r.reason().substring(0, r.reason().indexOf(')') + 1))
                .containsExactly("'城镇居民人均可支配收入' (48300元)", "'农村居民人均可支配收入' (26500元)");
    }

    @Test
    void shouldAskForTheRegionACommuniqueSpeaksFor() throws Exception {
        assertThat(read("jiangmen-2022.txt", sample(), FeedMapping.NONE).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("constant area"));
    }
}
