package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.Seeds;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetExpression;
import org.planwatch.domain.TextMutations;

/**
 * The plan readers against text they were never meant to see: excerpts of the real plan
 * documents around their indicator tables, cut and sprinkled with the characters the tables turn
 * on; the shapes of the 15th plans' tables and numbered lists, mangled the same way; target cells
 * of any text; catalogue files mangled. The documented answers are a problem
 * line naming file and line (plan text, catalogue rows), {@link IllegalArgumentException} naming
 * the cell (a target expression), {@link CatalogueFormatException} (a catalogue without its
 * header). Nothing else may come out.
 */
class PlanTextFuzzTest {
    private static final String GRAMMAR = "|｜—-－％%.．0123456789〔〕[]（）()左右以上以内累计约束性预期性年\n\t ";
    /** The 15th plans' words and signs besides: verbs, ranges, footnotes, list numbers, header synonyms. */
    private static final String GRAMMAR_15 = GRAMMAR + "【】~～至①²注达到提高降至不低于超过年均/；：:岁亿元基期值目标值备注指标名称十五五末1.（1）";
    /** Shapes of the 15th plans' tables and numbered lists, for the readers that take them. */
    private static final List<String> FIFTEENTH = List.of("""
            表1 江门市“十五五”时期经济社会发展主要指标
            类别\t指标\t单位\t2025年\t2030年\t属性
            经济发展\t地区生产总值增长\t%\t5.0\t保持在合理区间、各年度视情提出\t预期性
            \t城镇调查失业率\t%\t5.1\t控制在5.5%以内\t预期性
            民生福祉\t人均预期寿命\t岁\t79\t80.5岁\t预期性
            """, """
            专栏2 江门市“十五五”卫生健康主要指标
            序号\t指标名称\t计量单位\t基期值\t目标值\t指标属性\t牵头单位\t统计口径
            \t\t\t2025年\t十五五末\t\t\t
            1\t人均预期寿命\t岁\t79\t81.5（2025年79）\t预期性\t市卫生健康局\t按常住人口
            2\t每千人口拥有执业（助理）医师数\t人\t3.2\t0.7人/1.6人\t约束性\t市卫生健康局\t
            """, """
            江门市国民经济和社会发展第十五个五年规划纲要
            专栏1 江门市“十五五”时期经济社会发展主要指标
            1. 地区生产总值增长（%）：5左右（预期性）
            2. 人均预期寿命（岁）：80（预期性）
            3. 城镇调查失业率：控制在5.5%以内（预期性）
            （1）研发经费投入强度达到3.2%以上
            （2）人均预期寿命提高到81.5岁
            （3）城镇调查失业率5—5.5%
            1．人均预期寿命（岁）   80
            2．常住人口城镇化率（%）   78①
            3．单位地区生产总值能源消耗降低（%）   【13.5】
            """);

    private static final List<String> EXCERPTS = new ArrayList<>();
    private static String catalogue;

