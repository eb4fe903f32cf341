package org.planwatch.evaluation;

import java.util.Map;
import java.util.NavigableMap;

/**
 * Projects a series to a later year along its trend. The slope is a weighted Theil–Sen estimate:
 * the weighted median of the slopes between every two years, a pair weighing the product of its
 * years' weights, and a year weighing its rank (oldest 1, latest n). The median makes one odd year
 * (a pandemic dip, a revision) unable to swing the line; the weights favour recent years, as
 * ESCAP's time-weighted regression does. A geometric series is fitted on its logarithm when every
 * figure is positive; a series with a zero or negative figure has no logarithm and is fitted on its
 * figures, a straight line (2, -1, 1, 3 projects along its points, not to a logarithm's NaN).
 */
final class TrendProjection {
    private TrendProjection() {}

    /** The trend's value at {@code year}; {@code points} has at least two years. */
    static double project(NavigableMap<Integer, Double> points, int year, boolean geometric) {
        boolean logarithmic = geometric;
        for (double y : points.values()) {
            logarithmic &= y > 0;
        }
        return fit(points, year, logarithmic);
    }

    // Plain arrays: every evaluation with three readings or more projects, and boxed pairs in
    // lists were a fifth of an evaluation's time.
    private static double fit(NavigableMap<Integer, Double> points, int year, boolean geometric) {
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (Map.Entry<Integer, Double> p : points.entrySet()) {
            x[k] = p.getKey();
            y[k] = geometric ? Math.log(p.getValue()) : p.getValue();
            k++;
        }
        double[] slopes = new double[n * (n - 1) / 2];
        double[] pairWeights = new double[slopes.length];
        int pair = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[pair] = (y[j] - y[i]) / (x[j] - x[i]);
                pairWeights[pair] = (i + 1.0) * (j + 1.0);
                pair++;
            }
        }
        double slope = weightedMedian(slopes, pairWeights);
        double[] intercepts = new double[n];
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            intercepts[i] = y[i] - slope * x[i];
            ranks[i] = i + 1.0;
        }
        double value = weightedMedian(intercepts, ranks) + slope * year;
        return geometric ? Math.exp(value) : value;
    }

    /**
     * The value at which half the weight lies on each side; midway when it falls exactly between
     * two. Sorts both arrays in place, by value (a stable insertion sort: a few dozen values).
     */
    static double weightedMedian(double[] values, double[] weights) {
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            double w = weights[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(values[j], v) > 0) {
                values[j + 1] = values[j];
                weights[j + 1] = weights[j];
                j--;
            }
            values[j + 1] = v;
            weights[j + 1] = w;
            total += w;
        }
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (Math.abs(cumulative - total / 2) < 1e-12 * total && i + 1 < values.length) {
                return (values[i] + values[i + 1]) / 2;
            }
            if (cumulative > total / 2) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
