package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        boolean logarithmic = geometric && points.values().stream().allMatch(y -> y > 0);
        return fit(points, year, logarithmic);
    }

    private static double fit(NavigableMap<Integer, Double> points, int year, boolean geometric) {
        List<double[]> xy = new ArrayList<>();
        points.forEach((x, y) -> xy.add(new double[] {x, geometric ? Math.log(y) : y}));
        int n = xy.size();
        List<double[]> slopes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double slope = (xy.get(j)[1] - xy.get(i)[1]) / (xy.get(j)[0] - xy.get(i)[0]);
                slopes.add(new double[] {slope, (i + 1.0) * (j + 1.0)});
            }
        }
        double slope = weightedMedian(slopes);
        List<double[]> intercepts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            intercepts.add(new double[] {xy.get(k)[1] - slope * xy.get(k)[0], k + 1.0});
        }
        double value = weightedMedian(intercepts) + slope * year;
        return geometric ? Math.exp(value) : value;
    }

    /** The value at which half the weight lies on each side; midway when it falls exactly between two. */
    static double weightedMedian(List<double[]> valueWeight) {
        List<double[]> sorted = new ArrayList<>(valueWeight);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        double total = sorted.stream().mapToDouble(p -> p[1]).sum();
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            cumulative += sorted.get(i)[1];
            if (Math.abs(cumulative - total / 2) < 1e-12 * total && i + 1 < sorted.size()) {
                return (sorted.get(i)[0] + sorted.get(i + 1)[0]) / 2;
            }
            if (cumulative > total / 2) {
                return sorted.get(i)[0];
            }
        }
        return sorted.get(sorted.size() - 1)[0];
    }
}
