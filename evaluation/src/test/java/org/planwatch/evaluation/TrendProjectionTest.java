package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The weighted Theil–Sen trend on its own: medians by weight, straight and compound lines, an odd year. */
class TrendProjectionTest {
    @Test
    void shouldTakeTheValueWhereHalfTheWeightLies() {
        assertThat(TrendProjection.weightedMedian(new double[] {3, 1, 2}, new double[] {1, 1, 1}))
                .isEqualTo(2);
        // half the weight exactly below 2 and above it: midway
        assertThat(TrendProjection.weightedMedian(new double[] {2, 1}, new double[] {1, 1}))
                .isEqualTo(1.5);
        // a heavy value outweighs the rest
        assertThat(TrendProjection.weightedMedian(new double[] {10, 1, 2}, new double[] {5, 1, 1}))
                .isEqualTo(10);
    }

    @Test
    void shouldProjectAStraightAndACompoundLineExactly() {
        TreeMap<Integer, Double> straight = new TreeMap<>();
        straight.put(2021, 1.0);
        straight.put(2022, 2.0);
        straight.put(2023, 3.0);
        assertThat(TrendProjection.project(straight, 2025, false)).isCloseTo(5.0, within(1e-9));

        TreeMap<Integer, Double> doubling = new TreeMap<>();
        doubling.put(2021, 1.0);
        doubling.put(2022, 2.0);
        doubling.put(2023, 4.0);
        assertThat(TrendProjection.project(doubling, 2025, true)).isCloseTo(16.0, within(1e-9));
    }

    @Test
    void shouldNotLetOneOddYearSwingTheLine() {
        TreeMap<Integer, Double> dip = new TreeMap<>();
        dip.put(2019, 1.0);
        dip.put(2020, -5.0); // a pandemic year
        dip.put(2021, 3.0);
        dip.put(2022, 4.0);
        dip.put(2023, 5.0);
        // the other years rise by one a year; the dip moves the projection by less than one year's rise
        assertThat(TrendProjection.project(dip, 2025, false)).isBetween(6.0, 8.0);
        // a figure below zero has no logarithm: a geometric series is fitted on its figures
        assertThat(TrendProjection.project(dip, 2025, true)).isFinite();
    }
}
