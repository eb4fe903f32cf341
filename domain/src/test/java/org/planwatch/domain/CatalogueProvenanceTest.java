package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled target cites {@code <seed file>:<line>}; this reads that line of the plan
 * document and checks it states the target's name and numbers (see {@link Seeds}).
 */
class CatalogueProvenanceTest {

    @TestFactory
    Stream<DynamicTest> shouldFindEveryTargetsNumbersOnItsCitedSeedLine() {
        Path seeds = Seeds.directory();
        return TargetCatalogue.bundled().targets().stream()
                .map(t -> DynamicTest.dynamicTest(t.source(), () -> {
                    String[] cited = t.source().split(":");
                    List<String> lines = Files.readAllLines(seeds.resolve(cited[0]), StandardCharsets.UTF_8);
                    String line = lines.get(Integer.parseInt(cited[1]) - 1);
                    List<String> cells = List.of(line.split("\t"));
                    assertThat(line.replace(" ", "")).contains(t.nameZh().replace(" ", ""));
                    // the base and milestone are cells of their own; the target may sit in words (年均增长 10 左右)
                    assertThat(cells)
                            .as("base value on %s", t.source())
                            .anyMatch(c -> sameNumber(c.strip(), t.baseValue()));
                    t.milestones()
                            .forEach(m -> assertThat(cells)
                                    .as("milestone on %s", t.source())
                                    .anyMatch(c -> sameNumber(c.strip(), m.value())));
                    assertThat(cells)
                            .as("target value on %s", t.source())
                            .anyMatch(c -> numbersIn(c).stream()
                                    .anyMatch(n -> n.compareTo(BigDecimal.valueOf(t.targetValue())) == 0));
                }));
    }

    private static boolean sameNumber(String cell, double value) {
        try {
            return new BigDecimal(cell).compareTo(BigDecimal.valueOf(value)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<BigDecimal> numbersIn(String cell) {
        return NUMBER.matcher(cell)
                .results()
                .map(m -> new BigDecimal(m.group()))
                .toList();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
}
