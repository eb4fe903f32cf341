package org.planwatch.planimport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Bound;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

class OverridesTest {
    private static final String HEADER = "source\tindicator\taction\tchanges\twhy\n";
    private static final String HTE = "001_b6f12e5de8cae5e7.txt:213";
    private final List<Target> imported = TargetCatalogue.bundled().targets();
    private final IndicatorDictionary indicators = IndicatorDictionary.bundled();

    private Overrides.Outcome apply(String lines) {
        return Overrides.read(HEADER + lines, "overrides.tsv").apply(imported, indicators);
    }

    private static Target find(List<Target> targets, String key) {
        return targets.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void shouldFixACellOfTheTargetsTheLineGave() {
        Overrides.Outcome out =
                apply(HTE + "\thigh_tech_enterprises\tset\ttarget_value=3600;bound=AT_LEAST\tthe plan's errata\n");

        Target fixed = find(out.targets(), "zs-sti-14|442000|high_tech_enterprises");
        assertThat(fixed.targetValue()).isEqualTo(3600.0);
        assertThat(fixed.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(fixed.baseValue()).isEqualTo(2388.0);
        assertThat(fixed.expression()).contains("[corrected: the plan's errata]");
        assertThat(out.targets()).hasSameSizeAs(imported);
        assertThat(out.applied()).containsValue(1);
        assertThat(out.unmatched()).isEmpty();
    }

    @Test
    void shouldDropEveryTargetOfALineWithAStar() {
        long onLine = imported.stream().filter(t -> t.source().equals(HTE)).count();

        Overrides.Outcome out = apply(HTE + "\t*\tdrop\t\tnot a target\n");

        assertThat(out.targets()).hasSize(imported.size() - (int) onLine);
        assertThat(out.targets()).noneMatch(t -> t.source().equals(HTE));
    }

    @Test
    void shouldAddAMissedTargetInTheDocumentsPlanAndRegion() {
        Overrides.Outcome out =
                apply(HTE + "\tlife_expectancy\tadd\tkind=LEVEL;bound=AT_LEAST;target_year=2025;target_value=81;unit=岁"
                        + "\tstated under the table\n");

        Target added = find(out.targets(), "zs-sti-14|442000|life_expectancy");
        assertThat(added.targetValue()).isEqualTo(81.0);
        assertThat(added.nameZh()).isEqualTo("人均预期寿命");
        assertThat(added.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(added.source()).isEqualTo(HTE);
    }

    @Test
    void shouldAssignADictionaryCodeWithItsNamesAndDirection() {
        Overrides.Outcome out = apply(
                HTE + "\thigh_tech_enterprises\tset\tindicator=tech_industrial_enterprises_above_scale\tour code\n");

        Target recoded = find(out.targets(), "zs-sti-14|442000|tech_industrial_enterprises_above_scale");
        assertThat(recoded.nameEn())
                .isEqualTo(indicators
                        .code("tech_industrial_enterprises_above_scale")
                        .orElseThrow()
                        .nameEn());
        assertThat(recoded.targetValue()).isEqualTo(3500.0);
    }

    @Test
    void shouldReportACorrectionThatMatchesNothingInsteadOfIgnoringIt() {
        Overrides.Outcome out = apply("001_b6f12e5de8cae5e7.txt:9999\t*\tdrop\t\tline moved\n");

        assertThat(out.unmatched())
                .singleElement()
                .satisfies(c -> assertThat(c.line()).isEqualTo(2));
        assertThat(out.targets()).hasSameSizeAs(imported);
    }

    @Test
    void shouldReportAChangeTheCatalogueWouldRefuseWithItsLine() {
        Overrides.Outcome out = apply(HTE + "\thigh_tech_enterprises\tset\ttarget_value=lots\t\n");

        assertThat(out.problems())
                .singleElement()
                .asString()
                .startsWith("overrides.tsv:2: ")
                .contains("not a number");
        assertThat(find(out.targets(), "zs-sti-14|442000|high_tech_enterprises").targetValue())
                .isEqualTo(3500.0);
    }

    @Test
    void shouldRefuseAnUnreadableLineNamingIt() {
        assertThatThrownBy(() -> Overrides.read(HEADER + HTE + "\t*\tfix\ttarget_value=1\t\n", "o.tsv"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("o.tsv:2")
                .hasMessageContaining("not set, drop or add");
        assertThatThrownBy(() -> Overrides.read(HEADER + "nowhere\t*\tdrop\t\t\n", "o.tsv"))
                .hasMessageContaining("FILE:LINE");
        assertThatThrownBy(() -> Overrides.read(HEADER + HTE + "\t*\tset\tvalue=3\t\n", "o.tsv"))
                .hasMessageContaining("'value=3' is not column=value");
    }
}