    /** The seeds' excerpts where the documents are beside the checkout; the shapes above in any case. */
    @BeforeContainer
    static void readSeeds() throws IOException {
        java.util.Optional<Path> seeds = Seeds.ifPresent();
        if (seeds.isEmpty()) {
            StringBuilder tsv = new StringBuilder();
            TargetCatalogue.bundled().writeTsv(tsv);
            catalogue = String.join("\n", tsv.toString().lines().limit(60).toList());
            EXCERPTS.addAll(FIFTEENTH); // a clone without ../shared/seeds still fuzzes the table readers
            return;
        }
        try (var files = Files.list(seeds.get())) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("指标")) {
                        int from = Math.max(0, i - 10);
                        EXCERPTS.add(String.join("\n", lines.subList(from, Math.min(lines.size(), from + 80))));
                        i += 80;
                    }
                }
            }
        }
        StringBuilder tsv = new StringBuilder();
        TargetCatalogue.bundled().writeTsv(tsv);
        catalogue = String.join("\n", tsv.toString().lines().limit(60).toList());
    }

    @Property(tries = 400)
    void aMangledPlanDocumentGivesTargetsAndProblemsNeverAnException(@ForAll("excerpts") String text)
            throws IOException {
        Path file = Files.createTempFile("fuzz-plan-", ".txt");
        try {
            Files.writeString(file, text);
            CatalogueImporter.Result result = CatalogueImporter.bundled().read(List.of(file));
            assertThat(result.problems())
                    .allSatisfy(p -> assertThat(p).contains(file.getFileName().toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 200)
    void aMangledFifteenthPlanTableOrListGivesTargetsAndProblemsNeverAnException(@ForAll("fifteenth") String text)
            throws IOException {
        aMangledPlanDocumentGivesTargetsAndProblemsNeverAnException(text);
    }

    @Property(tries = 1000)
    void theTableAndListFindersTellAnUnreadableHeaderAsAProblemNeverThrowIt(@ForAll("fifteenth") String text) {
        List<PlanTextException> problems = new ArrayList<>();
        List<PlanTable> tables = TableFinder.find("fuzz.txt", text.lines().toList(), problems::add);
        for (PlanTable table : tables) {
            Throwable thrown = catchThrowable(() -> RowReader.read(table));
            assertThat(thrown).isNull();
        }
        assertThat(problems).allSatisfy(p -> assertThat(p.getMessage()).startsWith("fuzz.txt:"));
    }

    @Property(tries = 3000)
    void aTargetCellIsReadOrRefusedByName(@ForAll("cells") String cell) {
        Throwable refused = catchThrowable(() -> TargetExpression.parse(cell));
        if (refused != null) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            assertThat(refused.getMessage()).isNotBlank();
        }
        Throwable refusedAll =
                catchThrowable(() -> assertThat(TargetExpression.parseAll(cell)).isNotEmpty());
        if (refusedAll != null) {
            assertThat(refusedAll).isInstanceOf(IllegalArgumentException.class);
            assertThat(refusedAll.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void aMangledCatalogueGivesTargetsAndErrorsNeverAnException(@ForAll("catalogues") String text) {
        Throwable thrown = catchThrowable(() -> {
            TargetCatalogue read = TargetCatalogue.read(new StringReader(text), "fuzz.tsv");
            assertThat(read.errors()).allSatisfy(e -> assertThat(e).startsWith("fuzz.tsv:"));
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(CatalogueFormatException.class);
        }
    }

    @Provide
    Arbitrary<String> excerpts() {
        return mutations(Arbitraries.of(EXCERPTS), 12);
    }

    @Provide
    Arbitrary<String> fifteenth() {
        return new TextMutations(GRAMMAR_15).of(Arbitraries.of(FIFTEENTH), 12);
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> real = Arbitraries.of(
                "6左右", "2.85", "控制在3.0以内", "[0.2]", "〔5.60〕", "≥95", "完成市下达任务", "保持稳定", "5.60（2023年）", "40以上");
        Arbitrary<String> fifteenth = Arbitraries.of(
                "80.5岁",
                "1.67 亿吨标准煤",
                "5—5.5%",
                "提高到81.5岁",
                "达到3.2%以上",
                "保持在合理区间、各年度视情提出",
                "0.7人/1.6人",
                "81.5（2025年79）",
                "5.5①",
                "5.5注1",
                "【17】",
                "累计下降17%",
                "年均增长5%左右");
        return Arbitraries.oneOf(
                mutations(real, 4),
                new TextMutations(GRAMMAR_15).of(fifteenth, 4),
                Arbitraries.strings().withChars(GRAMMAR).ofMaxLength(30),
                Arbitraries.strings().withChars(GRAMMAR_15).ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> catalogues() {
        return mutations(Arbitraries.just(catalogue), 10);
    }

    private static Arbitrary<String> mutations(Arbitrary<String> texts, int most) {
        return new TextMutations(GRAMMAR).of(texts, most);
    }
}
