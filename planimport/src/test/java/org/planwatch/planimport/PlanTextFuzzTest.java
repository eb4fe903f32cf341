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
 * on; target cells of any text; catalogue files mangled. The documented answers are a problem
 * line naming file and line (plan text, catalogue rows), {@link IllegalArgumentException} naming
 * the cell (a target expression), {@link CatalogueFormatException} (a catalogue without its
 * header). Nothing else may come out.
 */
class PlanTextFuzzTest {
    private static final String GRAMMAR = "|｜—-－％%.．0123456789〔〕[]（）()左右以上以内累计约束性预期性年\n\t ";
    private static final List<String> EXCERPTS = new ArrayList<>();
    private static String catalogue;

    @BeforeContainer
    static void readSeeds() throws IOException {
        try (var files = Files.list(Seeds.directory())) {
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

    @Property(tries = 3000)
    void aTargetCellIsReadOrRefusedByName(@ForAll("cells") String cell) {
        Throwable refused = catchThrowable(() -> TargetExpression.parse(cell));
        if (refused != null) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            assertThat(refused.getMessage()).isNotBlank();
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
    Arbitrary<String> cells() {
        Arbitrary<String> real = Arbitraries.of(
                "6左右", "2.85", "控制在3.0以内", "[0.2]", "〔5.60〕", "≥95", "完成市下达任务", "保持稳定", "5.60（2023年）", "40以上");
        return Arbitraries.oneOf(
                mutations(real, 4),
                Arbitraries.strings().withChars(GRAMMAR).ofMaxLength(30),
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
