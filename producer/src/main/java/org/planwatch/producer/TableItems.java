package org.planwatch.producer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;

/**
 * What the row and column labels of a bureau's table stand for, for the readers of tables written
 * for people (yearbook sheets, wide CSV): an item's name ({@code #第一产业}, {@code 国内生产总值(亿元)})
 * as an indicator code, a region's name ({@code 北京市}) as a region code. The mapping's own entries
 * come first ({@code indicator 国内生产总值 gdp}), then the dictionary's names (under the item above
 * for a sub-item, then the longest ending of the name it knows), then its codes. These readers give
 * the catalogue's codes, so the validator does not map them again.
 */
final class TableItems {
    /** A unit in brackets after the name: 国内生产总值(亿元), 年末总人口（万人）. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^(.+?)[(（]([^()（）以为=]{1,8})[)）]$");

    private static final Pattern MARKS = Pattern.compile("^[#＃\\s\u3000]+");

    private final IndicatorDictionary indicators;
    private final RegionDictionary regions;
    private final FeedMapping mapping;

    TableItems(IndicatorDictionary indicators, RegionDictionary regions, FeedMapping mapping) {
        this.indicators = indicators;
        this.regions = regions;
        this.mapping = mapping;
    }

    /**
     * A label as written: its name without {@code #} marks, indentation and inner spaces, the unit
     * in brackets after it ({@link #withoutUnit}), and whether it is a sub-item ({@code #} or leading spaces).
     */
    record Label(String name, String unit, boolean sub) {
        /** The unit the row states in brackets after its name, else {@code table}'s (a unit line, a unit column). */
        String unitOr(String table) {
            String own = withoutUnit().unit();
            return own != null ? own : table;
        }

        static Label of(String cell) {
            boolean sub =
                    cell.startsWith("#") || cell.startsWith("＃") || cell.startsWith(" ") || cell.startsWith("\u3000");
            String name = MARKS.matcher(cell).replaceFirst("").replaceAll("[\\s\u3000]+", "");
            return new Label(name, null, sub);
        }

        /** The same name without a unit in brackets after it, and that unit. */
        Label withoutUnit() {
            Matcher m = UNIT_SUFFIX.matcher(name);
            return m.matches() ? new Label(m.group(1), m.group(2), sub) : this;
        }
    }

    /** The indicator code of {@code name}, a sub-item looked up under {@code parent} first. */
    Optional<String> indicator(String parent, String name) {
        Optional<String> mapped = mapping.map("indicator", name).filter(code -> !code.equals(name));
        if (mapped.isPresent()) {
            return mapped;
        }
        // as printed only: a bureau's name is the statistic it publishes, not a wording of a look-alike
        Optional<Indicator> found = indicators.findAsPrinted(parent, name);
        for (int start = 1; found.isEmpty() && start < name.length() - 1; start++) {
            found = indicators.findAsPrinted(null, name.substring(start));
        }
        if (found.isEmpty()) {
            found = indicators.code(name);
        }
        return found.map(Indicator::code);
    }

    /** The region code of {@code name}: the mapping's, a code the dictionary knows, or a name it knows. */
    Optional<String> region(String name) {
        Optional<String> mapped = mapping.map("area", name).filter(code -> !code.equals(name));
        if (mapped.isPresent()) {
            return mapped;
        }
        if (regions.code(name).isPresent()) {
            return Optional.of(name);
        }
        return regions.named(name).map(r -> r.code());
    }
}
