package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled target cites {@code <seed file>:<line>}; this reads that line of the plan
 * document and checks that every number of the target is printed on it: base, milestone, target,
 * cumulative change, outcome (see {@link Seeds}). Signs are the importer's (降低 0.5 is -0.5), so
 * the check compares magnitudes.
 */
class CatalogueProvenanceTest {

    @TestFactory
    Stream<DynamicTest> shouldFindEveryTargetsNumbersOnItsCitedSeedLine() {
        Path seeds = Seeds.directory();
        return TargetCatalogue.bundled().targets().stream()
                .map(t -> DynamicTest.dynamicTest(t.source() + " " + t.indicator(), () -> {
                    List<Double> numbers = new ArrayList<>();
                    Stream.of(t.baseValue(), t.targetValue(), t.targetChange(), t.actualValue(), t.actualChange())
                            .filter(Objects::nonNull)
                            .forEach(numbers::add);
                    for (Milestone m : t.milestones()) {
                        if (m.source() == null) {
                            numbers.add(m.value());
                        } else {
                            assertPrinted(seeds, m.source(), List.of(m.value()), t.indicator());
                        }
                    }
                    assertPrinted(seeds, t.source(), numbers, t.indicator());
                }));
    }

    private static void assertPrinted(Path seeds, String source, List<Double> numbers, String indicator)
            throws java.io.IOException {
        String[] cited = source.split(":");
        List<String> lines = Files.readAllLines(seeds.resolve(cited[0]), StandardCharsets.UTF_8);
        List<BigDecimal> printed = numbersIn(lines.get(Integer.parseInt(cited[1]) - 1));
        for (double n : numbers) {
            assertThat(printed)
                    .as("%s of %s on %s", n, indicator, source)
                    .anyMatch(p -> p.compareTo(BigDecimal.valueOf(Math.abs(n))) == 0);
        }
    }

    private static List<BigDecimal> numbersIn(String line) {
        return NUMBER.matcher(line)
                .results()
                .map(m -> new BigDecimal(m.group()))
                .toList();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
}
