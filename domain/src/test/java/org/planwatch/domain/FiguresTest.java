package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A computed figure as written: the fast way in cents writes every figure as its decimal form rounded half up does. */
class FiguresTest {
    @ParameterizedTest
    @CsvSource({
        "5.951354207, 5.95",
        "2.675, 2.68", // 267.49999… cents as a double; 2.675 as written rounds up
        "1.005, 1.01",
        "-2.675, -2.68",
        "600, 600",
        "5.9, 5.9",
        "5.05, 5.05",
        "1176.2249999, 1176.22",
        "0.0571, 0.0571",
        "0.05714, 0.0571",
        "-0.5, -0.5",
        "0, 0",
        "3055.2000000001, 3055.2",
        "-0.125, -0.125",
        "1e12, 1000000000000"
    })
    void shouldWriteAFigureAsItsDecimalFormRounded(double v, String written) {
        assertThat(Figures.forReader(v)).isEqualTo(written).isEqualTo(Figures.exact(v));
    }

    @Test
    void shouldWriteNoFigureForWhatIsNotOne() {
        assertThat(Figures.forReader(Double.NaN)).isEqualTo("—");
        assertThat(Figures.forReader(Double.POSITIVE_INFINITY)).isEqualTo("—");
    }

    @Property(tries = 20_000)
    void shouldAgreeWithTheDecimalFormEverywhere(@ForAll @DoubleRange(min = -2e9, max = 2e9) double v) {
        assertThat(Figures.forReader(v)).isEqualTo(Figures.exact(v));
    }

    /** Figures as plans and bureaus print them: two or three decimals, where half cents lie. */
    @Property(tries = 20_000)
    void shouldAgreeOnPrintedFigures(@ForAll @DoubleRange(min = -100_000, max = 100_000) double raw) {
        double printed = Math.round(raw * 1000) / 1000.0;
        assertThat(Figures.forReader(printed)).isEqualTo(Figures.exact(printed));
    }
}
