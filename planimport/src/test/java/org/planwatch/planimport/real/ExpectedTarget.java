package org.planwatch.planimport.real;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Names;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;

/**
 * A target a person read in a real plan document, written down before the importer saw it: the
 * answer key of {@link RealPlansTest}. One row of a document's {@code expected.tsv}:
 * {@code line_hint, indicator_zh, unit, base_year, base_value, target_year, target_value, kind,
 * bound, attribute, printed}; a range is written {@code 5..5.5}.
 */
record ExpectedTarget(
        String hint,
        String name,
        String unit,
        int targetYear,
        String value,
        String kind,
        String bound,
        List<String> regions) {

    /**
     * The rows of {@code file}. A file {@code region} beside it lists the codes of the regions whose
     * goals the key holds (one a line, {@code CN} the nation's, {@code #} a comment): a target of any other region is not
     * one of them, however well its figures match.
     */
    static List<ExpectedTarget> read(Path file) throws IOException {
        List<ExpectedTarget> rows = new ArrayList<>();
        Path regionFile = file.resolveSibling("region");
        List<String> regions = Files.exists(regionFile)
                ? Files.readAllLines(regionFile, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList()
                : List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new ExpectedTarget(
                    cell(cells, header, "line_hint"),
                    cell(cells, header, "indicator_zh"),
                    cell(cells, header, "unit"),
                    Integer.parseInt(cell(cells, header, "target_year")),
                    cell(cells, header, "target_value"),
                    cell(cells, header, "kind"),
                    cell(cells, header, "bound"),
                    regions));
        }
        return rows;
    }

    private static String cell(String[] cells, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cells.length ? "" : cells[i].strip();
    }

    /**
     * Whether the importer's target is this one: the same indicator as printed (names compared
     * after normalising brackets, spaces and full-width forms, one containing the other, since a
     * table prints 研发经费投入强度 where a sentence says 全社会研发经费投入强度), the same year,
     * kind, bound and number.
     */
    boolean matches(Target t) {
        return matchesDirectly(t) || onPath(t);
    }

    /** This row wherever it is printed: the same target stated again is not another one. */
    ExpectedTarget wherever() {
        return new ExpectedTarget("", name, unit, targetYear, value, kind, bound, regions);
    }

    /** The target is this row itself, not a later one whose path passes through it. */
    boolean matchesDirectly(Target t) {
        return t.targetYear() == targetYear && sameKind(t) && (sameName(t.nameZh()) || sameEntry(t)) && samePlace(t);
    }

    /**
     * The same entry of the indicator dictionary by another of its names: GDP for a province's 地区生产总值, as
     * the dictionary, which the evaluation goes by, holds them one indicator. Not for a generated indicator.
     */
    private boolean sameEntry(Target t) {
        String own = name.substring(name.indexOf('·') + 1);
        return DICTIONARY
                .find(null, own, unit)
                .map(i -> i.code().equals(t.indicator()))
                .orElse(false);
    }

    private static final org.planwatch.domain.IndicatorDictionary DICTIONARY =
            org.planwatch.domain.IndicatorDictionary.bundled();

    /**
     * A level the document sets for an earlier year of the same indicator (2027年达到93%, 2035年达到98%) comes
     * out as a milestone of the later target: the required path passes through it, and a reading of that year
     * is judged against it. It is found if its year and figure are this one's.
     */
    boolean onPath(Target t) {
        return kind.equals("LEVEL")
                && bound.equals("EXACT")
                && !value.isEmpty()
                && !value.contains("..")
                && sameName(t.nameZh())
                && samePlace(t)
                && t.milestones().stream()
                        .anyMatch(m -> m.year() == targetYear && m.value() == Double.parseDouble(value));
    }

    /**
     * In a document on several regions, the key writes the region before the name (秦州区·新增学位): the
     * target must be that region's. A name without one is the document's own region's, as the plan says.
     */
    private boolean samePlace(Target t) {
        int dot = name.indexOf('·');
        if (dot < 0) {
            return regions.isEmpty() || regions.contains(t.region());
        }
        String place = name.substring(0, dot);
        return REGIONS.named(place)
                .or(() -> REGIONS.mentionedIn(place))
                .map(r -> r.code().equals(t.region()))
                .orElse(false);
    }

    private static final RegionDictionary REGIONS = RegionDictionary.bundled();

    /**
     * The same number as this kind states it, or as a reduction indicator does: 单位GDP二氧化碳排放降低
     * 〔17〕 read as RELATIVE_CHANGE -17 is the seeds' CUMULATIVE_CHANGE 17 of the reduction itself; a count
     * named by its adding (新增…) as LEVEL or CUMULATIVE_CHANGE of the same figure.
     */
    private boolean sameKind(Target t) {
        boolean comparable = !value.isEmpty() && !value.contains("..") && t.targetValue() != null;
        // either way round: 累计降低17% read as the reduction's CUMULATIVE_CHANGE 17 or the level's RELATIVE_CHANGE -17
        boolean reduction = comparable
                && ((kind.equals("RELATIVE_CHANGE")
                                && t.kind().name().equals("CUMULATIVE_CHANGE")
                                && t.nameZh() != null
                                && t.nameZh().matches(".*(降低|下降|减少|降幅|下降率)"))
                        || (kind.equals("CUMULATIVE_CHANGE")
                                && t.kind().name().equals("RELATIVE_CHANGE")
                                && name.matches(".*(降低|下降|减少|降幅|下降率|排放|能耗|消耗)")))
                && -Double.parseDouble(value) == t.targetValue();
        // 新增市场主体100万户 over a plan's years: the keys write it as the amount added (CUMULATIVE_CHANGE) or as the
        // level of a count that names its adding (LEVEL); both say the same figure of the same thing
        boolean added = ADDED.matcher(name).find()
                && !kind.equals(t.kind().name())
                && java.util.Set.of("LEVEL", "CUMULATIVE_CHANGE")
                        .containsAll(java.util.List.of(kind, t.kind().name()))
                && sameBound(t)
                && sameNumber(t);
        // 单位地区生产总值二氧化碳排放降低3.8%: the dictionary's reduction indicator holds the reduction as its level
        boolean reductionLevel = kind.equals("CUMULATIVE_CHANGE")
                && t.kind().name().equals("LEVEL")
                && t.nameZh() != null
                && t.nameZh().matches(".*(降低|下降|降幅)")
                && sameBound(t)
                && sameNumber(t);
        // 居民收入增速高于全国: the keys write a statistic held above an average as a link (LINKED AT_LEAST); the
        // importer holds it as what the evaluation compares, the same statistic's average with nothing to add
        boolean aboveAverage = kind.equals("LINKED")
                && bound.equals("AT_LEAST")
                && value.isEmpty()
                && t.kind().name().equals("RELATIVE_TO_AVERAGE")
                && t.targetValue() == null
                && t.expression() != null
                && t.expression().matches(".*(全国|全國|全省|全市).*");
        return reduction
                || added
                || reductionLevel
                || aboveAverage
                || (t.kind().name().equals(kind) && sameBound(t) && sameNumber(t));
    }

    private static final java.util.regex.Pattern ADDED = java.util.regex.Pattern.compile("^(?:新建|新开工|招引|累计)|新增");

    /** A range the reader wrote as low..high with no bound word is the target's RANGE. */
    private boolean sameBound(Target t) {
        return t.bound().name().equals(bound)
                || (value.contains("..")
                        && bound.equals("EXACT")
                        && t.bound().name().equals("RANGE"));
    }

    /**
     * The same indicator, whatever else was read: for telling a misread target from an invented one.
     * A level and its growth are two (居民人均可支配收入 in prose, 居民人均可支配收入增长 in the table).
     */
    boolean sameIndicator(Target t) {
        // 全社会研发经费投入年均增长10%以上 comes out as the level's name with the rate's kind: a growth all the same
        boolean growth = isGrowth(t.nameZh()) || t.kind().name().equals("ANNUAL_GROWTH");
        // 居民收入与经济增长同步: a link to growth is a growth whether the name says 增长 or not
        boolean bothLinked = kind.equals("LINKED") && t.kind().name().equals("LINKED");
        return sameName(t.nameZh())
                && atAnEnd(t.nameZh())
                && samePopulation(t.nameZh())
                && (bothLinked || (isGrowth(name) || kind.equals("ANNUAL_GROWTH")) == growth);
    }

    /** 农村居民人均可支配收入 is not 居民人均可支配收入: a part of the people named on one side only is another indicator. */
    private boolean samePopulation(String printed) {
        java.util.regex.Matcher a = POPULATION.matcher(Names.normalize(strip(printed)));
        java.util.regex.Matcher b = POPULATION.matcher(Names.normalize(strip(name)));
        return (a.find() ? a.group() : "").equals(b.find() ? b.group() : "");
    }

    private static String core(String name) {
        String c = name.replaceFirst("^(?:全省|全市|全区|全国|全县|本省|本市)", "").replaceFirst("(?:年均)?(?:增长|增速)$", "");
        return c.isEmpty() ? name : c;
    }

    private static final java.util.regex.Pattern POPULATION = java.util.regex.Pattern.compile("农村|城镇(?=居民)");

    /**
     * Names of one indicator differ by what one adds at an end (城镇新增就业人数, 生产安全事故起数下降 of a
     * grouped row): 地区生产总值 inside 研究与试验发展经费支出与地区生产总值之比 is another indicator.
     */
    private boolean atAnEnd(String printed) {
        // 全省地区生产总值年均增长 is 地区生产总值 read as a growth: the whole region and the pace are no part of the name
        String a = core(Names.normalize(strip(printed)));
        String b = core(Names.normalize(strip(name)));
        return a.startsWith(b) || a.endsWith(b) || b.startsWith(a) || b.endsWith(a);
    }

    private static boolean isGrowth(String name) {
        return strip(name).matches(".*(增长|增速|增长率|涨幅|增幅|上涨)");
    }

    private boolean sameName(String printed) {
        // 全社会研发经费投入年均增长 and …增长 of a rate a year are one name
        String a = unbracketed(simplified(Names.normalize(strip(printed)))).replaceAll("年均?(?=增长|增速)", "");
        String b = unbracketed(simplified(Names.normalize(strip(name.substring(name.indexOf('·') + 1)))))
                .replaceAll("年均?(?=增长|增速)", "");
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** 居民消费价格(CPI)涨幅 is 居民消费价格涨幅: an abbreviation in brackets adds nothing to a name. */
    private static String unbracketed(String name) {
        String inner = name.replaceAll("[(（][^()（）]*[)）]", "");
        return inner.isEmpty() ? name : inner;
    }

    /** A name in Traditional characters (a key written as a Hong Kong page prints it) compared as Simplified. */
    private static String simplified(String name) {
        return TO_SIMPLIFIED.transliterate(name);
    }

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private static String strip(String name) {
        return name == null ? "" : name.replaceAll("[（(][^）)]*[）)]$", "");
    }

    private boolean sameNumber(Target t) {
        if (value.isEmpty()) {
            return t.targetValue() == null;
        }
        if (value.contains("..")) {
            return t.targetValue() != null && value.startsWith(plain(t.targetValue()) + "..");
        }
        return t.targetValue() != null && Double.parseDouble(value) == t.targetValue();
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
