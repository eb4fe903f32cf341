package org.planwatch.producer;

import java.util.OptionalDouble;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.UnitScale;

/**
 * Brings a feed's figure into the unit the catalogue prints its indicator in: the multiples
 * {@link UnitScale} knows (万, 亿, 万亿, 千, 百万 in front of a unit; 斤 and 吨), and SDMX's {@code UNIT_MULT}, a power of
 * ten. 3.2 万亿元 is 32000 亿元; 45 thousand 人 (UNIT_MULT 3) is 4.5 万人. A unit whose base differs
 * from the catalogue's (元 for 亿元 is fine, 人 for 亿元 is not) is left as it is, for the check to
 * refuse.
 */
final class UnitConversion {
    /** A figure in a unit. */
    record Figure(double value, String unit) {}

    private UnitConversion() {}

    /**
     * {@code value} in {@code unit} times ten to {@code powerOfTen}, in {@code target} (the unit the
     * region's plan states it in, else the indicator's usual one) when the two share a base;
     * otherwise as given.
     */
    static Figure toUnit(double value, String unit, int powerOfTen, String target, Indicator indicator) {
        double scaled = value * Math.pow(10, powerOfTen);
        if (unit == null || unit.isBlank()) {
            return new Figure(scaled, null);
        }
        if (indicator.printsIn(unit) && unit.strip().equals(target) || target.isEmpty()) {
            return new Figure(scaled, unit.strip());
        }
        OptionalDouble factor = UnitScale.factor(unit.strip(), target);
        return factor.isPresent()
                ? new Figure(scaled * factor.getAsDouble(), target)
                : new Figure(scaled, unit.strip());
    }
}
