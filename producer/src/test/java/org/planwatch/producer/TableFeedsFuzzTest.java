package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers of tables and texts written for people (wide CSV, the communiqué) against files as
 * they arrive broken: cut at any byte, in any encoding an office saves, with or without a
 * byte-order mark, huge. Whatever comes in: no exception, every refusal names the file, no figure
 * read that the file did not state whole (a value cut from 141212 to 1412 is never a reading), and
 * no figure dropped without a word.
 */
class TableFeedsFuzzTest {
    private static final FeedMapping NATIONAL = FeedMappingFixtures.of(
            "constant\tarea\tCN",
            "indicator\t国内生产总值\tgdp",
            "indicator\t年末总人口\tresident_population",
            "indicator\t人均国内生产总值\tgdp_per_capita",
            "indicator\t第三产业增加值比重\tservices_value_added_share");

    private static final byte[] WIDE = resource("/feeds/wide-csv/cn-annual.csv");
    private static final byte[] COMMUNIQUE = resource("/feeds/communique/national-2023.html");

    private static byte[] resource(String name) {
        try (var in = TableFeedsFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeedBatch read(byte[] bytes, String name) {
        try {
            Path file = Files.createTempDirectory("fuzz").resolve(name);
            Files.write(file, bytes);
            FeedBatch batch = FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, NATIONAL);
            Files.delete(file);
            Files.delete(file.getParent());
            return batch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Location → value of every reading of a batch. */
    private static Map<String, List<Double>> values(FeedBatch batch) {
        Map<String, List<Double>> values = new HashMap<>();
        batch.readings()
                .forEach(r -> values.computeIfAbsent(
                                r.location().substring(r.location().indexOf(':')) + " " + r.indicator(),
                                k -> new ArrayList<>())
                        .add(r.value()));
        return values;
    }

    private static void everyRefusalNamesTheFile(FeedBatch batch, String name) {
        assertThat(batch.rejections()).allSatisfy(r -> {
            assertThat(r.location()).contains(name);
            assertThat(r.reason()).isNotBlank();
        });
    }

    @Property(tries = 150)
    void aWideCsvCutAnywhereReadsOnlyFiguresItStatesWhole(@ForAll("wideCuts") int cut) {
        FeedBatch whole = read(WIDE, "cn-annual.csv");
        FeedBatch batch = read(java.util.Arrays.copyOf(WIDE, cut), "cn-annual.csv");

        everyRefusalNamesTheFile(batch, "cn-annual.csv");
        Map<String, List<Double>> stated = values(whole);
        values(batch).forEach((at, v) -> assertThat(stated).containsEntry(at, v));
    }

    @Property(tries = 150)
    void aCommuniqueCutAnywhereReadsOnlyFiguresItStatesWhole(@ForAll("communiqueCuts") int cut) {
        FeedBatch whole = read(COMMUNIQUE, "national-2023.html");
        FeedBatch batch = read(java.util.Arrays.copyOf(COMMUNIQUE, cut), "national-2023.html");

        everyRefusalNamesTheFile(batch, "national-2023.html");
        Map<String, List<Double>> stated = values(whole);
        values(batch).forEach((at, v) -> assertThat(stated).containsEntry(at, v));
    }

    @Provide
    Arbitrary<Integer> wideCuts() {
        return Arbitraries.integers().between(0, WIDE.length);
    }

    @Provide
    Arbitrary<Integer> communiqueCuts() {
        return Arbitraries.integers().between(0, COMMUNIQUE.length);
    }

    /** Each encoding an office saves in, with or without a byte-order mark, gives the same readings. */
    @Property(tries = 20)
    void anyEncodingAnOfficeSavesInGivesTheSameFigures(
            @ForAll("encodings") String encoding, @ForAll boolean communique) {
        byte[] utf8 = communique ? COMMUNIQUE : WIDE;
        String name = communique ? "national-2023.html" : "cn-annual.csv";
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] bytes = switch (encoding) {
            case "UTF-8+BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case "UTF-16LE+BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16BE+BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            default -> text.getBytes(Charset.forName(encoding));
        };

        FeedBatch batch = read(bytes, name);

        assertThat(values(batch)).isEqualTo(values(read(utf8, name)));
        assertThat(batch.rejections()).hasSameSizeAs(read(utf8, name).rejections());
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "UTF-8+BOM", "GB18030", "UTF-16LE+BOM", "UTF-16BE+BOM");
    }

    /** One line, nothing read, naming UTF-16 even for Chinese text, which has no NUL bytes to give it away. */
    @Example
    void aUtf16FileWithoutAByteOrderMarkIsOneLineNamingIt() {
        FeedBatch batch =
                read(new String(WIDE, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE), "cn-annual.csv");

        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections()).singleElement().satisfies(r -> {
            assertThat(r.location()).endsWith("cn-annual.csv:1");
            assertThat(r.reason()).startsWith("the file ").contains("UTF-16LE without a byte-order mark");
        });
    }

