package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TargetCatalogueTest {
    static final String HEADER = String.join("\t", TargetCatalogue.REQUIRED_COLUMNS) + "\n";

    @Test
    void shouldLoadTheBundledCatalogueWithoutErrors() {
        TargetCatalogue catalogue = TargetCatalogue.bundled();
        assertThat(catalogue.errors()).isEmpty();
        Target beds = catalogue.targetsFor("440700", "hospital_beds_per_1000", 2023).stream()
                .filter(t -> t.plan().equals("jm-health-14"))
                .findFirst()
                .orElseThrow();
        assertThat(beds.baseValue()).isEqualTo(5.20);
        assertThat(beds.milestones()).containsExactly(new Milestone(2023, 5.60));
        assertThat(beds.targetValue()).isEqualTo(6.15);
        assertThat(beds.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void shouldReportABadRowWithItsLineAndKeepTheRowsAroundIt() throws Exception {
        String tsv = HEADER
                + row("f.txt:10", "p", "440700", "a", "LEVEL", "2020", "1", "2025", "2", "预期性") + "\n"
                + row("f.txt:11", "p", "440700", "b", "LEVEL", "2020", "one", "2025", "2", "预期性") + "\n"
                + row("f.txt:12", "p", "440700", "c", "LEVEL", "2020", "1", "2025", "2", "约束性") + "\n";
        TargetCatalogue catalogue = TargetCatalogue.read(new StringReader(tsv), "cat.tsv");
        assertThat(catalogue.targets()).extracting(Target::indicator).containsExactly("a", "c");
        assertThat(catalogue.targets().get(1).binding()).isTrue();
        assertThat(catalogue.errors()).containsExactly("cat.tsv:3: base_value 'one' is not a number");
    }

    @Test
    void shouldNameAnUnknownAttributeOrKind() throws Exception {
        String tsv = HEADER
                + row("f.txt:10", "p", "r", "a", "LEVEL", "2020", "1", "2025", "2", "maybe") + "\n"
                + row("f.txt:11", "p", "r", "b", "WISH", "2020", "1", "2025", "2", "预期性") + "\n";
        TargetCatalogue catalogue = TargetCatalogue.read(new StringReader(tsv), "cat.tsv");
        assertThat(catalogue.errors())
                .containsExactly(
                        "cat.tsv:2: attribute 'maybe' is neither 约束性 nor 预期性",
                        "cat.tsv:3: kind 'WISH' is not one of [LEVEL, ANNUAL_GROWTH, CUMULATIVE_CHANGE, ANNUAL_CHANGE, RELATIVE_CHANGE, RELATIVE_TO_AVERAGE, BELOW_AVERAGE, LINKED, STABLE, RISING, QUOTA, UNSTATED]");
    }

    @Test
    void shouldRefuseAFileWhoseHeaderLacksColumns() {
        assertThatThrownBy(() -> TargetCatalogue.read(new StringReader("source\tplan\nx\ty\n"), "cat.tsv"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageStartingWith("cat.tsv:1: header lacks columns [region, indicator");
    }

    private static String row(
            String source,
            String plan,
            String region,
            String indicator,
            String kind,
            String baseYear,
            String baseValue,
            String targetYear,
            String targetValue,
            String attribute) {
        // columns in REQUIRED_COLUMNS order
        return String.join(
                "\t",
                source,
                plan,
                region,
                indicator,
                "名称",
                "%",
                kind,
                "HIGHER_IS_BETTER",
                baseYear,
                baseValue,
                "",
                "",
                targetYear,
                targetValue,
                attribute,
                "市科技局");
    }

    @Test
    void shouldSkipBlankLinesAndKeepLineNumbersTrue() throws Exception {
        String tsv = HEADER
                + row("f.txt:10", "p", "r", "a", "LEVEL", "2020", "1", "2025", "2", "预期性") + "\n"
                + "\n"
                + row("f.txt:12", "p", "r", "b", "LEVEL", "2020", "x", "2025", "2", "预期性") + "\n"
                + row("f.txt:13", "p", "r", "c", "LEVEL", "2020", "1", "2025", "2", "预期性") + "\n\n";
        TargetCatalogue catalogue = TargetCatalogue.read(new StringReader(tsv), "cat.tsv");
        assertThat(catalogue.targets()).extracting(Target::indicator).containsExactly("a", "c");
        assertThat(catalogue.errors()).containsExactly("cat.tsv:4: base_value 'x' is not a number");
    }

    @Test
    void shouldReportARowWithTooManyCellsAndReadOn() throws Exception {
        String tsv = HEADER
                + row("f.txt:10", "p", "r", "a", "LEVEL", "2020", "1", "2025", "2", "预期性") + "\textra\n"
                + row("f.txt:11", "p", "r", "b", "LEVEL", "2020", "1", "2025", "2", "预期性") + "\n";
        TargetCatalogue catalogue = TargetCatalogue.read(new StringReader(tsv), "cat.tsv");
        assertThat(catalogue.targets()).extracting(Target::indicator).containsExactly("b");
        assertThat(catalogue.errors())
                .singleElement()
                .asString()
                .startsWith("cat.tsv:2: unreadable row: Too many entries");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> TargetCatalogue.read(new StringReader(""), "cat.tsv"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageStartingWith("cat.tsv:1: no header row");
    }

    @Test
    void shouldWriteAndReadBackARangesHighEndInItsOwnColumn() throws Exception {
        Target range = Target.builder("jm-15", "440700", "surveyed_urban_unemployment")
                .names("城镇调查失业率", null)
                .unit("%")
                .kind(TargetKind.LEVEL, Bound.RANGE)
                .base(2025, 5.1)
                .target(2030, 5.0)
                .targetUpper(5.5)
                .direction(Direction.LOWER_IS_BETTER)
                .expression("5—5.5%")
                .source("plan.txt:4")
                .build();
        StringBuilder tsv = new StringBuilder();
        TargetCatalogue.of(java.util.List.of(range)).writeTsv(tsv);

        assertThat(TargetCatalogue.row(range))
                .containsEntry("target_upper", "5.5")
                .containsEntry("bound", "RANGE");
        TargetCatalogue again = TargetCatalogue.read(new StringReader(tsv.toString()), "again.tsv");
        assertThat(again.errors()).isEmpty();
        assertThat(again.targets()).containsExactly(range);
    }

    @Test
    void shouldReportARangeRowWithoutItsHighEndByLineAndReadTheRowsBesideIt() {
        // a file of the format before target_upper: its rows read as they always did
        String tsv = HEADER.strip() + "\tbound\n"
                + "s:1\tp\t440700\tgdp_growth\t增长\t%\tANNUAL_GROWTH\tHIGHER_IS_BETTER\t\t\t\t\t2025\t5\t\t\tRANGE\n"
                + "s:2\tp\t440700\tgdp_growth\t增长\t%\tANNUAL_GROWTH\tHIGHER_IS_BETTER\t\t\t\t\t2025\t5\t\t\tABOUT\n";
        TargetCatalogue c = TargetCatalogue.read(new StringReader(tsv), "old.tsv");

        assertThat(c.errors())
                .singleElement()
                .asString()
                .startsWith("old.tsv:2: ")
                .contains("upper end");
        assertThat(c.targets()).extracting(Target::bound).containsExactly(Bound.ABOUT);
    }

    @Test
    void shouldReadBackExactlyWhatItWrites() throws Exception {
        TargetCatalogue bundled = TargetCatalogue.bundled();
        StringBuilder tsv = new StringBuilder();
        bundled.writeTsv(tsv);
        TargetCatalogue again = TargetCatalogue.read(new StringReader(tsv.toString()), "again.tsv");
        assertThat(again.errors()).isEmpty();
        assertThat(again.targets()).isEqualTo(bundled.targets());
        assertThat(tsv.toString()
                        .lines()
                        .filter(l -> l.startsWith("002_028c46f8710c799b.txt:3344\t"))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(
                        "002_028c46f8710c799b.txt:3344\tjm-health-14\t440700\thospital_beds_per_1000\t每千人口拥有医疗卫生机构床位数"
                                + "\tHospital beds per 1,000 population\t张\tLEVEL\tEXACT\tHIGHER_IS_BETTER\t2020\t5.2\t2023\t5.6\t"
                                + "\t2025\t6.15\t\t\t预期性\t市卫生健康局\ttrue\t\t\t\t"
                                + "base 2020: 5.20; milestone 2023: 5.60; target 2025: 6.15\t\t江门市卫生与健康事业发展“十四五”规划");
    }
}
