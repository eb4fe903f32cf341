package org.planwatch.bench;

/** Arithmetic shared by the stages. */
final class Rates {
    private Rates() {}

    static double perSecond(long records, long nanos) {
        return nanos <= 0 ? 0 : records * 1e9 / nanos;
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : Math.round(numerator / denominator * 1000) / 1000.0;
    }
}
