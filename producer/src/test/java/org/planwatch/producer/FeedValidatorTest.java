package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.schema.RevisionStatus;

/** Every reason a row is refused before Kafka, and the rows beside it still go through. */
class FeedValidatorTest {
    private final FeedValidator validator =
            new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled());

    @TempDir
    Path dir;

    private FeedBatch csv(String body) {
        return FeedFiles.read(
                "region,indicator,year,value,unit,vintage\n" + body, "f.csv", FeedFormat.CSV, FeedMapping.NONE);
    }

    @Test
    void shouldRefuseEachBadRowWithItsCodeAndKeepTheOthers() {
        FeedBatch checked = validator.validate(csv("""
                        440700,hospital_beds_per_1000,2022,5.40,张,0
                        440700,no_such_thing,2022,5.40,,0
                        999999,hospital_beds_per_1000,2022,5.40,,0
                        440700,hospital_beds_per_1000,2022,5.40,‰,1
                        440700,good_air_days_share,2022,100.5,%,0
                        440700,hospital_beds_per_1000,1999,4.1,张,0
                        440700,hospital_beds_per_1000,2031,6.4,张,0
                        440700,hospital_beds_per_1000,2022,5.40,张,0
                        440700,hospital_beds_per_1000,2022,5.41,张,0
                        440700,hospital_beds_per_1000,2023,5.55,张,0
                        """), FeedMapping.NONE);
        assertThat(checked.readings()).extracting(RawReading::location).containsExactly("f.csv:2", "f.csv:11");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.code())
                .containsExactly(
                        "f.csv:3 unknown-indicator",
                        "f.csv:4 unknown-region",
                        "f.csv:5 wrong-unit",
                        "f.csv:6 out-of-range",
                        "f.csv:7 year-outside-plans",
                        "f.csv:8 year-outside-plans",
                        "f.csv:9 duplicate",
                        "f.csv:10 conflict");
        assertThat(checked.rejections().get(6).reason()).isEqualTo("duplicate of f.csv:2");
        assertThat(checked.rejections().get(6).row()).isEqualTo("440700,hospital_beds_per_1000,2022,5.40,张,0");
    }

    /** Issue 23, finding 2: figures no real indicator has are refused at the edge, the reason named. */
    @Test
    void shouldRefuseImplausibleFiguresAndKeepTheRowsBesideThem() {
        FeedBatch checked = validator.validate(csv("""
                        440700,gdp_growth,2022,-150,%,0
                        440700,high_tech_enterprises,2022,1e308,家,0
                        440700,gdp_growth,2023,-2.5,%,0
                        """), FeedMapping.NONE);
        assertThat(checked.readings()).extracting(RawReading::location).containsExactly("f.csv:4");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.code() + ": " + r.reason())
                .containsExactly(
                        "f.csv:2 implausible: growth -150% is below -100% (gdp cannot be negative)",
                        "f.csv:3 implausible: value 1.0E308 is beyond any real figure of high_tech_enterprises"
                                + " (at most 1000000000000000 in magnitude)");
    }

    /**
     * Issue 23's second trial: a poison figure and its correction in one file. The refused row is
     * no figure of the year, so the correction beside it is admitted, not a conflict with it.
     */
    @Test
    void shouldAdmitTheCorrectionOfARefusedFigureInTheSameFile() {
        FeedBatch checked = validator.validate(csv("""
                        440700,gdp_growth,2022,-150,%,0
                        440700,gdp_growth,2022,4.5,%,0
                        440700,high_tech_enterprises,2022,1e308,家,0
                        440700,high_tech_enterprises,2022,1280,家,0
                        """), FeedMapping.NONE);
        assertThat(checked.readings()).extracting(RawReading::location).containsExactly("f.csv:3", "f.csv:5");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.code())
                .containsExactly("f.csv:2 implausible", "f.csv:4 implausible");
    }

    /** A second figure of one year and vintage says how to make it a revision. */
    @Test
    void shouldSayHowAConflictingFigureBecomesARevision() {
        FeedBatch checked = validator.validate(csv("""
                        440700,gdp_growth,2022,4.1,%,0
                        440700,gdp_growth,2022,4.5,%,0
                        440700,gdp_growth,2022,4.6,%,1
                        """), FeedMapping.NONE);
        assertThat(checked.readings()).extracting(RawReading::location).containsExactly("f.csv:2", "f.csv:4");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.reason())
                .containsExactly("f.csv:3 another value for 440700|gdp_growth|2022 at vintage 0 than f.csv:2"
                        + " (a correction needs a higher vintage)");
    }

    /** 引进创新创业团队 is no dictionary indicator: a catalogue target of it makes its readings known. */
    @Test
    void shouldAcceptReadingsOfAnIndicatorTheImportGeneratedAndRefuseUnknownCodes() {
        String generated = org.planwatch.domain.IndicatorResolver.codeOf("引进创新创业团队");
        org.planwatch.domain.Target teams = org.planwatch.domain.Target.builder(
                        "zs-torch-14", "442000-torch", generated)
                .names("引进创新创业团队", null)
                .unit("个")
                .kind(org.planwatch.domain.TargetKind.LEVEL, org.planwatch.domain.Bound.EXACT)
                .target(2025, 25.0)
                .direction(org.planwatch.domain.Direction.HIGHER_IS_BETTER)
                .source("plan.txt:4")
                .review("indicator-not-in-dictionary;direction-inferred")
                .build();
        java.util.List<org.planwatch.domain.Target> targets =
                new java.util.ArrayList<>(TargetCatalogue.bundled().targets());
        targets.add(teams);
        FeedValidator validator = new FeedValidator(
                TargetCatalogue.of(targets), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        FeedBatch checked = validator.validate(
                csv("442000-torch," + generated + ",2023,12,个,0\n"
                        + "442000-torch," + generated + ",2023,13,家,1\n"
                        + "442000-torch,x_0000000000,2023,12,个,0\n"),
                FeedMapping.NONE);
        assertThat(checked.readings()).extracting(RawReading::location).containsExactly("f.csv:2");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.code())
                .containsExactly("f.csv:3 wrong-unit", "f.csv:4 unknown-indicator");
    }

    @Test
    void shouldConvertUnitMultipliersToTheCataloguesUnit() {
        FeedBatch checked = validator.validate(csv("""
                        442000-torch,gdp,2022,0.0637341,万亿元,0
                        440700,regular_exercise_population,2022,1825000,人,0
                        440700,regular_exercise_population,2021,180.5,万人,0
                        """), FeedMapping.NONE);
        assertThat(checked.rejections()).isEmpty();
        assertThat(checked.readings())
                .extracting(r -> r.indicator() + " " + Math.round(r.value() * 100) / 100.0 + " " + r.unit())
                .containsExactly(
                        "gdp 637.34 亿元",
                        "regular_exercise_population 182.5 万人",
                        "regular_exercise_population 180.5 万人");
    }

    /** Guangdong's 13th plan counts GDP in 万亿元, the dictionary in 亿元: a figure is judged in its plan's unit. */
    @Test
    void shouldBringAFigureToTheUnitOfTheRegionsOwnPlan() {
        FeedBatch checked = validator.validate(csv("""
                        440000,gdp,2018,9.1644,万亿元,0
                        440000,gdp,2019,107671,亿元,0
                        """), FeedMapping.NONE);
        assertThat(checked.rejections()).isEmpty();
        assertThat(checked.readings())
                .extracting(r -> r.indicator() + " " + Math.round(r.value() * 10000) / 10000.0 + " " + r.unit())
                .containsExactly("gdp 9.1644 万亿元", "gdp 10.7671 万亿元");
    }

    /** A plan that counts grain in 亿斤 (half a kilogram each), a bureau that publishes it in 万吨. */
    @Test
    void shouldBringAFigureToAMultipleOfTheDictionarysUnitThatThePlanStatesItIn() {
        Target grain = Target.builder("440700-15", "440700", "grain_production_capacity")
                .unit("亿斤")
                .target(2030, 32.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:1")
                .build();
        FeedValidator own = new FeedValidator(
                TargetCatalogue.of(List.of(grain)), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        FeedBatch checked = own.validate(csv("""
                        440700,grain_production_capacity,2027,160.5,万吨,0
                        440700,grain_production_capacity,2028,32.2,亿斤,0
                        """), FeedMapping.NONE);
        assertThat(checked.rejections()).isEmpty();
        assertThat(checked.readings())
                .extracting(r -> Math.round(r.value() * 1000) / 1000.0 + " " + r.unit())
                .containsExactly("32.1 亿斤", "32.2 亿斤");
    }

    @Test
    void shouldMapSdmxCodesRefuseUnmappedOnesAndTakeAReSentObservationAsARevision() throws Exception {
        Path mappingFile = dir.resolve("m.tsv");
        Files.writeString(mappingFile, FeedFormatsTest.MAPPING + "area\tCN_44_20_T\t442000-torch\n");
        FeedMapping mapping = FeedMapping.read(mappingFile);
        String sdmx = """
                DATAFLOW,REF_AREA,SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS
                CNSTATS:GDP(1.0),CN_44_20_T,GDP_B1GQ,2022,3773.41,CNY,HUNDRED_MILLIONS,P
                CNSTATS:GDP(1.0),CN_44_20_T,GDP_B1GQ,2022,3780.02,CNY,HUNDRED_MILLIONS,A
                CNSTATS:GDP(1.0),CN_44_20_T,GDP_B1GQ,2022,3780.02,CNY,HUNDRED_MILLIONS,A
                CNSTATS:GDP(1.0),CN_99_99,GDP_B1GQ,2022,1.0,CNY,HUNDRED_MILLIONS,A
                CNSTATS:GDP(1.0),CN_44_20_T,GDP_PC,2022,1.0,CNY,,A
                """;
        FeedBatch checked = validator.validate(FeedFiles.read(sdmx, "g.csv", FeedFormat.AUTO, mapping), mapping);
        assertThat(checked.readings())
                .extracting(r -> r.region() + " " + r.indicator() + " " + r.value() + " " + r.unit() + " v"
                        + r.vintage() + " " + r.revision())
                .containsExactly(
                        "442000-torch gdp 3773.41 亿元 v0 PROVISIONAL", "442000-torch gdp 3780.02 亿元 v1 REVISED");
        assertThat(checked.rejections())
                .extracting(r -> r.location() + " " + r.code() + " " + r.reason())
                .containsExactly(
                        "g.csv:4 duplicate duplicate of g.csv:3",
                        "g.csv:5 unmapped area 'CN_99_99' is not in the mapping",
                        "g.csv:6 unmapped indicator 'GDP_PC' is not in the mapping");
        assertThat(checked.readings().get(1).revision()).isEqualTo(RevisionStatus.REVISED);
    }
}