    /**
     * A table of any names and cells: each cell that states something is a reading or a refusal of
     * its line, never dropped without a word.
     */
    @Property(tries = 200)
    void everyStatedCellOfAWideCsvIsAReadingOrARefusal(@ForAll("tables") List<List<String>> rows) {
        StringBuilder text = new StringBuilder("指标,2021年,2020年\n");
        rows.forEach(r -> text.append(String.join(",", r)).append('\n'));

        FeedBatch batch = FeedFiles.read(text.toString(), "t.csv", FeedFormat.WIDE_CSV, NATIONAL);

        for (int i = 0; i < rows.size(); i++) {
            String line = "t.csv:" + (i + 2);
            boolean refusedWhole =
                    batch.rejections().stream().anyMatch(r -> r.location().equals(line));
            for (int c = 1; c < 3; c++) {
                String cell = rows.get(i).get(c);
                String at = line + ":" + (c + 1);
                if (cell.isEmpty() || cell.equals("…") || refusedWhole) {
                    continue;
                }
                boolean said =
                        batch.readings().stream().anyMatch(r -> r.location().equals(at))
                                || batch.rejections().stream()
                                        .anyMatch(r -> r.location().equals(at));
                assertThat(said).as("cell %s '%s'", at, cell).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> names = Arbitraries.of("国内生产总值(亿元)", "年末总人口(万人)", "城镇人口", "#其中：乡村", "　人均国内生产总值", "x");
        Arbitrary<String> cells = Arbitraries.of("1143669.7", "-3", "1e3", "n/a", "", "…", "１２", "NaN", "1e999");
        return Arbitraries.of(0)
                .flatMap(x ->
                        net.jqwik.api.Combinators.combine(names, cells, cells).as(List::of))
                .list()
                .ofMaxSize(12);
    }

    /** A large export (100,000 figures) is read whole, within seconds, every figure a reading. */
    @Example
    void aHugeWideCsvIsReadWhole() {
        int rows = 10_000;
        StringBuilder text = new StringBuilder("指标,2025年,2024年,2023年,2022年,2021年,2020年,2019年,2018年,2017年,2016年\n");
        for (int i = 0; i < rows; i++) {
            text.append(i % 2 == 0 ? "国内生产总值(亿元)" : "年末总人口(万人)");
            for (int y = 0; y < 10; y++) {
                text.append(',').append(i).append('.').append(y);
            }
            text.append('\n');
        }
        long start = System.nanoTime();

        FeedBatch batch = FeedFiles.read(text.toString(), "huge.csv", FeedFormat.WIDE_CSV, NATIONAL);

        assertThat(batch.readings()).hasSize(rows * 10);
        assertThat(batch.rejections()).isEmpty();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    /** A communiqué of twenty thousand lines is read whole: every stated figure a reading. */
    @Example
    void aHugeCommuniqueIsReadWhole() {
        StringBuilder text = new StringBuilder("中华人民共和国2023年国民经济和社会发展统计公报\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("全年国内生产总值").append(i).append("亿元，比上年增长5.2%。\n");
        }

        FeedBatch batch = FeedFiles.read(text.toString(), "huge.txt", FeedFormat.COMMUNIQUE, NATIONAL);

        assertThat(batch.readings()).hasSize(40_000);
        assertThat(batch.rejections()).isEmpty();
    }
}
